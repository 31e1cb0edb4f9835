"""Dates of round 56 (issue 17), "the year" as an anaphor on a page with no date: after a count of years from the
reference date ("In the last few years", "until two years ago"), which only the page's own time could place, a
bare "the year" is no longer the year stated before that count ("In 1999, ..."); the story has come to its present.
The document is read in place from ../shared/eval/news_gold, run as an article with no reference date."""

from __future__ import annotations

from conftest import gold_dates


def test_the_year_after_a_count_from_now_is_not_the_year_stated_before_it():
    # tr_news.jsonl, tr-news:1150001: "In 1999, Lynn and Bob Fodge were looking to move ..." ... "In the last few
    # years, Missouri has ranked second or third ..." ... "“We have the opportunity to provide grazing for a big part
    # of the year.” Tate ... says producers can stockpile forage toward the end of the year to cut into hay feeding
    # days." (one block: no paragraph between them)
    # (round 69: "the end of the year" in the advice to producers is any year's, no date: date_generic.generic_year_part;
    # round 72: so is "a big part of the year" of the grazing, date_generic.generic_year_share): never 1999's
    found = dict(gold_dates("tr_news.jsonl", "tr-news:1150001", "stockpile forage"))
    assert found == {}


def test_the_year_stated_first_stays():
    # the same document: "In 1999, Lynn and Bob Fodge were looking to move their farming operation from Indiana"
    assert ("1999", "1999") in gold_dates("tr_news.jsonl", "tr-news:1150001", "In 1999")
