"""Places, round 41: the short names news writes for a territory or a country ('BVI', 'USVI', 'KSA', 'NZ'), read as
the place (places.json country_aliases, and short_codes_ok, which lets a name of capitals this short count at all).
Left out: 'PNG', an image format as often as Papua New Guinea on the audit pages ('JPEG, JPG and PNG files'), and
'RSA', 'CAR', 'ROC', acronyms or words of other things. Each sentence is a real one from ../shared/eval/webpages."""

from __future__ import annotations

import pytest
from conftest import text_facts

from extractor.normalize.places import gazetteer


def places_of(text: str) -> dict[str, tuple[str | None, str | None]]:
    """Each place's surface text -> (name, country_code), as the extractor resolves it."""
    return {f.text: (f.name, f.country_code) for f in text_facts(text, "place")}


def test_bvi_before_a_noun_is_the_territory() -> None:
    # webpages/html/23847f4fa2d9e76b.html.gz (stluciatimes.com, 'DEA officials arrest BVI premier')
    places = places_of(
        "Reuters News Agency reported that a DEA complaint said Fahie had agreed to allow an informant, posing as a"
        " member of Mexico’s Sinaloa drug cartel, to use BVI ports to ship cocaine in return for a payment of"
        " $500,000."
    )
    assert places["BVI"] == ("British Virgin Islands", "VG")
    assert places["Mexico"] == ("Mexico", "MX")


def test_bvi_after_the_uk_is_the_territory() -> None:
    # webpages/html/9079fe15c6b1dcbc.html.gz (thestkittsnevisobserver.com, the Governor's statement)
    places = places_of(
        "I will have a call with Minister Milling and the Acting Premier Honourable Natalio Wheatley tomorrow to"
        " discuss further engagement between the UK and BVI on this urgent issue."
    )
    assert places["BVI"] == ("British Virgin Islands", "VG")


def test_usvi_after_a_town_and_a_comma_is_the_territory() -> None:
    # webpages/html/f00fd478b07aba9e.html.gz (viconsortium.com, a vessel returning from St. Thomas)
    places = places_of(
        "During the inspection, one of the occupants admitted to entering the United States illegally from the"
        " Dominican Republic and the vessel operator admitted to returning from St. Thomas, USVI, and not reporting"
        " entry to CBP."
    )
    assert places["USVI"] == ("U.S. Virgin Islands", "VI")


@pytest.mark.parametrize(("short", "code"), [("BVI", "VG"), ("USVI", "VI"), ("KSA", "SA"), ("NZ", "NZ")])
def test_the_short_name_is_a_countrys_name_in_the_gazetteer(short: str, code: str) -> None:
    gz = gazetteer()
    assert gz.country[code] in gz.lookup(short)


def test_png_is_no_country() -> None:
    # webpages/html/2a6af37471416874.html.gz (threatpost.com): an image format, not Papua New Guinea
    places = places_of("Also, JPEG, JPG and PNG files with a file size less than 150 KB are also not encrypted.")
    assert "PNG" not in places
