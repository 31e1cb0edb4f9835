"""Places on real news (issue 17): a US state's office or body names the US state, not a country of its name.

Class: a legislator's 'of' ('Sen. David Perdue of Georgia'; data: legislator_titles) or a state's office or body
written after a name ('the Georgia National Guard'; data: state_titles_after) name the US state where the name is a
country's too (areas.sense_of, Mention.us_office); judged wrong as the country in session 32's audit (geowebnews:227).
A country's own words ('Georgia's President') keep the country, and a territory that is a country's entry and a US
subdivision's at once ('Puerto Rico Gov.') stays the country's entry.
"""

from __future__ import annotations

from conftest import rows_of


def test_a_states_national_guard_is_the_us_state():
    # geowebnews:227, a story from Camp Murray, Wash.
    text = (
        "The team has been invited to join the Georgia National Guard's 4th Civil Support Team for Super Bowl 53 in "
        "2019."
    )
    assert rows_of(text, "place", "place_type", "country_code") == [("Georgia", "admin1", "US")]


def test_a_senators_state_is_the_us_state():
    assert rows_of("Sen. David Perdue of Georgia said the bill would pass.", "place", "place_type", "country_code") == [
        ("Georgia", "admin1", "US")
    ]


def test_the_countrys_own_words_keep_the_country():
    assert rows_of("Georgia's President Salome Zourabichvili spoke in Tbilisi.", "place", "place_type", "country_code")[
        0
    ] == ("Georgia", "country", "GE")


def test_a_territorys_governor_keeps_its_entry():
    assert rows_of("Puerto Rico Gov. Ricardo Rossello asked for more aid.", "place", "place_type", "country_code") == [
        ("Puerto Rico", "country", "PR")
    ]
