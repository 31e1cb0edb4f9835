"""Amounts a careful news reader would sign, round 59 (issue 17): a percentage over a hundred said as emphasis.

- "Did the Fish Cakes Live up to the Hype? Yes, 120%!" (a tofugu.com page): a whole percentage over a hundred in
  the frames that make "100%" say "entirely" (alone at its clause's end after a word and a comma, or between a
  linking verb and a word of certainty: "I'm 1000% sure") is hyperbole, no share of anything
  (amounts._intensified_value, quantity_measures.json intensified_over). With a change or a base in reach it stays
  an amount: "rose 120%", "120% of the target", "a 150% tariff", and a list of shares ("50% in Europe; in Asia,
  120%.").
"""

from __future__ import annotations

import pytest
from conftest import text_facts
from test_counts_real import page_facts


def test_yes_a_hundred_and_twenty_percent_is_no_amount():
    page = "tofugu.com/travel/dezuka-suisan"
    assert "120%" not in page_facts(page, "Yes, 120%!", "amount")
    assert "120" not in page_facts(page, "Yes, 120%!", "count")


def test_a_thousand_percent_sure_is_no_amount():
    assert text_facts("I'm 1000% sure that the deal will close.", "amount") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Sales rose 120% last year.",
        "The team reached 120% of the target.",
        "The White House put a 150% tariff on the imports.",
        "Sales grew 50% in Europe; in Asia, 120%.",
        "Fat 198g305%",
    ],
)
def test_a_percentage_over_a_hundred_that_measures_stays_an_amount(sentence: str):
    assert any(f.unit == "%" for f in text_facts(sentence, "amount"))
