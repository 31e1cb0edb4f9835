"""Dates of round 58 (issue 17), holidays: the days of Easter ("Easter Sunday", "Easter Monday", "Good Friday",
"this Easter": easter_holidays in dates.json, from Easter Sunday, dateutil.easter as
normalize/resolvers.holiday_day reads it) are dates; a holiday before a noun for a place set up for the season ("the
Christmas market": kind_heads in dates.json, find/date_vetoes.names_kind) is no date, while "Christmas Day" stays."""

from __future__ import annotations

import datetime as dt

from conftest import gold_dates

from extractor.normalize.resolvers import holiday_day


def test_ahead_of_easter_sunday_is_a_date():
    # geowebnews:111: "MANILA, Philippines – Ahead of Easter Sunday, Manila Archbishop Luis Antonio Cardinal Tagle"
    found = gold_dates("geowebnews.jsonl", "geowebnews:111", "Ahead of Easter Sunday")
    assert [text for text, _ in found] == ["Easter Sunday"]


def test_easter_monday_and_good_friday_are_dates():
    # geowebnews (a football report): "hit the buffers on Good Friday ... aside 4-1 on Easter Monday"
    texts = {t for doc in ("geowebnews:309",) for t, _ in gold_dates("geowebnews.jsonl", doc)}
    assert {"Good Friday", "Easter Monday"} <= texts


def test_easter_days_follow_the_computus():
    assert holiday_day("easter sunday", 2018) == dt.date(2018, 4, 1)
    assert holiday_day("easter", 2019) == dt.date(2019, 4, 21)
    assert holiday_day("good friday", 2018) == dt.date(2018, 3, 30)
    assert holiday_day("easter monday", 2018) == dt.date(2018, 4, 2)


def test_the_christmas_market_is_no_date():
    # tr-news:1020011: "the boy left a backpack containing a home-made nail bomb at the Christmas market in Ludwigshafen"
    found = gold_dates("tr_news.jsonl", "tr-news:1020011", "at the Christmas market")
    assert [text for text, _ in found if "Christmas" in text] == []


def test_christmas_day_stays_a_date():
    # tr-news:1020008: "BA cabin crew ... said they would strike on Christmas Day and Boxing Day"
    found = gold_dates("tr_news.jsonl", "tr-news:1020008", "strike on Christmas Day")
    assert ("Christmas Day", "2016-12-25") in found
