"""Places, round 51 (places with no point): a street's name is no place (uses.street_name, data street_last_words and
street_last_words_loose); a second-level designator ('the region of', 'prefecture') fits a first-level
subdivision (records._misfits, resolve._fits); a compass part of a place ('West Wales', 'Southern California') has a point where
that is safe: a rough centre from a table for large states' parts, else the whole's point where the whole is small
(name_kinds.compass_part_point). Each test reads a real sentence of ../shared/eval."""

from __future__ import annotations

import pytest
from conftest import gold_article, km, place_facts, text_as_article

from extractor.find.places.name_kinds import compass_part, compass_part_point
from extractor.normalize.places import gazetteer, tables


@pytest.mark.parametrize(
    ("corpus", "doc_id", "street"),
    [
        # 'a white-colored Chevrolet Cavalier was traveling eastbound on Blackwater Road'
        ("tr_news.jsonl", "tr-news:1130002", "Blackwater Road"),
        # 'the winter night shelter, in Church Street, begins in January'
        ("tr_news.jsonl", "tr-news:1170002", "Church Street"),
        # 'Gino D. Bassett, Sr., 56, of the 6100 block of South Ingleside Avenue, is charged'
        ("geowebnews.jsonl", "geowebnews:279", "South Ingleside Avenue"),
    ],
)
def test_a_street_is_no_place(corpus: str, doc_id: str, street: str) -> None:
    found = place_facts(gold_article(corpus, doc_id))
    assert street not in found
    assert found  # the story's places stay


def test_a_town_known_whole_by_a_street_word_stays() -> None:
    # the rule keeps a name the gazetteer knows whole as a town ('Federal Way', Washington): a guard of the exception
    # (it fails if every 'Way' is a street), on a made sentence since no page of ../shared/eval names such a town
    found = place_facts(text_as_article("The crash closed a highway near Federal Way, Washington, on Monday."))
    assert found["Federal Way"].country_code == "US"


def test_a_region_designator_does_not_block_a_first_level_subdivision() -> None:
    # webpages/html/d681f579c41da7a4.html.gz (hutchnews, 2020-11-23): 'the northeastern region of Catalonia'
    text = (
        "Meanwhile, the northeastern region of Catalonia on Monday eased some of the tight restrictions on bars and "
        "restaurants and cultural events introduced in mid-October."
    )
    f = place_facts(text_as_article(text))["Catalonia"]
    assert (f.place_type, f.country_code, f.gazetteer_id) == ("admin1", "ES", "iso3166-2:ES-CT")


def test_a_compass_part_of_a_small_whole_sits_at_the_wholes_point() -> None:
    # geowebnews:162 'two bodies were found on a coastal path in West Wales': gold 52.434, -3.83
    f = place_facts(gold_article("geowebnews.jsonl", "geowebnews:162"))["West Wales"]
    assert (f.place_type, f.country_code) == ("region", "GB")
    assert km(f.lat, f.lon, 52.434, -3.83) < 161


def test_a_compass_part_of_a_large_state_sits_at_its_rough_centre() -> None:
    # tr_news 1010017 'a large eucalyptus tree fell on a wedding party ... at a Southern California park': gold
    # 34.687, -116.785; California's own point lies 390 km away
    f = place_facts(gold_article("tr_news.jsonl", "tr-news:1010017"))["Southern California"]
    assert km(f.lat, f.lon, 34.687, -116.785) < 161


def test_a_compass_part_of_a_large_whole_not_in_the_table_has_no_point() -> None:
    # a part of a large state the table lacks keeps no point: California's centre may lie far from it; a county's
    # is near all of it
    gz = gazetteer()
    california = compass_part("Eastern California", gz)
    assert california is not None and compass_part_point("Eastern California", california, gz) is None
    devon = compass_part("South West Devon", gz)
    assert devon is not None and compass_part_point("South West Devon", devon, gz) == (devon.lat, devon.lon)


def test_compass_part_points_are_parts_of_their_wholes() -> None:
    gz = gazetteer()
    for name, (lat, lon) in tables()["compass_part_points"].items():
        whole = compass_part(name, gz)
        assert whole is not None and whole.lat is not None and whole.lon is not None, name
        assert not gz.lookup(name), name  # the table is read only for names the gazetteer does not know
        assert km(lat, lon, whole.lat, whole.lon) < 1000, name
