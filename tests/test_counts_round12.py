"""Counts a careful news reader would sign, round 12 (issue 17): the word "one" read as a count with the wrong
bound or the wrong counted noun, or read as a count where it is "a certain".

- "over", "under", "above", "below" right before "one" and a singular noun are prepositions of place, not the
  bounds "more than" / "less than": "more persistent rainfall over one region" is exactly one region.
- "one" counts the whole of a compound of two singular nouns: "with one league game remaining" counts games.

Each test reads a real page of ../shared/eval in place through the whole pipeline (test_counts_real.page_facts)
and fails without its rule or its words in extractor/data.
"""

from __future__ import annotations

from test_counts_real import page_facts


def test_over_one_region_is_a_preposition():
    # "Such slow-moving storms can produce more persistent rainfall over one region and cause flooding and ..."
    page = "theconversation.com/storm-ciaran-is-breaking-records"
    facts = page_facts(page, "more persistent rainfall over one region", "count")
    assert "over one" not in facts
    assert (facts["one"]["qualifier"], facts["one"]["counted"]) == ("exact", "region")


def test_more_than_one_keeps_its_bound():
    # "People who have more than one word coined after them"
    facts = page_facts("d58831380114da84", "more than one word coined after them", "count")
    assert facts["more than one"]["qualifier"] == "more_than"


def test_one_counts_the_head_of_a_compound():
    # "... ended NIU’s title hopes in the Mid-American Conference West Division with one league game remaining."
    page = "detroitnews.com/story/sports/college/2019/11/19/tuesdays-college-football"
    assert page_facts(page, "with one league game remaining", "count")["one"]["counted"] == "league game"
