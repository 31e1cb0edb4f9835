"""Counts: a series' members read alike, a fraction of a dozen, a date tag cut inside a number.

- A lone small number the tagger calls DATE, set in a series beside a number it calls CARDINAL (appos or conj),
  is that series' member and no age: "with 57 in Ballina, 48 in Newport, 36 in Cloughjordan" counts 48 as it
  counts 57 and 36 (find/counts.py _in_cardinal_series). "Webb, 51, was convicted" stays an age.
- A fraction before a group word is that part of the group as it is of a scale: "a half-dozen eggs" and "a half
  dozen eggs" are six (normalize/numbers.py _multipliers), as "half a dozen" was; "a half dozen" read 12.
- A group word the parse makes the compound of the noun after it counts that noun: "We've approached a dozen
  winemakers" counts winemakers, "a half-dozen people" people (find/reading.py counts_noun).
- A DATE entity that starts before a spelled-out number and stops inside it ("About a" of "About a
  quarter-million people") holds no date and blocks no count (find/counts.py _cut_in_number).
"""

from __future__ import annotations

from conftest import gold_quantities, text_facts

from extractor.normalize.numbers import find_numbers


def _counts(text: str) -> dict[str, float | None]:
    return {f.text: f.value for f in text_facts(text, "count")}


def test_series_member_tagged_date_counts():
    facts = gold_quantities("geowebnews.jsonl", "geowebnews:198", "48 in Newport", "count")
    assert {f[0] for f in facts} >= {"430", "57", "48", "36"}


def test_age_after_name_stays_no_count():
    assert "51" not in _counts("Webb, 51, was convicted of the robbery last year.")


def test_half_dozen_is_six():
    for text in ("a half-dozen eggs", "a half dozen eggs", "half a dozen eggs"):
        assert [n.value for n in find_numbers(text)] == [6.0], text


def test_half_dozen_count():
    assert _counts("He bought a half-dozen eggs at the market.") == {"a half-dozen": 6}
    facts = text_facts("Officials said a half-dozen people were hurt.", "count")
    assert [(f.text, f.value, f.counted) for f in facts] == [("a half-dozen", 6, "people")]


def test_dozen_compound_counts_its_noun():
    facts = gold_quantities("geowebnews.jsonl", "geowebnews:27", "approached a dozen winemakers", "count")
    assert [(f[0], f[1], f[4]) for f in facts] == [("a dozen", 12, "winemakers")]


def test_date_tag_cut_inside_number():
    assert _counts("About a quarter-million people attended the rally.") == {"About a quarter-million": 250000}
