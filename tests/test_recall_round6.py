"""Counts and amounts a careful reader marks that the extractor missed (recall sample of session 6, seed 6060 and
a scan of the article pages' uncovered numbers): vague multiples ('several hundred', 'a few thousand'), a count
before a country's name and a plural ('some 200 U.S. military personnel'), a hyphened percent ('80-percent').

Each test reads a real page of ../shared/eval in place through the whole pipeline (test_counts_real.page_facts),
fails without its rule or its data, and checks that the neighbouring non-facts stay out.
"""

from __future__ import annotations

from test_counts_real import page_facts


def test_hyphened_percent():
    # "... suggesting that the Sportback 55 should be able to top up to 80-percent in under thirty minutes."
    page = "slashgear.com/2020-audi-e-tron-sportback-revealed"
    facts = page_facts(page, "80-percent", "amount")
    (fact,) = [f for t, f in facts.items() if "80-percent" in t]
    assert (fact["value"], fact["unit"]) == (80, "%")
