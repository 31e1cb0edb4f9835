"""Places, round 60 of issue 17: a name the gazetteer does not know, that the model called a place, opening with a
lake's or a mountain's word ('Lake Manassas is a 770-acre public reservoir', missed) is a place all the same, as one
closing with 'River' is (not_places.worth_keeping; data geo_heads_before)."""

from __future__ import annotations

from conftest import gold_place_at


def test_lake_before_its_name_is_a_place():
    found = gold_place_at("geowebnews.jsonl", "geowebnews:10", "Lake Manassas is a 770-acre", "Lake Manassas")
    assert [f.text for f in found] == ["Lake Manassas"]
