"""A model's digits after a determiner and an adjective.

- 'the only 911 racer': digits of three or more before a singular lower-case noun, after a singular determiner and
  a lower-case adjective, name a model as after 'the' alone ('The 777 program'); more than one racer would be
  plural (count_labels._name_before_singular, _determined_adjective).
"""

from __future__ import annotations

from conftest import gold_quantities, text_facts


def test_only_911_racer_is_no_count():
    # geowebnews:296: "... as Gordon Shedden's replacement, and he isn't the only 911 racer making the switch."
    counts = gold_quantities("geowebnews.jsonl", "geowebnews:296", "the only 911 racer", "count")
    assert [c for c in counts if c[0] == "911"] == []


def test_plural_after_only_still_counts():
    text = "He is one of only 12 racers making the switch this season."
    assert ("12", "racers") in [(f.text, f.counted) for f in text_facts(text, "count")]


def test_collective_noun_after_adjective_still_counts():
    text = "The ministry hired an additional 500 staff for the hospitals."
    assert "500" in [f.text for f in text_facts(text, "count")]
