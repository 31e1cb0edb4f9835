"""Counts round 56 (issue 17, precision samples 20261330/31/33): "the one <noun>" means "the only", no count.

- "we can almost blame the one substance for how things feel in our city": 'one' after 'the' that determines its
  singular noun singles the thing out, as "this one page" does (count_forms._demonstrative_one,
  data/count_forms.json one_demonstratives). "one confidant" (no determiner), "their one biological child"
  (a possessor: how many children), "the one or two indulgences" (a range) and "the one hundred people" still count.
"""

from __future__ import annotations

from conftest import gold_quantities, text_facts


def test_the_one_substance_is_no_count():
    # tr_news.jsonl, tr-news:1110002
    counts = gold_quantities("tr_news.jsonl", "tr-news:1110002", "blame the one substance", "count")
    assert counts == []


def test_the_one_downside_is_no_count():
    # webpages: medium.com/@pimterry/host-your-node-app-on-dokku-digitalocean
    text = "The one downside with IaaS platforms like this though is that you have to manage them yourself."
    assert text_facts(text, "count") == []


def test_a_range_or_a_larger_number_after_the_still_counts():
    text = "Just choose the one or two indulgences you just can’t live without. The one hundred people came."
    counts = [(f.text, f.counted) for f in text_facts(text, "count")]
    assert counts == [("one or two", "indulgences"), ("one hundred", "people")]


def test_a_possessors_one_still_counts():
    # articles: thestar.com, 2020-03-23, the AP's story of Woody Allen's memoir (a possessor says how many they have)
    text = (
        "He was with Mia Farrow for more than a decade, and recalls happy times with the “very, very beautiful“ "
        "actress that would cool over the years, especially after the 1987 birth of their one biological child, "
        "Ronan (named Satchel at birth)."
    )
    assert [(f.text, f.counted) for f in text_facts(text, "count")] == [("one", "biological child")]
