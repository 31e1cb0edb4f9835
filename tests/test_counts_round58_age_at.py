"""Counts round 58 (issue 17, samples 20261342-45): an age after a verb of taking something up and 'at'.

- "JJ, who started piano at four, explains he used the Kickstarter' method": a bare number ending its clause
  after 'at' and a verb of a life's turn is an age ('died at 81', count_loose._loose_age); so it is after a verb of
  taking something up with its object between ('started piano', 'began playing guitar', 'learned to read';
  count_loose.json age_at_start_verbs). 'started 12 games at quarterback' counts games.
"""

from __future__ import annotations

from conftest import gold_quantities, text_facts


def test_started_piano_at_four_is_an_age():
    # geowebnews.jsonl, geowebnews:307
    assert gold_quantities("geowebnews.jsonl", "geowebnews:307", "who started piano at four", "count") == []


def test_learned_to_read_at_three_is_an_age():
    assert text_facts("She learned to read at three.", "count") == []


def test_a_start_with_its_own_noun_still_counts():
    counts = text_facts("He started 12 games at quarterback last season.", "count")
    assert [(f.text, f.counted) for f in counts] == [("12", "games")]
