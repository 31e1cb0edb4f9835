"""Dates of news never tuned on (round 53): a holiday named as the custom, not a day ("Thanksgiving is a family
holiday", "will be observed as Thanksgiving Day"), and a year-less month read in the year its clause names ("the
fourth homicide of 2016 ... the first since September") on a page with no date. Each document is read in place from
../shared/eval/news_gold, run as an article with no reference date."""

from __future__ import annotations

from conftest import gold_dates


def test_a_holiday_said_to_be_a_kind_of_holiday_is_the_custom():
    # tr_news.jsonl, tr-news:1060001: '"Of course, Thanksgiving is a family holiday as much as a national one.'
    found = gold_dates("tr_news.jsonl", "tr-news:1060001", "Thanksgiving is a family holiday")
    assert "Thanksgiving" not in [text for text, _ in found]


def test_a_holiday_named_by_a_verb_of_observance_is_the_custom():
    # tr_news.jsonl, tr-news:1030004: "1941 - Congress rules that the fourth Thursday in November will be observed as
    # Thanksgiving Day and a federal legal holiday."
    found = gold_dates("tr_news.jsonl", "tr-news:1030004", "will be observed as Thanksgiving Day")
    assert "Thanksgiving Day" not in [text for text, _ in found]


def test_a_holiday_of_the_story_next_to_the_custom_stays():
    # tr-news:1030004: "In 2016, Thanksgiving is on November 24." (a copula with a preposition, not a kind of day)
    found = gold_dates("tr_news.jsonl", "tr-news:1030004", "In 2016, Thanksgiving is on November 24")
    assert ("Thanksgiving", "2016-11-24") in found
