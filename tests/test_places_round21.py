"""Places, round 21: names listed before a plural designator (issue 17).

'The virus has been reported in Barry, Berrien, Calhoun, Cass, Kalamazoo and Van Buren counties': each listed
name is a county of the state the list shares (find/places/plural_lists.py), whatever the model tagged it (a
person: 'Berrien', 'Cass') and whatever town shares its name ('Calhoun' was Calhoun, Georgia)."""

from __future__ import annotations

from conftest import eval_facts

EEE_PAGE = ("articles", "c467d507551a836efa9cfe843ba5d7bafe519750e04d0c9ff0decf44f013f829")  # a Michigan virus
BIHAR_PAGE = ("webpages", "77b63f8a9dabf25c")  # floods in Bihar's districts


def listed_places(page: tuple[str, str], snippet: str) -> list[tuple[str, str, str, str | None]]:
    """(text, name, place_type, gazetteer_id) of the places of a saved page whose sentence holds the snippet."""
    return [
        (f["text"], f["name"], f["place_type"], f["gazetteer_id"])
        for f in eval_facts(*page)
        if f["kind"] == "place" and snippet in f["sentence"]
    ]


def test_each_name_listed_before_counties_is_a_county_of_the_lists_state() -> None:
    found = listed_places(EEE_PAGE, "Kalamazoo and Van Buren counties")
    assert [(t, n, k) for t, n, k, _ in found] == [
        ("Barry", "Barry County", "admin2"),
        ("Berrien", "Berrien County", "admin2"),
        ("Calhoun", "Calhoun County", "admin2"),
        ("Cass", "Cass County", "admin2"),
        ("Kalamazoo", "Kalamazoo County", "admin2"),
        ("Van Buren", "Van Buren County", "admin2"),
    ]
    # Michigan's: Calhoun County, MI (GeoNames 4987673), not one of the ten other states' Calhoun counties
    assert found[2][3] == "geonames:4987673"
    assert found[3][3] == "fips:26027"  # Cass County, MI


def test_names_listed_before_districts_are_districts() -> None:
    found = listed_places(BIHAR_PAGE, "Araria and Bhagalpur districts")
    assert [(t, k) for t, _, k, _ in found] == [("Araria", "admin2"), ("Bhagalpur", "admin2")]
