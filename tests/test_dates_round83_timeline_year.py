"""Dates of round 83 (issue 17): a year before bare_year_bounds' earliest that opens its line before a dash and a
clause with a finite verb is a timeline entry's year ("1789 - President George Washington issues a proclamation
naming November 26 a day of national thanksgiving", a "Timeline:" list of ../shared/eval's news_gold), as the later
years of the same list are; before, such a year was taken for a model number (date_names.model_number). A range
("1789 - 1799"), a heading with no verb ("1400 - Lunch", a schedule's 24-hour time) and a model number in a line
("The RTX 1789 card") stay as they were."""

from __future__ import annotations

from conftest import gold_dates, sentence_dates

REF = "2018-04-10"


def test_a_timeline_entry_s_early_year_is_a_date():
    assert gold_dates("tr_news.jsonl", "tr-news:1030004", "1789 - President George Washington issues") == [
        ("1789", "1789"),
        ("November 26", "1789-11-26"),
    ]


def test_a_later_entry_of_the_same_list_is_unchanged():
    assert gold_dates("tr_news.jsonl", "tr-news:1030004", "1939 - President Franklin D. Roosevelt") == [
        ("1939", "1939")
    ]


def test_a_range_a_verbless_heading_and_a_model_number_stay():
    assert sentence_dates("1789 - 1799 were the years of the revolution.", REF) == [("1789 - 1799", "1789/1799")]
    assert sentence_dates("1400 - Lunch and networking", REF) == []
    assert sentence_dates("1789 - Lunch", REF) == []
    assert sentence_dates("The RTX 1789 card ships with 8 GB.", REF) == []


def test_a_year_after_the_line_s_start_is_no_entry():
    assert sentence_dates("Chapter 1789 - President George Washington issues a proclamation.", REF) == []
