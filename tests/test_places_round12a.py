"""Places, round 12a: the homonym the article's own words choose (issue 17, precision). A country's name written
before a state's ('Lebanon, Indiana', 'Cuba, New Mexico') is that state's town of the name, not the country
(areas._namesake_town_in, read by narrow_to_named_area and postal_codes); two states' names side by side stay two
states. Each test reads a real sentence from ../shared/eval (articles/ and webpages/ pages)."""

from __future__ import annotations

import pytest

from extractor.pipeline import text_article
from extractor.sources import RawPage


def places_of(text: str) -> dict[str, tuple[str, str | None]]:
    """Each place's surface text -> (place_type, country_code), as the extractor resolves it."""
    article = text_article(RawPage(source="test", text=text), "test")
    return {f.text: (f.place_type, f.country_code) for f in article.facts or [] if f.kind == "place"}


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
