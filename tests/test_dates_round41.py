"""Dates of round 41: a year-less date of a clause opened by a stated year ("In 2016, Thanksgiving is on November
24.") is of that year (find/date_frames.fronted_year). Each case is a real sentence read in place from ../shared/eval
(a saved page, its publication date the reference date; or a news_gold text run with no reference date). Each failed
before its rule."""

from __future__ import annotations

from conftest import dates_on, gold_dates

HURRICANE_PAGE = ("webpages", "f3bad3f8e7901dc3")  # hurricane season during the pandemic, a page of 2020-04-02


def test_a_fronted_year_gives_its_clause_s_yearless_day_its_year():
    # "In 2005, Hurricane Dennis made landfall ... on July 10.": 2005-07-10, not the July 10 before the page (2019)
    assert dates_on(*HURRICANE_PAGE, "Hurricane Dennis made landfall") == [("2005", "2005"), ("July 10", "2005-07-10")]


def test_a_fronted_year_dates_a_holiday_of_a_text_with_no_date():
    # tr_news.jsonl, tr-news:1030004: "In 2016, Thanksgiving is on November 24.": the holiday of 2016 too, not null
    # (the sentence runs on past "Facts:" to the next line's "Thanksgiving in 2016": the first three are this clause's)
    found = gold_dates("tr_news.jsonl", "tr-news:1030004", "In 2016, Thanksgiving is on", "relative")
    assert found[:3] == [
        ("2016", "2016", False),
        ("Thanksgiving", "2016-11-24", False),
        ("November 24", "2016-11-24", False),
    ]
