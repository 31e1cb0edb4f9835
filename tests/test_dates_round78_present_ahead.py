"""Dates of round 78 (issue 17), the present of a page with no date: a day its clause looks ahead to ("will be
charged with trying to keep McCowan in check on Sunday") is no day the story has told; the story is told by that day
at the latest, so it ends the present rather than extending it past that day (date_undated._story_present). A day told
in the past still extends it to the day after."""

from __future__ import annotations

from conftest import gold_dates

import extractor

STORY = (
    "Notre Dame's Arike Ogunbowale celebrates in Columbus, Ohio, Friday, March 30, 2018. "
    "The semifinal games Friday night were packed with drama. "
    "The Irish advance to their sixth national championship game and fifth in the last eight years. "
)


def _window(text: str) -> list[tuple]:
    facts = extractor.extract_text(text).facts or []
    return [(f.text, f.value) for f in facts if f.kind == "date" and "eight" in f.text]


def test_a_day_looked_ahead_to_ends_the_present():
    # geowebnews:104 (no dateline): Friday's games, "she said Saturday", the final "on Sunday" still to come
    found = gold_dates("geowebnews.jsonl", "geowebnews:104", "fifth in the last eight years")
    assert found == [("the last eight years", "2010-03-30/2018-04-01")]
    ahead = STORY + "They will face Mississippi State on Sunday."
    assert _window(ahead) == [("the last eight years", "2010-03-30/2018-03-31")]


def test_a_day_told_in_the_past_extends_it():
    told = STORY + "They faced Mississippi State on Sunday."
    assert _window(told) == [("the last eight years", "2010-03-30/2018-04-02")]


def test_a_deadline_ahead_ends_the_present():
    # the story is told by the deadline at the latest: from Tuesday, Sept. 29 to Sept. 30, "last month" is August
    text = (
        "The vote was held on Tuesday, Sept. 29, 2020. The results came out on Tuesday. "
        "Students must move out by 30 September. In a paper last month, Yamey warned of the risk."
    )
    facts = extractor.extract_text(text).facts or []
    assert [(f.text, f.value) for f in facts if f.text == "last month"] == [("last month", "2020-08")]
