"""Dates of round 80 (issue 17): "Since 2010" on a page with no date runs from 2010 up to a now the text does not
date (periods.since: no last day), so it names no one year, and "the year" said after it is not 2010
(resolvers._crosses): with no reference date it is null, as the page's own year would be. A year said on its own
("In 2014 ... Later in the year") still gives "the year" its year, and with a reference date "since 2010" ends on
it and the year is the page's, as before. The sentence is a real one of ../shared/eval (news_gold tr-news:1090002)."""

from __future__ import annotations

import datetime as dt

from conftest import gold_dates

import extractor

TALLY = "we talk about upwards of 500 offences for the year"


def _dates(text: str, ref: dt.date | None) -> list[tuple]:
    facts = extractor.extract_text(text, reference_date=ref).facts or []
    return [(f.text, f.value) for f in facts if f.kind == "date"]


def test_the_year_of_a_tally_after_since_on_a_page_with_no_date():
    assert gold_dates("tr_news.jsonl", "tr-news:1090002", TALLY) == [("the year", None)]
    assert gold_dates("tr_news.jsonl", "tr-news:1090002", "Since 2010 the Cairns police") == [("Since 2010", "2010")]


def test_since_then_the_year_without_and_with_a_reference_date():
    text = "Since 2010 the force has been running an operation. Police expect 500 offences for the year."
    assert _dates(text, None) == [("Since 2010", "2010"), ("the year", None)]
    assert _dates(text, dt.date(2018, 4, 10)) == [("Since 2010", "2010"), ("the year", "2018")]


def test_a_year_said_on_its_own_still_gives_the_year():
    assert _dates("In 2014 the firm grew. Later in the year it sold a unit.", None) == [
        ("2014", "2014"),
        ("Later in the year", "2014"),
    ]
    assert _dates("Since 2010 the firm has grown. In May 2017 it hired. By the end of the year it had 40 staff.", None)[
        -1
    ] == ("the end of the year", "2017")
