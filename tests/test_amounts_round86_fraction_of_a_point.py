"""Amounts a careful news reader would sign, round 86 (issue 17): a fraction of a point of a rate.

- "Nationwide, the jobless rate is at a 17-year low of 4.1 percent, and economists forecast it could drop another
  half-point by next year." (news_gold geowebnews:194, a miss) and "The Federal Reserve’s decision to cut its
  benchmark interest rate by a quarter-point last month should keep auto interest rates low" (an audit page): a
  fraction in words of a 'point' is that share of a percentage point, written as the percentage it is (0.5 %,
  0.25 %), as 'half a percentage point' and '25 basis points' are (amounts._fraction_of_a_point,
  quantity_measures.json point_rate_nouns). Only in a sentence that names a rate or writes a percentage in figures:
  "Carlsen leads the tournament by a half-point" (a chess score) is no percentage.
"""

from __future__ import annotations

from conftest import gold_quantities, text_facts
from test_counts_real import page_facts


def test_another_half_point_of_the_jobless_rate():
    facts = gold_quantities("geowebnews.jsonl", "geowebnews:194", "drop another half-point by next year", "amount")
    assert ("half-point", 0.5, None, None, "%") in facts


def test_a_quarter_point_cut_of_an_interest_rate():
    # chron.com/business/article/New-car-sales-plunge-10-percent-in-October-14847624.php
    facts = page_facts("New-car-sales-plunge-10-percent-in-October", "interest rate by a quarter-point", "amount")
    assert facts["a quarter-point"]["value"] == 0.25 and facts["a quarter-point"]["unit"] == "%"


def test_a_half_point_in_chess_is_no_percentage():
    assert text_facts("Carlsen leads the tournament by a half-point.", "amount") == []
