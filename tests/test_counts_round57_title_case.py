"""Counts round 57 (issue 17, samples 20261334-37): a title-cased headline's capitalised number words count.

- "Storm Ciarán: Hurricane-force Winds Bash UK As Dozens Of Flood Warnings Issued": in a title-cased headline (a
  small word of grammar with a capital inside the sentence: data/quantity_exclusions.json title_case_words) a
  capitalised number word before a capitalised word is no part of a name (counts._title_cased, read by
  counts._in_name). In prose it still is ("our One Home Depot strategic investments").
"""

from __future__ import annotations

from conftest import gold_quantities, text_facts


def test_title_cased_headline_number_word_counts():
    # webpages: surgezirc.co.uk, 2023-11-03, the page's title
    text = "Storm Ciarán: Hurricane-force Winds Bash UK As Dozens Of Flood Warnings Issued"
    assert [(f.text, f.counted) for f in text_facts(text, "count")] == [("Dozens", "Flood Warnings")]


def test_title_cased_quote_number_word_counts():
    # geowebnews.jsonl, geowebnews:100 (a tweet quoted: "David Hogg Rejected By Four Colleges To Which He Applied")
    counts = gold_quantities("geowebnews.jsonl", "geowebnews:100", "Rejected By Four Colleges", "count")
    assert [(c[0], c[4]) for c in counts] == [("Four", "Colleges")]


def test_a_name_in_prose_still_no_count():
    text = (
        "Sales were driven by the timing of certain benefits associated with our One Home Depot strategic "
        "investments, he said. The Life of Two Texans has a pretty chandelier."
    )
    assert text_facts(text, "count") == []
