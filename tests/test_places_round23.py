"""Places, round 23: names of something else, and towns the model cut short (issue 17).

A well-known university's bare name is the university, not the small town the gazetteer knows by it ('a trade professor
at Cornell' is no Cornell, Wisconsin: institutions.university_name); lower-case words inside a town's name make one
name with the words around them ('Braunau am Inn' tagged 'Braunau': widen._widen_right); a country's or a subdivision's
name, a possessive and a large city of it tagged as one person are two places ('from Punjab’s Bhatinda':
entity_parts._possessive_pair, not_places._looks_like_full_name). Each test reads a real sentence from ../shared/eval
(articles/ and webpages/ pages)."""

from __future__ import annotations

from conftest import eval_facts, text_facts


def places_of(text: str) -> dict[str, tuple[str | None, str | None]]:
    """Each place's surface text -> (name, country_code), as the extractor resolves it."""
    return {f.text: (f.name, f.country_code) for f in text_facts(text, "place")}


CORNELL_PAGE = ("articles", "702d1da63b8e064cb70617620e45c2d116b4912c9bc9d518dcf5ce54bb8057ed")  # NYT: the trade war
HARVARD_PAGE = ("webpages", "1c56ee4921272c50")  # a radio show's page: states lift lockdowns
COLUMBIA_PAGE = ("webpages", "60b4d9a2f75ebc8a")  # CBS: black voters in South Carolina


def places_named(page: tuple[str, str], text: str) -> list[str | None]:
    """The gazetteer_id of each place fact of a saved page whose text is the given one."""
    return [f["gazetteer_id"] for f in eval_facts(*page) if f["kind"] == "place" and f["text"] == text]


def test_a_universitys_bare_name_is_no_town() -> None:
    # 'Eswar Prasad, a trade professor at Cornell, said': not Cornell, Wisconsin
    assert places_named(CORNELL_PAGE, "Cornell") == []


def test_a_universitys_bare_name_beside_another_school_is_no_town() -> None:
    # 'epidemiologists and computer scientists at Harvard and the Massachusetts Institute of Technology'
    assert places_named(HARVARD_PAGE, "Harvard") == []


def test_a_college_town_named_for_its_school_stays_a_place() -> None:
    # the table's guard: 'At the University of South Carolina in Columbia' is the city, left out of university_names
    assert places_named(COLUMBIA_PAGE, "Columbia") == ["geonames:4575352"]


def test_a_towns_name_with_lower_case_words_inside_is_one_name() -> None:
    places = places_of(
        "Having recently carried out a compulsory purchase of the house in Braunau am Inn, a town on the border with"
        " Germany, Austria will invite architects to submit plans for a redesign of the building."
    )
    assert places["Braunau am Inn"] == ("Braunau am Inn", "AT")
    assert places["Germany"] == ("Germany", "DE")


def test_an_area_and_its_town_tagged_as_one_person_are_two_places() -> None:
    places = places_of(
        "“This was the fourth time I have been deported,” said Singh Jabarjung, 24, from Punjab’s Bhatinda."
    )
    assert places["Punjab"] == ("Punjab", "IN")
    assert places["Bhatinda"][1] == "IN"


def test_a_countrys_possessive_before_an_index_is_no_town() -> None:
    # the rule's guard: 'China's Shanghai Composite' is a stock index, no town of China
    places = places_of(
        "China's Shanghai Composite (SHCOMP) slumped 0.2%, but recovered those losses and was last trading up 0.4%."
    )
    assert set(places) == {"China"}
