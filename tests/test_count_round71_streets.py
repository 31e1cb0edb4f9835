"""A street block written with a hyphen.

- 'the 400-block of N. Bedford Drive' names a block of a street as 'the 2100 block of Washtenaw' does: a house or
  block number, no count (count_context._street, _street_number).
"""

from __future__ import annotations

from conftest import gold_quantities, text_facts


def test_hyphened_block_number_is_no_count():
    # geowebnews:268: "... received several calls of a vehicle vandalism in the 400-block of N. Bedford Drive."
    counts = gold_quantities("geowebnews.jsonl", "geowebnews:268", "in the 400-block of N. Bedford Drive", "count")
    assert [c for c in counts if c[0] == "400"] == []


def test_spaced_block_number_stays_no_count():
    text = "Police were called to the 2100 block of Washtenaw Avenue on Tuesday."
    assert [f.text for f in text_facts(text, "count")] == []


def test_blocks_counted_as_a_distance_stay():
    text = "The four blocks surrounding this intersection were occupied by rice mills."
    assert ("four", "blocks") in [(f.text, f.counted) for f in text_facts(text, "count")]
