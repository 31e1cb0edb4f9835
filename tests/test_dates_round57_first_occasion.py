"""Dates of round 57 (issue 17), a holiday's first time: "The first Thanksgiving" (a holiday right after "the first"
or "the inaugural") is the first time the custom was held, a historic event, no day of the calendar; the year or
season the text gives beside it stays its own fact. Read in place from ../shared/eval/news_gold (no dateline)."""

from __future__ import annotations

from conftest import gold_dates


def test_the_first_thanksgiving_in_a_timeline_is_no_day():
    # tr-news:1030004, a timeline: "Fall 1621 - The first Thanksgiving is observed in Plymouth."
    found = gold_dates("tr_news.jsonl", "tr-news:1030004", "The first Thanksgiving is observed")
    assert [text for text, _ in found if "Thanksgiving" in text] == []


def test_a_thanksgiving_of_the_year_stays():
    # the same text: "In 2016, Thanksgiving is on November 24."
    found = gold_dates("tr_news.jsonl", "tr-news:1030004", "In 2016, Thanksgiving is on November 24")
    assert ("Thanksgiving", "2016-11-24") in found
