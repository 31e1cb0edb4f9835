"""Counts a careful news reader would sign, round 59 (issue 17): capacity compounds.

- "All townhouses have a two-car garage with concrete driveway" (geowebnews): a number hyphened to what a thing can
  hold or carry, right before that thing, is the thing's size, not a count (count_measures._capacity,
  data/count_measures.json capacity_heads): room for two cars, no car is counted. So are "with six-car garage"
  (a realestate.com.au page) and "a new 65-foot, 20-horse starting gate" (a seattlepi.com page).
- Parts and members stay counts: "a 500-seat theatre" has 500 seats, "a four-man crew" four men, "the 32-car field"
  (geowebnews) 32 cars racing, "the 22-person team" (geowebnews) 22 people; "three passenger vans" counts vans.
"""

from __future__ import annotations

import pytest
from conftest import gold_quantities, text_facts
from test_counts_real import page_facts


def test_a_two_car_garage_counts_no_cars():
    # geowebnews:10; the judges of three sessions: "the garage's size: room for two cars, no cars are counted"
    assert gold_quantities("geowebnews.jsonl", "geowebnews:10", "two-car garage", "count") == []


def test_a_two_car_garage_in_a_list_counts_no_cars_but_the_storeys_stay():
    facts = gold_quantities("tr_news.jsonl", "tr-news:1010012", "two-car garage", "count")
    assert [f[0] for f in facts] == ["two"]  # the two storeys of "two-storey brick home"
    assert facts[0][-1] != "car"


def test_a_six_car_garage_on_a_page_counts_no_cars():
    page = "realestate.com.au/news/live-in-your-own-jurassic-park"
    facts = page_facts(page, "with six-car garage", "count")
    assert "six" not in facts
    assert "five" in facts and "three" in facts  # bedrooms are parts: counts


def test_a_starting_gate_for_twenty_horses_counts_no_horses():
    page = "seattlepi.com/sports/article/Tiz-the-Law-draws-No-17-post"
    assert "20" not in page_facts(page, "20-horse starting gate", "count")


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("Before the 32-car field bumper bangs its way into Paddock Hill Bend, we look ahead.", "32"),
        ("In his time with the 22-person team, Thomas has been all over the world.", "22"),
        ("The town will build a 500-seat theatre next year.", "500"),
        ("A four-man crew fixed the line.", "four"),
        ("The school bought three passenger vans.", "three"),
    ],
)
def test_parts_and_members_stay_counts(sentence: str, number: str):
    assert number in [f.text for f in text_facts(sentence, "count")]
