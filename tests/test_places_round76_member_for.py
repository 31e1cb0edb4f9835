"""Places on real news (issue 17): the state a legislator sits for.

Class: a legislator's or a governor's title, the holder's name and 'of' or 'from' before a name that is a state's and
a city's ('said Senate Democratic leader Chuck Schumer of New York', 'Rep. Pramila Jayapal of Washington') name the
state (areas._member_for; data: legislator_titles); a mayor's 'of' keeps the city.
"""

from __future__ import annotations

from conftest import text_facts


def _senses(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.place_type) for f in text_facts(text, "place")]


def test_a_chamber_leaders_state_is_the_state():
    text = (
        "“Over the last three years, instead of focusing on legislation to help the American people, Leader McConnell "
        "and President Trump have dedicated almost every ounce of their energy and focus to packing the courts with "
        "right-wing judges who will do their bidding from the bench,” said Senate Democratic leader Chuck Schumer of "
        "New York."
    )
    assert _senses(text) == [("New York", "admin1")]


def test_a_representatives_state_and_a_senator_from_it():
    assert _senses("Rep. Pramila Jayapal of Washington voted against the bill.") == [("Washington", "admin1")]
    assert _senses("The junior senator from New York spoke first.") == [("New York", "admin1")]


def test_a_mayors_city_stays_the_city():
    assert _senses("Mayor Bill de Blasio of New York said the subway would reopen.") == [("New York", "city")]
