"""Dates of round 56 (issue 17), a holiday named as an annual custom: a holiday right after "every year" and a
preposition of time around it ("every year ahead of the Thanksgiving Day holiday") is every year's, and an ordinal
weekday of a month with no year ("the last Thursday in November", "its traditional first Saturday in May") is the
rule that sets a yearly day: neither is a date. Each case is read in place from ../shared/eval (news_gold run as
an article with no reference date, or a saved audit page with its publication date)."""

from __future__ import annotations

from conftest import gold_dates


def test_a_holiday_every_year_ahead_of_it_is_the_custom():
    # tr_news.jsonl, tr-news:1060001: 'Obama, who leaves office in January, has followed the annual tradition of
    # "pardoning" a turkey every year ahead of the Thanksgiving Day holiday, which many Americans celebrate with a
    # turkey dinner.'
    found = gold_dates("tr_news.jsonl", "tr-news:1060001", "every year ahead of")
    assert "Thanksgiving Day" not in [text for text, _ in found]
    assert "January" in [text for text, _ in found]  # "who leaves office in January" is a date


def test_an_ordinal_weekday_of_a_month_proclaimed_is_a_rule():
    # tr_news.jsonl, tr-news:1030004: "October 3, 1863 - President Abraham Lincoln proclaims the last Thursday in
    # November as a national day of thanksgiving."
    found = gold_dates("tr_news.jsonl", "tr-news:1030004", "proclaims the last Thursday")
    assert found == [("October 3, 1863", "1863-10-03")]


def test_an_ordinal_weekday_of_a_month_a_holiday_falls_on_is_a_rule():
    # tr-news:1030004: "Here's a look at Thanksgiving Day, celebrated in the United States on the fourth Thursday in
    # November."
    assert gold_dates("tr_news.jsonl", "tr-news:1030004", "on the fourth Thursday in November") == []


def test_an_ordinal_weekday_of_a_month_with_its_year_stays():
    # tr-news:1030004: "In 2016, Thanksgiving is on November 24." (a day of a year, no rule)
    assert ("November 24", "2016-11-24") in gold_dates("tr_news.jsonl", "tr-news:1030004", "In 2016, Thanksgiving")
