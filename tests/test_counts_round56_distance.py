"""Counts round 56 (issue 17, precision samples 20261330/31/33): a place's noun before 'away' is a distance.

- "it's owner one county away": a number before a noun of a place (or a place's part: a house, a row, a seat) and
  'away' says how far, not how many counties (count_measures._distance, data/count_measures.json
  distance_away_nouns). The same nouns before 'from' or a direction still count ("Two states north of the border").
"""

from __future__ import annotations

from conftest import gold_quantities, text_facts


def test_one_county_away_is_a_distance():
    # tr_news.jsonl, tr-news:1100004
    counts = gold_quantities("tr_news.jsonl", "tr-news:1100004", "one county away", "count")
    assert counts == []


def test_a_place_noun_before_a_direction_still_counts():
    counts = [(f.text, f.counted) for f in text_facts("Two states north of the border were hit by the storm.", "count")]
    assert counts == [("Two", "states")]
