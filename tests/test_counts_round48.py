"""A number hyphened to "phase" names a kind of electric current or a staged design ("three-phase string inverter
shipments"), no count of phases (data/quantity_exclusions.json modifier_words.hyphened); the spaced "three phases of
testing" still counts. The documents are read in place from ../shared/eval/news_gold, run as articles with no
reference date."""

from __future__ import annotations

from conftest import gold_quantities, text_as_article


def test_three_phase_inverters_count_no_phases():
    # geowebnews.jsonl, geowebnews:292: "A first, three-phase string inverter shipments exceeded those of central
    # inverters last year"
    assert gold_quantities("geowebnews.jsonl", "geowebnews:292", "three-phase string inverter", "count") == []


def test_spaced_phases_still_count():
    facts = text_as_article("The trial will run in three phases of testing.", "t").facts or []
    assert [(f.text, f.counted) for f in facts if f.kind == "count"] == [("three", "phases")]
