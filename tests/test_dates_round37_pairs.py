"""Day pairs written with a slash next to a month name (round 37): "7/8 April" and "April 7/8" are a range of days
(a race weekend), as "14-16 June 2018" is; a pair before its month only after a mark or a date's word, the second day
the first + 1..6 and a day of that month (find/date_matches._day_pair_ok); a numeric "7/8/2018" is no pair. A
year-less day range under a schedule's heading takes the heading's year as a year-less day does
(date_undated.schedule_year). News_gold documents are read in place, run as articles with no reference date."""

from __future__ import annotations

import datetime as dt

from conftest import gold_dates

from extractor.find.dates import find_dates
from extractor.nlp import load


def _read(text: str, ref: dt.date | None = None) -> list[tuple[str, str | None]]:
    doc = load()(text)
    return [(doc.text[f["start"] : f["end"]], f["value"]) for f in find_dates([doc], ref)]


def test_a_day_pair_before_its_month_under_a_schedule_heading_is_a_weekend_of_that_year():
    # geowebnews.jsonl, geowebnews:296: "2018 calendar. 7/8 April: Brands Hatch Indy, Kent. 28/29 April: Donington
    # Park, Leicestershire. ... 28/29 July: Snetterton, Norfolk. ... 29/30 September: Brands Hatch GP, Kent."
    found = [(text, value) for text, value in gold_dates("geowebnews.jsonl", "geowebnews:296") if "/" in text]
    assert found == [
        ("7/8 April", "2018-04-07/2018-04-08"),
        ("28/29 April", "2018-04-28/2018-04-29"),
        ("19/20 May", "2018-05-19/2018-05-20"),
        ("9/10 June", "2018-06-09/2018-06-10"),
        ("23/24 June", "2018-06-23/2018-06-24"),
        ("28/29 July", "2018-07-28/2018-07-29"),
        ("11/12 August", "2018-08-11/2018-08-12"),
        ("25/26 August", "2018-08-25/2018-08-26"),
        ("15/16 September", "2018-09-15/2018-09-16"),
        ("29/30 September", "2018-09-29/2018-09-30"),
    ]


def test_a_day_pair_after_its_month_is_a_range():
    # geowebnews.jsonl, geowebnews:214: "... which will start on April 7/8 at Brands Hatch" and "when the BTCC
    # returns to Hampshire on the weekend of May 19/20." (no year in the text: the range stays null, but whole)
    texts = [text for text, _ in gold_dates("geowebnews.jsonl", "geowebnews:214", "April 7/8")]
    assert texts == ["April 7/8"]
    texts = [text for text, _ in gold_dates("geowebnews.jsonl", "geowebnews:214", "May 19/20")]
    assert texts == ["last season", "May 19/20"]  # "Collard won one race last season, ...": a date since round 57


def test_a_day_pair_with_a_reference_date_takes_its_year():
    # geowebnews:214, read with a page date: "... which will start on April 7/8 at Brands Hatch"
    found = _read(
        "When asked about his aims for the new season, which will start on April 7/8 at Brands Hatch.",
        dt.date(2018, 3, 1),
    )
    assert found == [("April 7/8", "2018-04-07/2018-04-08")]


def test_a_fraction_before_a_month_is_no_pair():
    # the calendar line of geowebnews:296 with the pair after a verb: "won 3/4" is a fraction or a score (no pair
    # although 4 = 3 + 1: the guard is what stands before it); "4 May" is read as before the pairs
    assert [t for t, _ in _read("He won 3/4 May at Brands Hatch in 2018.")] == ["4 May", "2018"]


def test_a_slash_pair_must_be_close_days_of_the_month():
    # geowebnews:296's line with days no weekend can hold: "28/2 July" (backwards), "2/9 July" (a week apart),
    # "30/31 April" (no 31 April)
    assert ("28/2 July", None) not in _read("2018 calendar. 28/2 July: Snetterton, Norfolk.")
    assert [t for t, _ in _read("2018 calendar. 2/9 July: Snetterton, Norfolk.")] == ["2018", "9 July"]
    assert [t for t, _ in _read("2018 calendar. 30/31 April: Snetterton, Norfolk.")] == ["2018", "31 April"]


def test_a_numeric_day_month_year_is_no_pair():
    # geowebnews:296's line written with a numeric date: "7/8/2018" stays one day (no month name)
    assert _read("2018 calendar. 7/8/2018: Brands Hatch Indy, Kent.") == [("2018", "2018"), ("7/8/2018", "2018-07-08")]
