"""Counts round 56 (issue 17, precision samples 20261330/31/33): a counted noun is never cut at a hyphen.

- "one of the two co-ordinators" counted 'co': the tokenizer splits a hyphened word at each hyphen and the parse
  may hang the number on the first piece ("co", "e", "non", "ex", "re") or the counted phrase may start on the last
  ("ranking insurgents" for "high-ranking insurgents"); the counted phrase is widened to whole hyphened words
  (count_nouns._whole_hyphened), never back over the number ("a five-bedroom house" counts 'bedroom'; round 59: "a two-car garage" is a
  capacity and counts nothing).
"""

from __future__ import annotations

from conftest import gold_quantities, text_facts


def test_co_ordinators_are_counted_whole():
    # tr_news.jsonl, tr-news:1170002
    counts = gold_quantities("tr_news.jsonl", "tr-news:1170002", "two co-ordinators", "count")
    assert ("two", 2, None, None, "co-ordinators") in counts


def test_a_hyphened_modifier_is_kept_whole():
    # geowebnews.jsonl, geowebnews:229
    counts = gold_quantities("geowebnews.jsonl", "geowebnews:229", "five cancer-causing chemicals", "count")
    assert ("five", 5, None, None, "cancer-causing chemicals") in counts


def test_the_number_hyphened_to_its_noun_is_not_taken_in():
    text = "The family bought a five-bedroom house."
    assert [(f.text, f.counted) for f in text_facts(text, "count")] == [("five", "bedroom")]
