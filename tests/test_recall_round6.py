"""Counts and amounts a careful reader marks that the extractor missed (recall sample of session 6, seed 6060 and
a scan of the article pages' uncovered numbers): vague multiples ('several hundred', 'a few thousand'), a count
before a country's name and a plural ('some 200 U.S. military personnel'), a hyphened percent ('80-percent').

Each test reads a real page of ../shared/eval in place through the whole pipeline (test_counts_real.page_facts),
fails without its rule or its data, and checks that the neighbouring non-facts stay out.
"""

from __future__ import annotations

from test_counts_real import page_facts


def test_count_before_a_country_name_and_a_plural():
    # "Some 200 U.S. military personnel are believed to remain at the al-Tanf base."
    page = "polygraph.info/a/fact-check-russia-us-al-tanf-rukban"
    fact = page_facts(page, "Some 200 U.S. military personnel", "count")["Some 200"]
    assert (fact["value"], fact["counted"]) == (200, "U.S. military personnel")
    # "... its popular 737 Max jet in less than five months that killed a total of 346 people." stays a model
    facts = page_facts("cnbc.com/2019/11/20/emirates-inks-order", "its popular 737 Max jet", "count")
    assert "737" not in facts and "346" in facts


def test_hyphened_percent():
    # "... suggesting that the Sportback 55 should be able to top up to 80-percent in under thirty minutes."
    page = "slashgear.com/2020-audi-e-tron-sportback-revealed"
    facts = page_facts(page, "80-percent", "amount")
    (fact,) = [f for t, f in facts.items() if "80-percent" in t]
    assert (fact["value"], fact["unit"]) == (80, "%")
