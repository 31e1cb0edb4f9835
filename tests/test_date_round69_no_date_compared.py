"""Dates of round 69 (dates that are no date, and a month set against a stated date):
- "today" on a present copula whose complement is an adjective of importance ("is essential today") is nowadays
  (find/date_generic._value_now);
- a bare month that opens a from-to range of names ("from August in New Orleans to Le Bernardin") is a name
  (find/date_names.month_in_name_range);
- a holiday that a verb of setting up or moving a custom takes as its object ("moves Thanksgiving Day one week
  earlier") is the custom, and one before a noun of season ("the Christmas shopping season") names the weeks around
  it, not its day (find/date_nonrefs.generic_occasion, holiday_season_named);
- a part of "the year" in advice to a kind of people ("producers can stockpile forage toward the end of the year")
  is any year's (find/date_generic.generic_year_part);
Sentences are news_gold's and ../shared/eval pages', read in place through the whole pipeline."""

from __future__ import annotations

from conftest import gold_dates, sentence_dates


def test_today_of_importance_is_nowadays():
    assert gold_dates("geowebnews.jsonl", "geowebnews:118", "is essential today") == []


def test_today_of_a_state_of_the_day_stays():
    # no adjective of importance: the day's state
    assert sentence_dates("“The plate is really full today,” he said.", "2019-11-18") == [("today", "2019-11-18")]


def test_month_opening_a_range_of_names_is_a_name():
    assert gold_dates("geowebnews.jsonl", "geowebnews:118", "from August in New Orleans") == []


def test_month_range_of_months_stays():
    assert sentence_dates("The show ran from August to October.", "2019-11-18") == [
        ("from August to October", "2019-08/2019-10")
    ]


def test_holiday_moved_and_holiday_season_are_no_days():
    assert gold_dates("tr_news.jsonl", "tr-news:1030004", "moves Thanksgiving Day") == [("1939", "1939")]


def test_holiday_spent_stays():
    assert sentence_dates("We spent Christmas with family.", "2019-11-18") == [("Christmas", "2018-12-25")]


def test_year_part_in_advice_to_a_kind_is_any_year():
    dates = gold_dates("tr_news.jsonl", "tr-news:1150001", "producers can stockpile forage")
    assert "the end of the year" not in [text for text, _ in dates]


def test_year_part_deadline_stays():
    assert sentence_dates("Residents can apply until the end of the year.", "2019-11-18") == [
        ("the end of the year", "2019")
    ]
