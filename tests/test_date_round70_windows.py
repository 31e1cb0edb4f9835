"""Round 70 dates: a window of years back ranked by a superlative against the year its clause states ends at that
year, on an undated page too (find/date_frames.window_to_stated, window_rank in dates.json)."""

from __future__ import annotations

from conftest import gold_article, text_facts


def test_a_superlative_window_ends_at_the_year_its_clause_states():
    facts = gold_article("geowebnews.jsonl", "geowebnews:248").facts or []
    window = [(f.value, f.granularity) for f in facts if f.kind == "date" and f.text == "the last decade"]
    assert window == [("2008/2017", "year")]


def test_a_window_with_no_superlative_stays_unread_on_an_undated_page():
    text = "The plan's approval came amid a dearth of affordable housing in the area over the last decade."
    assert [(f.text, f.value) for f in text_facts(text, "date")] == [("the last decade", None)]
