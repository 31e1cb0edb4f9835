"""Places, round 20: a legislator's party-state tag, two regions sharing a word, a misspelt country (issue 17).

'Tom Malinowski, D-N.J.,': a party letter glued by a hyphen before a state's abbreviation names the state
(untagged._party_state); the model's 'D-California' is California (entity_parts._after_party_letter). 'Central and
South America': a compass word, 'and' and a second compass word before a shared name are two places, the first
written as its compass word alone (elliptical.py); 'the Americas' is one region (data: regions). 'Norway, Iceland,
Lichtenstein, and Switzerland': a name read as a town in a list of countries that spells a country's name within a
letter is that country (areas.countries_in_lists)."""

from __future__ import annotations

from conftest import eval_facts, texts_of

PARTY_PAGE = ("webpages", "9c9dd67b8b101c2a")
SPACE_PAGE = (
    "articles",
    "c00962aabe7bdd1fca78f5360ea7fa93cd7674863b05157e00827506a7aa58c4",
)  # NASA's budget  # a lawsuit against Egypt's officials, lawmakers quoted
RETIREMENT_PAGE = ("webpages", "480a3bf99aef2fa2")  # a North Carolina congressman's retirement
TRIP_PAGE = ("webpages", "b80d5731fd3773ba")  # Bay Area travellers stranded in Bolivia
PAHO_PAGE = ("webpages", "d7029df0b9c08c45")  # the Pan American Health Organization's warning
PRIVACY_PAGE = ("webpages", "cf1e56ed4995dd8c")  # Meta's paid plan in Europe


def named_on(page: tuple[str, str], snippet: str) -> list[tuple[str, str, str, str | None]]:
    """(text, name, place_type, country_code) of the places of a saved page whose sentence holds the snippet."""
    return [
        (f["text"], f["name"], f["place_type"], f["country_code"])
        for f in eval_facts(*page)
        if f["kind"] == "place" and snippet in f["sentence"]
    ]


def test_a_party_letter_before_a_state_abbreviation_names_the_state() -> None:
    assert named_on(PARTY_PAGE, "said Rep. Tom Malinowski, D-N.J., a former State Department appointee") == [
        ("N.J.", "New Jersey", "admin1", "US"),
        ("U.S.", "United States of America", "country", "US"),
    ]
    assert ("N.C.", "North Carolina", "admin1", "US") in named_on(RETIREMENT_PAGE, "save Rep. Mark Walker (R-N.C.)")


def test_a_party_letter_inside_the_entity_is_no_part_of_the_state() -> None:
    # the model tags 'D-California' one place: the party letter is no part of the state's name
    assert named_on(TRIP_PAGE, "A spokesperson for Sen. Kamala Harris, D-California, said") == [
        ("California", "California", "admin1", "US")
    ]


def test_two_regions_sharing_their_name_are_two_places() -> None:
    sentence = "an eight-month road trip through Central and South America that would end in August"
    assert named_on(TRIP_PAGE, sentence) == [
        ("Chile", "Chile", "country", "CL"),
        ("Central", "Central America", "region", None),
        ("South America", "South America", "region", None),
    ]


def test_a_compass_word_inside_a_longer_name_is_no_ellipsis() -> None:
    # a British constituency's name: its 'South' is no South Cleveland
    assert "South" not in texts_of("Middlesbrough South and East Cleveland", "place")


def test_the_americas_is_a_region() -> None:
    assert named_on(PAHO_PAGE, "with 240 million people in the Americas yet to receive") == [
        ("Americas", "Americas", "region", None)
    ]


def test_a_misspelt_country_among_countries_is_the_country() -> None:
    sentence = "in the European Union, Norway, Iceland, Lichtenstein, and Switzerland"
    assert ("Lichtenstein", "Liechtenstein", "country", "LI") in named_on(PRIVACY_PAGE, sentence)
