"""Places, round 51: short names news writes for countries that no source lists ('Bosnia', 'St Lucia', 'the
Falklands'; places.json country_aliases). ../shared/eval writes none of them alone (only 'Bosnia and Herzegovina',
and 'St. Lucia Times' as a site's name), so these check the gazetteer's look-up: the alias is the country, ranked
above any place of another name, and a country's full name still finds it."""

from __future__ import annotations

import pytest

from extractor.normalize.places import fold, gazetteer


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Bosnia", "BA"),
        ("Bosnia and Herzegovina", "BA"),
        ("St Lucia", "LC"),
        ("St. Lucia", "LC"),
        ("St Vincent", "VC"),
        ("St. Kitts and Nevis", "KN"),
        ("the Falklands", "FK"),
        ("the Faroes", "FO"),
    ],
)
def test_a_country_short_name_is_the_country(name: str, code: str) -> None:
    gz = gazetteer()
    first = gz.places[gz.lookup(fold(name))[0]]
    assert (first.place_type, first.country_code) == ("country", code)
