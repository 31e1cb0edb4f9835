"""Date classes of round 20 over the facts of main on the audit pages (the judged sample judged20-date): each case is
a sentence of a saved page in ../shared/eval, read in place and run through the whole pipeline (its publication date
is the reference date), and the date a careful reader expects there, or none. Each failed before its rule."""

from __future__ import annotations

import json
import re

from conftest import dates_on, shared_path

import extractor
from extractor.find.date_fiscal import _rx
from extractor.normalize.periods import tables

EURO_PAGE = ("articles", "9a440270bf8625d586039dfae1b8df409b467524e075124cd7a5424a5806901b")  # Euro 2020 qualifiers


def test_the_year_of_a_brand_event_name_is_no_date():
    # "Euro 2020" was played in 2021 under its name: the year names the tournament, not a time of the story
    assert dates_on(*EURO_PAGE, "UEFA Euro 2020 qualifying") == []
    assert dates_on(*EURO_PAGE, "Euro 2020 qualifying is over") == []
    # the month before it stays: "next March's Euro 2020 playoffs" (a page of November 2019)
    assert dates_on(*EURO_PAGE, "next March's Euro 2020 playoffs") == [("next March", "2020-03")]
    assert not {"Euro", "Expo"} & set(tables()["name_year_date_heads"])


SPH_PAGE = ("webpages", "377444278076ec62")  # results "for the full year ended Aug 31", a page of 2020-10-14
GDP_PAGE = ("webpages", "6a259c172b43829f")  # India's GDP "in fiscal year 2020-21", a page of 2020-04-08


def test_the_year_of_a_stated_year_of_accounts_is_that_year():
    # the full year ended Aug 31 runs from September 2019 to August 2020, not the calendar 2020
    assert dates_on(*SPH_PAGE, "Operating revenue for the year declined") == [("the year", "2019-09/2020-08")]
    assert dates_on(*SPH_PAGE, "for the full year ended Aug 31") == [
        ("Tuesday", "2020-10-13"),
        ("Aug 31", "2020-08-31"),
    ]


def test_a_quarter_of_the_fiscal_with_no_stated_end_has_no_calendar_value():
    # "the first quarter of the fiscal" (India's April-June) is not the calendar's 2020-Q1, nor is "the year as a whole"
    assert dates_on(*GDP_PAGE, "a contraction in the first quarter of the fiscal") == [
        ("the first quarter", None),
        ("the year", None),
    ]


def test_fiscal_words_around_a_period():
    assert _rx("fiscal_after").match("the third quarter of FY21 rose", 17).group("fy") == "21"
    assert _rx("fiscal_after").match("the first half of fiscal 2021.", 14).group("fy") == "2021"
    assert _rx("fiscal_after").match("the first quarter of the fiscal year 2020-21", 17).group("fy") is None
    assert not _rx("fiscal_after").match("the third quarter of the financial crisis", 17)
    assert _rx("fiscal_end_before").search("for the financial year ended ")
    assert not _rx("fiscal_end_before").search("for the school year ending ")


def test_a_quarter_of_a_year_of_accounts_ending_on_a_stated_day():
    # geowebnews gives no reference date: the text alone says which quarter (April-June 2018), not calendar Q1
    text = next(
        d["text"] for d in _corpus("geowebnews.jsonl") if "first quarter of the fiscal year ending" in d["text"]
    )
    facts = extractor.extract_text(text, "geowebnews").facts
    found = [(f.text, f.value, f.earliest, f.latest) for f in facts if f.kind == "date" and "Monex plans" in f.sentence]
    assert found == [
        ("the first quarter", "2018-04/2018-06", "2018-04-01", "2018-06-30"),
        ("March 31, 2019", "2019-03-31", "2019-03-31", "2019-03-31"),
    ]


def _corpus(name: str) -> list[dict]:
    with shared_path("eval", "news_gold", name).open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def test_today_closing_where_things_stand_is_nowadays():
    # "where we are today" after "to get to": the state things are in now, no day (judged4-date: n)
    assert dates_on("webpages", "750955e516e256de", "to get to where we are today") == []
    assert _state_before().search("part of who I am ")
    assert not _state_before().search("in Detroit, where we are ")


def _state_before() -> re.Pattern:
    return re.compile(tables()["nowadays_state_before"], re.I)


def test_a_calendar_quarter_is_never_refitted():
    assert _rx("calendar_before").search("revenue in the calendar ")
    assert not _rx("calendar_before").search("revenue in the fiscal ")


def test_a_range_whose_end_is_a_range_is_one_iso_interval():
    # judged21-date: "2008 to 2013-2015" was valued "2008/2013/2015", which no ISO 8601 reader parses
    found = dates_on("webpages", "750955e516e256de", "2008 to 2013-2015 should be known as the lost years")
    assert found == [("2008 to 2013-2015", "2008/2015")]
