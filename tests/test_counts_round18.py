"""Counts a careful news reader would sign, round 18 (issue 17): an emphatic 'this one N'.

- "collected the different places ... all on this one page", "they need to find that one dependable Indian
  big-hitter": a demonstrative that determines the singular noun after 'one' singles the thing out for emphasis
  ('this page'), it counts nothing (data/count_forms.json one_demonstratives, count_forms._demonstrative_one).
  A 'that' that opens a clause is no determiner: "found that one crew ignored two warning signs" still counts.

Each test reads a real page of ../shared/eval in place through the whole pipeline (test_counts_real.page_facts)
and fails without its rule or its words.
"""

from __future__ import annotations

from test_counts_real import found, page_facts


def test_this_one_page_counts_no_page():
    # "That's why we've collected the different places where you can get your hands on RTX cards all on this one
    # page, so you can prepare to get the new best graphics cards ..."
    page = "tomshardware.com/uk/news/where-and-how-to-buy-rtx-3080-3090-3070"
    assert "one" not in page_facts(page, "all on this one page", "count")


def test_that_one_big_hitter_counts_no_big_hitter():
    # "For SRH to succeed, they need to find that one dependable Indian big-hitter in the middle order"
    page = "f438321aa53939df"
    assert "one" not in page_facts(page, "find that one dependable Indian big-hitter", "count")


def test_that_opening_a_clause_keeps_one_a_count():
    # a real caption (in the page's metadata of a webpages/ page, e8ad4529b99ce2ad), read by the finder alone
    caption = "An investigation into two small planes crashing at Hobby found that one crew ignored two warning signs to stop."
    assert found(caption, kind="count")["one"]["counted"] == "crew"
