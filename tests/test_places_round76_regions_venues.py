"""Places on real news (issue 17): breakaway regions, a foreign venue's name, a region's initials before an office.

Classes: a breakaway region that is no ISO 3166-2 subdivision ('the war with Nagorno-Karabakh', tagged an
organisation; 'Transnistria', 'South Ossetia') is a region the gazetteer knows (places.json regions); a place's name
in a venue's name that a head word in another language opens ('at the Stade de France') is no mention of the place
(not_places.in_foreign_party_name; data: foreign_venue_heads); a region's initials before a public office's title
('the EU Transport Commissioner Violeta Bulc') name the office's jurisdiction as its own name would
(name_kinds.strong_name).
"""

from __future__ import annotations

from conftest import gold_article, text_facts


def _places(art, snippet: str) -> list:
    return [f for f in art.facts or [] if f.kind == "place" and snippet in (f.sentence or "")]


def test_a_breakaway_region_is_a_region():
    art = gold_article("geowebnews.jsonl", "geowebnews:246")
    found = [f for f in _places(art, "during the war with Nagorno-Karabakh") if f.text != "Georgia"]
    assert [(f.text, f.place_type, f.country_code, round(f.lat), round(f.lon)) for f in found] == [
        ("Nagorno-Karabakh", "region", "AZ", 40, 47)
    ]


def test_other_breakaway_regions_are_regions():
    text = (
        "Russian troops remain in Transnistria, a breakaway region of Moldova. Russia recognised South Ossetia and "
        "Abkhazia after the 2008 war."
    )
    found = {f.text: (f.place_type, f.country_code) for f in text_facts(text, "place")}
    assert found["Transnistria"] == ("region", "MD")
    assert found["South Ossetia"] == ("region", "GE")
    assert found["Abkhazia"] == ("admin1", "GE")


def test_a_place_in_a_foreign_venues_name_is_no_place():
    art = gold_article("tr_news.jsonl", "tr-news:1030008")
    assert _places(art, "coordinated attacks at the Stade de France") == []
    assert "Paris" in [f.text for f in art.facts or [] if f.kind == "place"]


def test_a_regions_initials_before_an_office_name_its_jurisdiction():
    art = gold_article("geowebnews.jsonl", "geowebnews:116")
    found = _places(art, "write to the EU Transport Commissioner Violeta Bulc")
    assert [(f.text, f.name) for f in found] == [("EU", "European Union")]
