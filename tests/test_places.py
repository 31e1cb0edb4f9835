"""Places: the gazetteer and the finder, on the real model. Expected values are real outputs, checked by hand."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractor.find.places import find_places
from extractor.models import PlaceFact
from extractor.nlp import load
from extractor.normalize.places import fold, gazetteer

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "peoples-daily" / "c90000-9847469.html"


def places(*blocks: str) -> list[tuple]:
    nlp = load()
    docs = [nlp(b) for b in blocks]
    return [(docs[p["block"]].text[p["start"]:p["end"]], p["name"], p["place_type"], p["country_code"])
            for p in find_places(docs)]


@pytest.mark.parametrize("name, place_type, country, gid", [
    ("Xinjiang", "admin1", "CN", "iso3166-2:CN-XJ"),
    ("Xinjiang Uygur", "admin1", "CN", "iso3166-2:CN-XJ"),
    ("Zhejiang", "admin1", "CN", "iso3166-2:CN-ZJ"),
    ("China", "country", "CN", "geonames:1814991"),
    ("U.S.", "country", "US", "geonames:6252001"),
    ("Britain", "country", "GB", "geonames:2635167"),
    ("Bavaria", "admin1", "DE", "iso3166-2:DE-BY"),
    ("Wales", "admin1", "GB", "iso3166-2:GB-WLS"),
    ("Va.", "admin1", "US", "iso3166-2:US-VA"),
    ("Shaoxing", "city", "CN", "geonames:1795855"),
])
def test_gazetteer_knows(name, place_type, country, gid):
    gz = gazetteer()
    hits = [gz.places[i] for i in gz.lookup(name)]
    assert any((p.place_type, p.country_code, p.gazetteer_id) == (place_type, country, gid) for p in hits)


@pytest.mark.parametrize("name", ["AP", "BA", "Apple"])
def test_gazetteer_ignores_acronyms_and_nicknames(name):
    assert not any(gazetteer().places[i].place_type == "admin1" for i in gazetteer().lookup(name))


def test_fold():
    assert fold("the U.S.") == "us"
    assert fold("Île-de-France") == "ile de france"


@pytest.mark.parametrize("text, expected", [
    ("A doctor from Shaoxing, east China's Zhejiang province, volunteers in Awat county, Aksu prefecture, "
     "northwest China's Xinjiang Uygur autonomous region.",
     [("Shaoxing", "Shaoxing", "city", "CN"), ("China", "China", "country", "CN"),
      ("Zhejiang province", "Zhejiang", "admin1", "CN"), ("Awat county", "Awat", "admin2", "CN"),
      ("Aksu prefecture", "Aksu", "admin2", "CN"), ("China", "China", "country", "CN"),
      ("Xinjiang Uygur autonomous region", "Xinjiang", "admin1", "CN")]),
    ("Prices rose in the United States and Britain last year.",
     [("the United States", "United States of America", "country", "US"),
      ("Britain", "United Kingdom", "country", "GB")]),
    ("BEIRUT — Fighting resumed in Aleppo on Monday, Syrian officials said.",
     [("BEIRUT", "Beirut", "city", "LB"), ("Aleppo", "Aleppo", "city", "SY")]),
])
def test_find_places(text, expected):
    assert places(text) == expected


def test_seed_page_places():
    from extractor.clean import clean_page, parse_html
    blocks = [b.text for b in clean_page(parse_html(FIXTURE.read_bytes()), None)]
    nlp = load()
    docs = [nlp(b) for b in blocks]
    found = find_places(docs)
    got = {(docs[p["block"]].text[p["start"]:p["end"]], p["name"], p["place_type"], p["country_code"]) for p in found}
    for want in [("Shaoxing", "Shaoxing", "city", "CN"), ("Zhejiang province", "Zhejiang", "admin1", "CN"),
                 ("Awat county", "Awat", "admin2", "CN"), ("Aksu prefecture", "Aksu", "admin2", "CN"),
                 ("Xinjiang", "Xinjiang", "admin1", "CN"), ("China", "China", "country", "CN"),
                 ("Uqturpan county", "Uqturpan", "admin2", "CN")]:
        assert want in got
    assert not any(text == "Hong Zhaoyang" for text, *_ in got)  # a person the model calls a GPE
    for p in found:  # every candidate validates as a SPEC place record
        text = docs[p["block"]].text[p["start"]:p["end"]]
        fields = {k: v for k, v in p.items() if k not in ("block", "start", "end")}
        PlaceFact(doc_id="t", text=text, start_char=p["start"], end_char=p["end"], page=1, section="body",
                  sentence=text, **fields)
