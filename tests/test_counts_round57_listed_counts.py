"""Counts round 57 (issue 17, samples 20261334-37): a list of counts of one kind is no model's name.

- "36 First Class, 914 Second Class,1,170 Second Class Lower,49 Third Class": three digits before a capitalised
  head read as a model ("the new 787 Dreamliner", scores._before_a_name), but another number of the sentence that
  reads as a plain count counts a noun with the same head word, so the numbers are a list of counts
  (scores._listed_count). "the new 787 Dreamliner" alone stays a model.
"""

from __future__ import annotations

from conftest import gold_quantities, text_facts


def test_a_list_of_degree_classes_counts_each():
    # geowebnews.jsonl, geowebnews:159
    counts = gold_quantities("geowebnews.jsonl", "geowebnews:159", "36 First Class, 914 Second Class", "count")
    assert ("914", 914, None, None, "Second Class") in counts


def test_a_model_before_a_name_is_still_no_count():
    text = "Boeing delivered the new 787 Dreamliner to United on Tuesday."
    assert text_facts(text, "count") == []
