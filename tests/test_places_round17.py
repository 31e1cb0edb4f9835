"""Places, round 17: place recall on news pages, and a party's name (issue 17).

A name never holds a bracket it does not close: the model's 'England (Group A' is 'England' (entity_parts.
_before_open_bracket). A person the model finds in a building's name ('Indiana Statehouse' tagged PERSON) is no
full personal name, so it no longer makes the state's bare name elsewhere a person's (data: building_heads); a
members' association's name ('Indiana State Teachers Association') is no public body of its state (data:
organisation_heads). A country after 'for' and a party's word ('Alternative for Germany') ends the party's name
(not_places.in_party_name). 'The District' is Washington, D.C. in an article that names it outright (district.py). A county's courthouse the
model tagged a place ('Hancock County Courthouses') is read as a county body's name: the county (data
county_body_heads)."""

from __future__ import annotations

from conftest import eval_facts, texts_of

TEAMS_PAGE = ("articles", "9a440270bf8625d586039dfae1b8df409b467524e075124cd7a5424a5806901b")  # Euro 2020 qualifiers
TEACHERS_PAGE = ("articles", "7de5241947a5f7147fe9787c6f6fa16685bfe66e6c35510a68780f27690dc4f0")  # an Indiana protest
PARTY_PAGE = ("webpages", "636e4f4f1dd51836")  # a German party's guest
DC_PAGE = ("webpages", "4f292323e211d701")  # federal workers back at the office in Washington


def places_on(page: tuple[str, str], snippet: str) -> list[tuple[str, str, str]]:
    """(text, place_type, country_code) of the places of a saved page whose sentence holds the snippet."""
    return [
        (f["text"], f["place_type"], f["country_code"])
        for f in eval_facts(*page)
        if f["kind"] == "place" and snippet in f["sentence"]
    ]


def test_a_country_before_a_bracket_the_model_read_into_its_name_is_a_place() -> None:
    # list lines 'England (Group A): 10th appearance', tagged 'England (Group A' an organisation
    assert places_on(TEAMS_PAGE, "(Group A): 10th appearance") == [("England", "admin1", "GB")]
    assert places_on(TEAMS_PAGE, "(Group G): Third appearance") == [("Austria", "country", "AT")]
    assert places_on(TEAMS_PAGE, "(Group A): Seventh appearance") == [("Czech Republic", "country", "CZ")]


def test_a_building_the_model_read_as_a_person_leaves_the_state_a_place() -> None:
    # the headline 'Thousands of teachers pack Indiana Statehouse for protest' tags 'Indiana Statehouse' a person
    assert places_on(TEACHERS_PAGE, "represented Indiana’s biggest such teacher protest") == [
        ("Indiana", "admin1", "US")
    ]


def test_a_members_association_named_for_its_state_is_no_jurisdiction() -> None:
    assert places_on(TEACHERS_PAGE, "Indiana State Teachers Association President Keith Gambill") == []
    assert places_on(TEACHERS_PAGE, "Indiana State Police reported") == [("Indiana", "admin1", "US")]


def test_a_country_ending_a_partys_name_is_no_place() -> None:
    sentence = "two lawmakers from the right-wing populist Alternative for Germany (AfD) invited US historian"
    assert [p[0] for p in places_on(PARTY_PAGE, sentence)] == ["US", "Berlin"]
    # a public body's 'for' keeps its jurisdiction (a real audit-page sentence)
    assert "London" in texts_of("He has spent 14 years working for Transport for London.", "place")


def test_the_district_is_washington_dc_in_an_article_that_names_it() -> None:
    # the article wrote 'the D.C. metro area' first; the model tags the bare word 'District' a place
    (fact,) = places_on(DC_PAGE, "The number of new daily cases in the District has been more stable")
    assert fact == ("the District", "admin1", "US")
    assert places_on(DC_PAGE, "about 2,800 employees in the District") == [("the District", "admin1", "US")]


def test_the_district_is_no_place_where_the_article_names_no_capital() -> None:
    # a court's district keeps its state; a lone 'the District' with no D.C. in the article is none
    sentence = "Acting U.S. Attorney for the District of Massachusetts Joshua Levy said the case is still open."
    assert texts_of(sentence, "place") == ["U.S.", "Massachusetts"]
    assert texts_of("The number of new daily cases in the District has been more stable.", "place") == []


def test_the_second_of_two_county_courthouses_is_its_county() -> None:
    # a real sentence (audit page): the model tags 'Hancock County Courthouses' a place of that name
    sentence = "In person voting is going strong at the Winnebago County and Hancock County Courthouses."
    assert texts_of(sentence, "place") == ["the Winnebago County", "Hancock County"]
