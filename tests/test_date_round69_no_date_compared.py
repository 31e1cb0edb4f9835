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
- a year-less month set across a comparison against the stated date its sentence named last ("As of end January
  2015 ... down from 15.9 percent at end-June") is the latest one before that date (find/date_frames.compared_before).
Sentences are news_gold's and ../shared/eval pages', read in place through the whole pipeline."""

from __future__ import annotations

from conftest import dates_reader, gold_dates, sentence_dates

PAGES = {"ukraine": ("webpages", "676abd71b0f4b09c")}

dates_in = dates_reader(PAGES)


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


def test_month_compared_with_a_stated_month_is_before_it():
    # the page's sentence split parts "As of end January 2015 . . ." from the rest: the anchor is the date said
    # last, not the sentence's
    assert dates_in("ukraine", "down from 15.9 percent at end-June") == [("June", "2014-06")]


def test_month_compared_in_a_plain_sentence():
    assert sentence_dates(
        "In March 2015, sales stood at $4 million, up from $3 million in December.", "2019-10-19"
    ) == [
        ("March 2015", "2015-03"),
        ("December", "2014-12"),
    ]
