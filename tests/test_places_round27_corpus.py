"""Places, round 27 (issue 17's corpus goals): the misses of GeoWebNews, TR-News and MEANTIME sorted into classes.
Here: a region's point is GeoNames' own where GeoNames has the region (data: regions), the point GeoNames-linked
corpora score against; 'Latin America' sits at GeoNames' point for South America, as the EU sits at Europe's. A
county's or a state's own name after a capitalised name and a comma, closing its clause, is that area though the model
tags it a person's or nothing ('Brands Hatch Indy, Kent.'; rescue._area_closing_address). A lower-case word closing a
name the gazetteer does not know whole makes the rest the place ('the eastern Pacific equatorial region', 'a Normandy
beach'; entity_mentions._lower_tail); "municipal district" is a designator (data: designators_after)."""

from __future__ import annotations

import pytest
from conftest import texts_of
from test_places_corpora import near_gold_in


@pytest.mark.parametrize(
    "corpus, doc_id, text, words",
    [
        # "given the instability affecting North Africa since the Arab Spring" (ours was 662 km off)
        ("geowebnews.jsonl", "geowebnews:272", "North Africa", "instability affecting North Africa"),
        # "travelling throughout Latin America, and studying Portuguese" (256 km off)
        ("geowebnews.jsonl", "geowebnews:195", "Latin America", "throughout Latin America"),
        # "While El Niño occurs in the Pacific Ocean, it has widespread impacts" (3,115 km off)
        ("geowebnews.jsonl", "geowebnews:213", "Pacific Ocean", "occurs in the Pacific Ocean"),
    ],
)
def test_a_region_sits_at_geonames_point(corpus: str, doc_id: str, text: str, words: str) -> None:
    assert near_gold_in(corpus, doc_id, text, words)


# ../shared/eval/news_gold/geowebnews.jsonl, geowebnews:296 (a racing calendar: venue, county)
CALENDAR = (
    "2018 calendar. 7/8 April: Brands Hatch Indy, Kent. 28/29 April: Donington Park, Leicestershire. 19/20 May: "
    "Thruxton, Hampshire. 9/10 June: Oulton Park, Cheshire. 23/24 June: Croft, Yorkshire. 28/29 July: Snetterton, "
    "Norfolk. 11/12 August: Rockingham, Northamptonshire. 25/26 August: Knockhill, Fife."
)


def test_a_county_closing_an_address_is_the_county() -> None:
    # 'Kent' tagged a person's name, 'Cheshire' and 'Fife' left untagged: each closes a venue's address
    places = texts_of(CALENDAR, "place")
    assert {"Kent", "Cheshire", "Fife"} <= set(places)


@pytest.mark.parametrize(
    "corpus, doc_id, text, words",
    [
        # "cooler water in the eastern Pacific equatorial region" (LOC 'Pacific equatorial', then 'region'): the
        # Pacific, not an unknown district 'Pacific equatorial'
        ("geowebnews.jsonl", "geowebnews:213", "Pacific", "the eastern Pacific equatorial region. When"),
        # "There are 28 HAP contracts in Nenagh Municipal District area": Ireland's municipal district, at its town
        ("geowebnews.jsonl", "geowebnews:198", "Nenagh Municipal District", "in Nenagh Municipal District area"),
    ],
)
def test_a_name_before_a_common_noun_or_a_municipal_district(corpus: str, doc_id: str, text: str, words: str) -> None:
    assert near_gold_in(corpus, doc_id, text, words)
