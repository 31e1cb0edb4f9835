"""Dates whose reading a following word or a missing page date used to drop:
- "this week", "last year", "this month" with no "the" before them are the calendar period even when "after" or
  "before" follows ("re-entered the spotlight this week after Trump revealed"): the clause after it says why, not
  which week (dates.json: the shift_unit atom with a lookahead on before/after); "the next week after the surgery"
  still counts from the event and is no such date;
- a range of two year-less ends on a page with no date ("closing from around midday on Saturday until Sunday") is
  one date with a null value, as each end alone is (find/date_resolve._unplaced_range).
Texts are news_gold documents and pages of ../shared/eval (their publication date the reference date)."""

from __future__ import annotations

from conftest import dates_on, gold_dates, text_facts


def test_this_week_before_a_clause_of_after():
    # an undated news_gold text: the week is the page's, which it does not give
    assert ("this week", None) in gold_dates("geowebnews.jsonl", "geowebnews:108", "re-entered the spotlight")


def test_last_year_before_a_clause_of_after():
    # "The President received a diet and exercise plan last year after his annual physical" (a page of 2019-11-18)
    page = "ef4e67b66d63b5facef55c06a94d85f2ae01a0a1a4a3a1bcfe2499c8c8a7dacf"
    assert dates_on("articles", page, "diet and exercise plan") == [("last year", "2018")]


def test_this_month_before_a_clause_of_after():
    # "which went ahead with in-person voting this month after courts halted Democratic efforts" (2020-04-24)
    assert ("this month", "2020-04") in dates_on("webpages", "aaac02d138a1eeeb", "in-person voting this month")


def test_the_next_week_after_an_event_is_no_calendar_week():
    text = "He was moved to a rehabilitation ward the next week after the surgery."
    assert [f.text for f in text_facts(text, "date")] == []


def test_weekday_range_of_an_undated_page_is_one_null_date():
    # "London City airport told passengers ... that it was closing from around midday on Saturday until Sunday."
    assert ("Saturday until Sunday", None) in gold_dates("tr_news.jsonl", "tr-news:1020008", "closing from around")
