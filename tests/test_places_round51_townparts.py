"""Places, round 51 (a part or the metro area of a town): a town-part word (places.json town_part_words: 'Greater',
'Metro', 'Upper', 'Old', ...) before a town's own name, or a compass word after it ('Montreal East'), names a part
of that town where the gazetteer knows no place by the whole name: the whole name as written, a region or a locality
at the town's point (designators.town_part, records._record). Not before a country's, a state's or a region's name,
nor a word no town of some size is called ('Old Bailey', 'Old Navy'). Each test reads a real sentence of
../shared/eval."""

from __future__ import annotations

import pytest
from conftest import gold_article, km, place_facts, text_as_article

from extractor.find.places.designators import town_part
from extractor.nlp import parse
from extractor.normalize.places import gazetteer


@pytest.mark.parametrize(
    ("doc_id", "name", "kind", "code", "lat", "lon"),
    [
        # 'Soper says price growth is expected to slow in the Greater Toronto Area': gold 43.759, -79.266
        ("tr-news:1010012", "Greater Toronto Area", "region", "CA", 43.75919, -79.26636),
        # 'the brawl that took place on a deserted street in Upper Edmonton' (a story of North London): gold
        # 51.609, -0.059, London's Edmonton, not Alberta's capital
        ("tr-news:1350001", "Upper Edmonton", "locality", "GB", 51.60906, -0.05862),
        # 'Mount Royal Mayor Philippe Roy and Montreal East Mayor Robert Coutu all agreed' (Montréal-Est, no gold)
        ("tr-news:1080003", "Montreal East", "locality", "CA", 45.63, -73.51),
    ],
)
def test_a_town_part_is_the_whole_name_at_the_towns_point(
    doc_id: str, name: str, kind: str, code: str, lat: float, lon: float
) -> None:
    f = place_facts(gold_article("tr_news.jsonl", doc_id))[name]
    assert (f.place_type, f.country_code) == (kind, code)
    assert km(f.lat, f.lon, lat, lon) < 161


@pytest.mark.parametrize(
    "sentence",
    [
        # geowebnews:175 'were helped by a 17-year-old boy ... the Old Bailey heard': a court, no town called Bailey
        "The three defendants were helped by a 17-year-old boy who provided them with a bike, the Old Bailey heard.",
        # made: a brand's word and a country's name after the words ('Old Navy', 'Upper Canada') name no town's part
        "He shopped at Old Navy before he wrote a history of Upper Canada.",
    ],
)
def test_no_town_part_without_a_towns_name(sentence: str) -> None:
    gz = gazetteer()
    doc = parse([sentence])[0]
    assert all(town_part(e, gz) is None for e in doc.ents)
    assert not {t for t in place_facts(text_as_article(sentence)) if t.startswith(("Old", "Upper"))}


def test_a_name_known_whole_stays_that_place() -> None:
    # made: 'East London' is a South African city, no part of London
    f = place_facts(text_as_article("The strike spread from Port Elizabeth to East London on Monday."))["East London"]
    assert f.country_code == "ZA"


def test_a_capitalised_town_part_word_before_a_big_city_keeps_the_whole_name() -> None:
    # webpages (positive.news, good news stories from week 44 of 2023): 'Sadiq Khan expanded the Ultra-Low Emission
    # Zone (Ulez) to cover Greater London in August': the whole name at London's point, not the city alone (the
    # direction path of designators._strip_designators leaves a town-part word to town_part)
    text = "Sadiq Khan expanded the Ultra-Low Emission Zone (Ulez) to cover Greater London in August."
    found = place_facts(text_as_article(text))
    assert "London" not in found
    f = found["Greater London"]
    assert (f.place_type, f.country_code) == ("region", "GB")
    assert km(f.lat, f.lon, 51.5, -0.13) < 161
