"""Places, round 12a: the homonym the article's own words choose (issue 17, precision). A country's name written
before a state's ('Lebanon, Indiana', 'Cuba, New Mexico') is that state's town of the name, not the country
(areas._namesake_town_in, read by narrow_to_named_area and postal_codes); two states' names side by side stay two
states. A state is not its big city when the city's own name only begins with the state's ('Oklahoma' is no
Oklahoma City: resolve._scored's namesake_city looks at cities of the very name). Each test reads a real sentence from ../shared/eval (articles/ and webpages/ pages)."""

from __future__ import annotations

import pytest
from conftest import text_facts


def places_of(text: str) -> dict[str, tuple[str, str | None]]:
    """Each place's surface text -> (place_type, country_code), as the extractor resolves it."""
    return {f.text: (f.place_type, f.country_code) for f in text_facts(text, "place")}


@pytest.mark.parametrize(
    "sentence, town, state",
    [
        ("For his mash bills, he uses grains from Sugar Creek Malt Co. in Lebanon, Indiana.", "Lebanon", "Indiana"),
        (
            "The closing of classrooms and the switch to online learning came with assignments that was delivered"
            " by school bus driver Kelly Maeastas, outside Cuba, New Mexico.",
            "Cuba",
            "New Mexico",
        ),
    ],
)
def test_a_countrys_name_before_a_state_is_the_states_town(sentence: str, town: str, state: str) -> None:
    places = places_of(sentence)
    assert places[town] in {("city", "US"), ("locality", "US")}
    assert places[state] == ("admin1", "US")


def test_two_states_side_by_side_stay_states() -> None:
    # a headline of a real page: Virginia and Ohio, though a town of the one might be in the other
    places = places_of("Virginia, Ohio elections and abortion")
    assert places["Virginia"] == ("admin1", "US")


def test_a_states_name_is_the_state_not_the_city_it_begins() -> None:
    # 'Oklahoma' is also an alternate name of Oklahoma City, whose own name only begins with it: the state is meant
    places = places_of(
        "Carol Hefner, an Oklahoma co-chair of Trump’s 2016 campaign who helped organize a protest last week in"
        " Oklahoma City, cited the state’s flat terrain as a factor in any decision to ease restrictions."
    )
    assert places["Oklahoma"] == ("admin1", "US")
    assert places["Oklahoma City"] == ("city", "US")


@pytest.mark.parametrize(
    "sentence, name, kind, country",
    [
        # a subdivision named as its big city ('Beijing' municipality) is the city
        (
            "The jet disappeared in March 2014 with 239 people -- mostly from China -- on board, en route from"
            " Kuala Lumpur to Beijing.",
            "Beijing",
            "city",
            "CN",
        ),
        # the District's own name is no city's: it stays the subdivision
        (
            "Marijuana for recreational use has been legalized in 11 states and the District of Columbia.",
            "the District of Columbia",
            "admin1",
            "US",
        ),
    ],
)
def test_a_subdivision_is_its_big_city_only_by_the_citys_own_name(
    sentence: str, name: str, kind: str, country: str
) -> None:
    assert places_of(sentence)[name] == (kind, country)
