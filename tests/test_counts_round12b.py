"""Counts a careful news reader would sign, round 12 (issue 17): the word "one" read as a count with the wrong
bound or the wrong counted noun, or read as a count where it is "a certain".

- "over", "under", "above", "below" right before "one" and a singular noun are prepositions of place, not the
  bounds "more than" / "less than": "more persistent rainfall over one region" is exactly one region.
- "one" counts the whole of a compound of two singular nouns: "with one league game remaining" counts games.
- A sentence that opens with "One" and its noun as the subject of an active verb with an object or a complement
  tells what "a certain" N did ("One campaign video featured a series of South Dakotans", "One friend has labeled
  herself a Grocery Store"): no count. A casualty reported so ("One person suffered minor injuries") and a passive
  ("One person was injured") still count.
- A contrast whose two clauses the parse gives one verb ("One chapter over, another barely begun") is no event
  that befell one and another ("One person was killed and another injured" counts).

Each test reads a real page of ../shared/eval in place through the whole pipeline (test_counts_real.page_facts)
and fails without its rule or its words in extractor/data.
"""

from __future__ import annotations

from test_counts_real import found, page_facts


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


def test_one_as_the_subject_of_an_active_verb():
    # "One campaign video featured a series of South Dakotans — including both adults and children — ..."
    page = "thehill.com/homenews/news/471033-south-dakota-governor"
    assert "One" not in page_facts(page, "One campaign video featured", "count")
    # "One friend has labeled herself a Grocery Store."
    page = "wired.com/story/instagram-business-accounts-analytics"
    assert "One" not in page_facts(page, "One friend has labeled herself", "count")


def test_one_casualty_with_an_active_verb_stays_a_count():
    # a headline on a real page of ../shared/eval/webpages (e8ad4529b99ce2ad), outside its article text
    facts = found("One person suffered minor injuries when a fire ripped through a chemical plant", kind="count")
    assert facts["One"]["counted"] == "person"
    # "One person was injured and hospitalized."
    page = "second-suspect-in-shooting-turns-himself-in"
    assert page_facts(page, "One person was injured and hospitalized", "count")["One"]["counted"] == "person"


def test_one_against_another_on_a_shared_verb():
    # "One chapter over, another barely begun" (a heading of the page)
    assert "One" not in page_facts("bbc.com/news/world-europe-50473792", "One chapter over, another", "count")
