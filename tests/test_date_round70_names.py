"""Round 70 dates: a year that numbers a show's name is no date even when the parse hangs it past the name onto
the phrase before (find/date_names.ends_name, _numbered_name); an all-caps acronym's edition stays a date."""

from __future__ import annotations

from conftest import gold_article, text_facts


def test_a_year_hung_past_a_show_name_onto_the_phrase_before_is_in_the_name():
    facts = gold_article("geowebnews.jsonl", "geowebnews:139").facts or []
    assert [f.text for f in facts if f.kind == "date" and "IoTX 2018 will be opened" in f.sentence] == []


def test_an_all_caps_event_acronym_before_its_year_stays_its_edition():
    facts = text_facts("SISAP 2017 – 10th International Conference on Similarity Search and Applications", "date")
    assert [(f.text, f.value) for f in facts] == [("2017", "2017")]
