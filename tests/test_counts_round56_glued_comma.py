"""Counts round 56 (issue 17, recall sample 20261333): numbers glued after a comma, and a named "Second".

- "914 Second Class,1,170 Second Class Lower,49 Third Class": a comma glued between a letter and a digit parts them
  in the tokenizer (extractor/nlp.load), as session 22's em dash does, so the number has a token of its own and
  counts its noun; a comma between digits ("1,170") stays inside the number, and "A1,B2" (a digit before the
  comma) stays one token.
- a capitalised "Second" before a capitalised word is the ordinal of a name ("1,170 Second Class Lower"), not the
  time unit that makes a number a duration (counts._is_duration, _NAMED_SECOND).
"""

from __future__ import annotations

from conftest import gold_quantities, text_facts


def test_counts_glued_after_commas_are_found():
    # geowebnews.jsonl, geowebnews:159
    counts = gold_quantities("geowebnews.jsonl", "geowebnews:159", "Second Class Lower,49 Third Class", "count")
    assert ("1,170", 1170, None, None, "Second Class Lower") in counts
    assert ("49", 49, None, None, "Third Class") in counts


def test_a_comma_between_digits_or_after_a_digit_is_kept():
    from extractor.nlp import load

    assert [t.text for t in load()("Codes A1,B2 and 1,170 seats")] == ["Codes", "A1,B2", "and", "1,170", "seats"]


def test_seconds_still_make_a_duration():
    assert text_facts("The blast lasted 5 seconds and 2 Second Street was hit.", "count") == []
