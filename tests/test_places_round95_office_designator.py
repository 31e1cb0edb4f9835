"""Places, round 95: a designator that opens an office's or a body's name is no part of the place's span
(entity_mentions._office_designator_after; data office_designators, office_designator_nouns).

'It should not surprise anyone that Alameda County District Attorney Pamela Price dropped special circumstances ...'
(mercurynews.com letters, 2023-01-16, an audit page) gave text 'Alameda County District', and 'Rezoning plan plagues Bronx city
councilmember's re-election bid' (gothamist.com) gave 'Bronx city': the right places, their spans too long. 'District'
of 'District Attorney' and 'city' of 'city councilmember' are the office's words. A designator with no office's noun
after it ('Patna district', 'in Kandhamal district') stays in the span, and a capitalised one right after a name that
has none of its own ('Orange County Sheriff') is the place's name.
"""

from __future__ import annotations

from conftest import rows_of
from test_counts_real import page_facts


def test_district_attorney_is_no_part_of_the_county() -> None:
    facts = page_facts("mercurynews.com.2023.01.16.letters-1119", "Alameda County District Attorney", "place")
    assert "Alameda County District" not in facts
    assert facts["Alameda County"]["name"] == "Alameda County"


def test_city_councilmember_is_no_part_of_the_borough() -> None:
    facts = page_facts("rezoning-plan-plagues-bronx-city-councilmembers", "Rezoning plan plagues Bronx", "place")
    assert "Bronx city" not in facts
    assert facts["Bronx"]["name"] == "The Bronx"


def test_district_attorneys_office_is_no_part_of_the_county() -> None:
    facts = page_facts(
        "another-bay-area-child-dead-from-fentanyl", "Alameda County District Attorney’s Office", "place"
    )
    assert "Alameda County District" not in facts
    assert "Alameda County" in facts


def test_a_designator_without_an_office_stays() -> None:
    # the near sentences: no office's noun after the designator
    assert rows_of("Floods hit Patna district on Monday.", "place", "place_type") == [("Patna district", "admin2")]


def test_a_lower_case_designator_still_gives_the_kind() -> None:
    rows = rows_of("The Patna district magistrate ordered an inquiry.", "place", "place_type")
    assert rows == [("Patna", "admin2")]


def test_a_capitalised_county_after_a_bare_name_stays() -> None:
    assert rows_of("The Orange County Sheriff said so.", "place", "name") == [("Orange County", "Orange County")]
