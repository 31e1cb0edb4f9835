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


SATELLITE_PAGE = ("webpages", "f55806b59e7b670e")  # satellite maps of damage in Gaza, a page of 2023-11-09


def test_a_day_just_before_the_page_that_only_a_present_verb_reads_ahead_is_the_day_just_past():
    # "But in the most recent satellite data update, from Nov. 5, damage again appears to be widespread and growing.":
    # the update of four days before the page, 2023-11-05, not 2024-11-05 ("from" + a present verb read an onset)
    assert dates_on(*SATELLITE_PAGE, "most recent satellite data update") == [("Nov. 5", "2023-11-05")]


TRANSIT_PAGE = ("webpages", "54d592bd1a8c784b")  # a transit tax trust's meeting, a page of 2023-11-07


def test_an_offset_forward_on_a_coming_event_s_noun_is_when_the_event_comes():
    # "He asked that the county provide the video and written answers well in advance of the next meeting in four
    # weeks and return to discuss them.": the meeting's day, counted from the asking, a day the page does not give
    # (the meeting was Nov. 29, not four weeks from the page): a date, its value null (before: no date at all)
    assert dates_on(*TRANSIT_PAGE, "well in advance of the next meeting") == [("in four weeks", None)]
