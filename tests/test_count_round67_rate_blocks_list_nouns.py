"""Counts a careful news reader would sign (issue 17): the base of a rate after 'for each', the counted noun of a list
item the parse hangs past a comma, and a spelled fraction of a scale hyphened to it.

- "Additional vehicles can be added at a rate of $50 for each additional 10 vehicles." (tr_news): the 10 after
  'for each (additional)' is the block the price is over, as the base after 'per' is, not how many vehicles
  (count_context._rate_base, quantity_exclusions.json rate_base_leads); 'for each of the 10 vehicles' counts them.
- "Two Bartholomew County warrants, one out-of-county warrant, possession of marijuana" (a therepublic.com page):
  the parse hangs 'one' on the next item's 'possession'; a number's phrase ends at the comma, so it counts
  'warrant' (count_nouns._noun_before_comma).
- "earned nearly a half-million dollars in state contracts" (geowebnews): 'a half-million' is 500,000, as
  'a half million' is (normalize/numbers._split_fraction_scale); 'A half-million people' counts people
  (reading.number_root skips the leading 'a' the parse makes the noun's determiner).
"""

from __future__ import annotations

from conftest import gold_quantities, text_facts
from test_counts_real import page_facts


def test_for_each_additional_ten_vehicles_is_a_rate_base():
    facts = gold_quantities("tr_news.jsonl", "tr-news:1020009", "for each additional 10 vehicles", "count")
    assert facts == []


def test_for_each_of_the_vehicles_still_counts():
    facts = text_facts("The firm paid for each of the 10 vehicles it bought last year.", "count")
    assert [(f.text, f.value) for f in facts] == [("10", 10)]


def test_one_out_of_county_warrant_counts_the_warrant():
    facts = page_facts("cpd_arrests_six_in_drug_investigation", "one out-of-county warrant", "count")
    assert facts["one"]["counted"] == "warrant"


def test_a_half_million_dollars_is_an_amount():
    facts = gold_quantities("geowebnews.jsonl", "geowebnews:275", "a half-million dollars", "amount")
    assert facts == [("nearly a half-million dollars", 500000, None, None, "USD")]


def test_a_half_million_people_counts_people():
    facts = text_facts("A half-million people live there.", "count")
    assert [(f.text, f.value, f.counted) for f in facts] == [("A half-million", 500000, "people")]
