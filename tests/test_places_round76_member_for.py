"""Places on real news (issue 17): the state a legislator sits for.

Class: a legislator's or a governor's title, the holder's name and 'of' or 'from' before a name that is a state's and
a city's ('said Senate Democratic leader Chuck Schumer of New York', 'Rep. Pramila Jayapal of Washington') name the
state (areas._member_for; data: legislator_titles); a mayor's 'of' keeps the city.
"""

from __future__ import annotations

from conftest import rows_of


def test_a_chamber_leaders_state_is_the_state():
    text = (
        "“Over the last three years, instead of focusing on legislation to help the American people, Leader McConnell "
        "and President Trump have dedicated almost every ounce of their energy and focus to packing the courts with "
        "right-wing judges who will do their bidding from the bench,” said Senate Democratic leader Chuck Schumer of "
        "New York."
    )
    assert rows_of(text, "place", "place_type") == [("New York", "admin1")]


def test_a_representatives_state_and_a_senator_from_it():
    assert rows_of("Rep. Pramila Jayapal of Washington voted against the bill.", "place", "place_type") == [
        ("Washington", "admin1")
    ]
    assert rows_of("The junior senator from New York spoke first.", "place", "place_type") == [("New York", "admin1")]


def test_a_mayors_city_stays_the_city():
    assert rows_of("Mayor Bill de Blasio of New York said the subway would reopen.", "place", "place_type") == [
        ("New York", "city")
    ]
