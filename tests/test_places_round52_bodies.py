"""Places, round 52: the jurisdiction inside a public body's name (bodies.py). A town's or a county's public school
system ('Owensboro Public Schools': data school_system_heads, read by _bodies outside any entity) and a state agency's 'Wildlife' (data institution_heads:
'Kentucky Fish & Wildlife Officers', the model closing the name at 'Fish &': cut_short). A charity's 'Trust' keeps
its name a private body's (data member_body_heads). Each recall test reads a real sentence of ../shared/eval
news_gold."""

from __future__ import annotations

from conftest import gold_place_at, text_facts


def test_a_towns_and_a_countys_public_schools_name_their_places() -> None:
    # news_gold/geowebnews.jsonl, geowebnews:244: 'Superintendents for Owensboro Public Schools and Daviess County
    # Public Schools say they are pleased' (no entity over either) gave neither place
    snippet = "Superintendents for Owensboro Public Schools and Daviess County Public Schools"
    (town,) = gold_place_at("geowebnews.jsonl", "geowebnews:244", snippet, "Owensboro")
    (county,) = gold_place_at("geowebnews.jsonl", "geowebnews:244", snippet, "Daviess County")
    assert (town.country_code, county.country_code) == ("US", "US")


def test_a_states_wildlife_agency_names_the_state() -> None:
    # news_gold/tr_news.jsonl, tr-news:1300001: 'Kentucky Fish & Wildlife Officers and Kentucky State Troopers
    # responded' ('Kentucky Fish &' tagged an organisation) gave the second Kentucky only
    (fact,) = gold_place_at("tr_news.jsonl", "tr-news:1300001", "Kentucky Fish & Wildlife", "Kentucky")
    assert fact.country_code == "US"


def test_a_wildlife_charitys_town_is_no_place() -> None:
    # a guard: 'Wildlife' is a state agency's word, but a charity's 'Trust' after it keeps the name a private body's
    # (audit guide: names inside names); no corpus sentence holds one, so this one is made up
    text = "Volunteers from the London Wildlife Trust cleaned the pond on Saturday."
    assert text_facts(text, "place") == []
