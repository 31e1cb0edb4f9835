"""Dates of news with no date of its own (round 40): a year-less day written with its weekday ("on Tuesday, May 16")
is read in the year, next to a full day the article states within story_weekday_days, in which it falls on that
weekday; a bare year the text names anchors nothing, and neither does a later year the weekday does not fit
(find/date_undated.weekday_year). Each document is read in place from ../shared/eval/news_gold, run as an article
with no reference date."""

from __future__ import annotations

from conftest import gold_dates


def test_a_weekday_date_takes_the_year_of_a_full_day_in_which_it_falls_on_that_weekday():
    # tr_news.jsonl, tr-news:1320001: "The Board of Education concluded their search process over the last two weeks
    # and on Tuesday, May 16, approved the contract for Mr. Carlsen" ... "will begin his duties ... July 1, 2017":
    # 46 days from the full day (past story_anchor_days), and May 16 was a Tuesday in 2017
    found = gold_dates("tr_news.jsonl", "tr-news:1320001", "on Tuesday, May 16", "relative", "reference_date")
    assert ("Tuesday, May 16", "2017-05-16", False, None) in found


def test_a_bio_s_bare_years_date_no_weekday_date():
    # geowebnews.jsonl, geowebnews:307: "Tonight, Friday 6th April, JJ McNamara plays with the Navan Silver Band"
    # after a bio ("In 2011 at the age of 12 ...", "in April 2014", "in 2016"): April 6 was a Friday in 2012, a
    # year either side of 2011, but the story is of 2018; a bare year anchors nothing
    found = gold_dates("geowebnews.jsonl", "geowebnews:307", "Friday 6th April")
    assert ("Friday 6th April", None) in found
