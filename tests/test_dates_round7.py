"""Dates a reader resolves differently (judged audit seed 20261215): a day on a thing nested in a noun phrase is not
bound by the past verb; a weekend a forecast verb governs is ahead; a fiscal year written as two calendar years is no
calendar date. Each page is a saved page of ../shared/eval, read in place through the whole pipeline."""

from __future__ import annotations

import re

from conftest import dates_reader

from extractor.normalize.periods import tables

PAGES = {
    "sag": ("webpages", "1103dff69988fa63"),
    "deportees": ("articles", "5f9c5ed5d64dfe682d9bde13b9b4f032a3ebdbf165c06ec49c0705bcbe106e3b"),
    "cold_snap": ("webpages", "4dc58a9b6419793a"),
    "gdp": ("webpages", "6a259c172b43829f"),
    "auction": ("webpages", "b195722acdf9a136"),
}


dates_in = dates_reader(PAGES)


def test_a_day_on_a_thing_nested_in_a_noun_phrase_is_not_bound_by_the_past_verb():
    # dated 2020-01-20: the Oscars are three weeks ahead, though the nominations the clause tells of are past
    assert dates_in("sag", "contenders for best picture at the Oscars on Feb. 9") == [("Feb. 9", "2020-02-09")]


def test_a_day_on_the_verb_s_own_object_keeps_the_past():
    # dated 2019-11-20: the flight boarded is the one of last May, not next May (nearer by twelve days)
    assert dates_in("deportees", "I boarded a flight on May 15") == [("May 15", "2019-05-15")]


def test_a_weekend_in_a_clause_a_forecast_verb_governs_is_the_coming_one():
    # dated Tuesday 2023-11-07: the weather foreseen to return over the weekend is that of Nov. 11-12
    found = dates_in("cold_snap", "forecasts the winter-like weather to return over the weekend")
    assert ("the weekend", "2023-W45-WE") in found
    # dated Tuesday 2020-09-08: "Friday's back-up" in a clause "expect" governs is a thing of last Friday
    assert ("Friday", "2020-09-04") in dates_in("auction", "given the current market tone, Friday")


def test_a_fiscal_year_written_as_two_calendar_years_is_no_calendar_date():
    # "fiscal year 2020-21" is one year of accounts (April 2020 - March 2021 in India): neither 2020 nor 2020-2021
    found = dates_in("gdp", "1.6 per cent in fiscal year 2020-21")
    assert [text for text, _ in found if "2020" in text] == []
    assert ("Wednesday", "2020-04-08") in found  # the rest of the sentence still read


def test_the_split_fiscal_year_table_is_a_pattern_of_a_year_of_accounts_only():
    rx = re.compile(tables()["split_fiscal_year"], re.I)
    for written in ("fiscal year 2020-21", "FY2020/21", "the 2019-20 financial year", "financial year 2021-2022"):
        assert rx.search(written), written
    for calendar in ("fiscal 2020", "from 2019-20 onwards", "the 2020-21 season", "2019-2020 school year"):
        assert not rx.search(calendar), calendar
    assert {"forecast", "forecasts"} <= set(tables()["forecast_verbs"])
