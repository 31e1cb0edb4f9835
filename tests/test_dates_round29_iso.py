"""Date classes of round 29 (r29-dates-iso): an ISO 8601 date-time ("2019-08-11T10:00", "2019-08-11t00:00:00z" as
scraped pages lower-case it, "2019-08-11T10:00:00+02:00") is the day as written, the time and zone dropped; before,
the letter glued to the day kept the day atom from matching and only the year was read. The whole stamp is the span,
so that no count or amount is made of its clock or zone. And "this week" in a past clause on a page dated Monday,
which has only that day of its week behind it, is the week just ended (as "earlier this week" there was). The first
case of each is a sentence of a saved page in ../shared/eval read in place through the pipeline; each failed before
its rule."""

from __future__ import annotations

import datetime as dt

from conftest import dates_on, eval_facts

import extractor

SPAM_PAGE = ("webpages", "92da28367d4f79d5")  # a scraped page of reviews with lower-case ISO stamps
REF = dt.date(2020, 6, 2)


def _facts(text: str) -> list[tuple[str, str, str | None]]:
    return [
        (f.kind, f.text, str(f.value) if f.value is not None else None)
        for f in extractor.extract_text(text, reference_date=REF).facts
    ]


def test_a_lower_case_iso_stamp_on_a_page_is_its_day():
    # before: ("2019", "2019"), the year alone
    assert dates_on(*SPAM_PAGE, "i booked the apartment") == [("2019-08-11t00:00:00z", "2019-08-11")]
    stamp = [f for f in eval_facts(*SPAM_PAGE) if "2019-08-11t" in f["sentence"]]
    assert all(f["kind"] == "date" or "00" not in f["text"] for f in stamp)


def test_an_iso_date_time_is_the_day_with_its_time_and_zone_dropped():
    assert _facts("It was updated 2019-08-11T10:00 by them.") == [("date", "2019-08-11T10:00", "2019-08-11")]
    assert _facts("Posted 2019-08-11T10:00:00+02:00 by staff.") == [("date", "2019-08-11T10:00:00+02:00", "2019-08-11")]
    assert _facts("Posted 2019-08-11T00:00:00.000Z by staff.") == [("date", "2019-08-11T00:00:00.000Z", "2019-08-11")]


def test_an_iso_date_alone_or_with_a_spaced_time_keeps_its_day():
    assert _facts("It was updated on 2019-08-11 by them.") == [("date", "2019-08-11", "2019-08-11")]
    assert _facts("Posted 2019-08-11 10:00:00 by staff.") == [("date", "2019-08-11", "2019-08-11")]


MEMO_PAGE = ("webpages", "6f4cb16b95a6fce5")  # chief executives on the protests, Monday 2020-06-01
MONDAY = dt.date(2019, 11, 18)


def _week(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.value) for f in extractor.extract_text(text, reference_date=MONDAY).facts if f.kind == "date"]


def test_this_week_in_a_past_clause_on_a_monday_is_the_week_just_ended():
    # before: the page's own week (2020-W23), of which only the Monday of the page had passed
    assert dates_on(*MEMO_PAGE, "What our country experienced this week") == [("this week", "2020-W22")]
    assert _week("Chad Thomas logged another sack this week.") == [("this week", "2019-W46")]


def test_this_week_ahead_or_in_the_present_on_a_monday_stays_the_pages_week():
    assert _week("Layoffs will begin this week in the U.S.") == [("this week", "2019-W47")]
    assert _week("Layoffs begin this week in the U.S.") == [("this week", "2019-W47")]
