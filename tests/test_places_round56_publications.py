"""Places, round 56 (issue 17): a place's name opening a publication's title set off as the appositive of its common
noun ('Editor-in-Chief of the journal, Russia in Global Affairs, talks about': institutions.publication_appositive)
is a word of the publication's name, no place; a place the appositive holds alone, or after a lower-case word, stays."""

from __future__ import annotations

from conftest import gold_article


def test_a_place_opening_a_journals_title_after_its_noun_is_no_place() -> None:
    # geowebnews:247: Russia in Global Affairs is a journal; 'the West' in the same sentence stays a mention
    facts = gold_article("geowebnews.jsonl", "geowebnews:247").facts or []
    first = [f.text for f in facts if f.kind == "place" and f.start_char < 250]
    assert "Russia" not in first
