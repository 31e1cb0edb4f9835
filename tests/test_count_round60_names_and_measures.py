"""Counts a careful news reader would sign (issue 17): a fact box's measure, a quoted name, a venue's name.

- "Square footage : About 3,000." (geowebnews): a number right after a fact box's label of a measure and its colon,
  counting no noun, is the measure's value with its unit left out (count_measures._measure_label,
  data/count_measures.json measure_labels); "Bedrooms/bathrooms : 3 to 4 / 3 to 4." in the same box counts rooms.
- "This has been referred to as the ‘mother tongue plus two’ policy." (geowebnews): single curly quotes around a
  short phrase before a noun of a policy mark a name, like double ones (count_labels._quoted_term); a statement in
  single quotes still counts.
- "celebrated mr. chedwick's 50th anniversary in radio at three rivers stadium." (an optimussearch.com.ph page): a
  number, a plural noun and a singular noun of a venue name the venue (count_labels._venue_name,
  data/count_labels.json venue_heads); "two soccer stadiums" counts stadiums.
"""

from __future__ import annotations

from conftest import gold_quantities, text_facts
from test_counts_real import page_facts


def test_square_footage_in_a_fact_box_is_no_count():
    assert gold_quantities("geowebnews.jsonl", "geowebnews:10", "Square footage", "count") == []


def test_bedrooms_in_the_same_fact_box_still_count():
    facts = gold_quantities("geowebnews.jsonl", "geowebnews:10", "Bedrooms/bathrooms", "count")
    assert [f[0] for f in facts] == ["3 to 4", "3 to 4"]


def test_a_number_inside_a_policy_name_in_single_quotes_is_no_count():
    facts = gold_quantities("geowebnews.jsonl", "geowebnews:144", "mother tongue plus two’ policy", "count")
    assert facts == []


def test_a_statement_in_single_quotes_still_counts():
    facts = text_facts("He said ‘I have two kids’ and left.", "count")
    assert [(f.text, f.counted) for f in facts] == [("two", "kids")]


def test_a_venue_named_in_lower_case_counts_no_rivers():
    page = "optimussearch.com.ph/2020/06/02/no-membership-required"
    assert "three" not in page_facts(page, "three rivers stadium", "count")


def test_more_than_one_venue_still_counts():
    facts = text_facts("The city built two soccer stadiums near the river.", "count")
    assert [(f.text, f.counted) for f in facts] == [("two", "soccer stadiums")]
