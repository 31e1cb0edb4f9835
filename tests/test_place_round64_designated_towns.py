"""Places, round 64 of issue 17: a name read less a capitalised 'Township' or 'Town' whose sense is a capital, a large
city or no town ('at Seasons restaurant in Washington Township', New Jersey, read as Washington, D.C.) is the
namesake's, and the whole name the place, unresolved (designators.unbacked_designated, _no_designated_town); a town's
historic quarter written 'Old Town' before the town's name ('stop at Old Town Manassas', data town_quarter_names) is
a locality at the town's point (designators.town_part)."""

from __future__ import annotations

from conftest import gold_article, text_facts


def test_township_is_no_capital_city():
    facts = gold_article("geowebnews.jsonl", "geowebnews:134").facts or []
    found = [
        (f.name, f.place_type, f.country_code) for f in facts if f.kind == "place" and f.text == "Washington Township"
    ]
    assert found == [("Washington Township", "locality", None)]


def test_old_town_before_a_town_is_its_quarter():
    facts = gold_article("geowebnews.jsonl", "geowebnews:10").facts or []
    found = [
        (f.name, f.place_type, f.country_code) for f in facts if f.kind == "place" and f.text == "Old Town Manassas"
    ]
    assert found == [("Old Town Manassas", "locality", "US")]


# an audit page (cbslocal.com, the 55th ACM awards' winners): a song's title
SONG = "“Old Town Road” – Lil Nas X Featuring Billy Ray Cyrus"


def test_old_town_before_no_town_is_no_place():
    assert [f.text for f in text_facts(SONG, "place")] == []
