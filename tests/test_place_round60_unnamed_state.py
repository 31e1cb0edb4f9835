"""Places, round 60 of issue 17: a state's word after a country's name ('A US state has ... revoked', judged wrong
as the span 'US state') is about an unnamed state of that country, as 'a U.S. city' is about a town in it: the country
alone is the place (entity_mentions._unnamed_state_of)."""

from __future__ import annotations

from conftest import gold_place_at, text_facts


def test_a_us_state_is_the_country_alone():
    found = gold_place_at("geowebnews.jsonl", "geowebnews:226", "A US state has permanently revoked", "US")
    assert [(f.text, f.place_type) for f in found] == [("US", "country")]


def test_the_us_state_of_ohio_names_both():
    # the same words before a named state: the country and the state, as 'the Hunan city of Yueyang' names both
    found = {
        f.text: f.place_type
        for f in text_facts("A US state has permanently revoked it. The US state of Ohio did too.", "place")
    }
    assert found == {"US": "country", "Ohio": "admin1"}
