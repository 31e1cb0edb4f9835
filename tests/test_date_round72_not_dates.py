"""Round 72 dates, not dates: a holiday before a kind of day that many keep ("many states had Thanksgiving
holidays": the custom, date_nonrefs._occasion_kept_by_many), and a share of "the year" in a clause of a simple present
of action ("provide grazing for a big part of the year": any year, date_generic.generic_year_share)."""

from __future__ import annotations

from conftest import gold_dates, sentence_dates


def test_a_holiday_kept_as_a_kind_of_day_by_many_is_the_custom():
    assert gold_dates("tr_news.jsonl", "tr-news:1030004", "many states had Thanksgiving holidays") == []


def test_a_share_of_the_year_in_a_present_of_action_is_any_year():
    assert gold_dates("tr_news.jsonl", "tr-news:1150001", "grazing for a big part of the year") == []


def test_a_share_of_the_year_told_in_the_past_keeps_the_pages_year():
    assert sentence_dates("The plant was closed for much of the year.", "2018-04-10") == [("the year", "2018")]
