"""Date classes of round 28 (r28-dates) over the facts of main at a00b7a3 on the audit pages: a weekday and a part of
its day before the day's own date ("in the early hours of Sunday morning, November 3, 2013"), a holiday or weekday in
a likeness ("It's like Christmas morning for the kids") and a past clause's "throughout the week" (the story's week,
not the page's), which must leave a later "that day" unresolved. Each case is a sentence of a saved page in
../shared/eval read in place through the pipeline, and the date a careful reader expects there, or none; each failed
before its rule. The sentences that must keep their dates are close forms of them."""

from __future__ import annotations

import datetime as dt

from conftest import dates_on

import extractor

BRYANT_PAGE = ("webpages", "a0d6e656e9ea6738")  # a missing man's appeal, 2023-11-03
ARENA_PAGE = ("webpages", "36c2ae3b7ac465ea")  # a renovated basketball arena, 2023-11-09
LAUNCH_PAGE = ("articles", "098bb3e96c0acdf36efdcde45fb9cca3f8c82c7cb2071b76097a1b96155f1eb2")  # 2019-11-19
REF = dt.date(2023, 11, 7)


def _dates(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.value) for f in extractor.extract_text(text, reference_date=REF).facts if f.kind == "date"]


def test_a_weekday_and_a_part_of_its_day_belong_to_the_date_after_them():
    # before: "Sunday" alone was the Sunday before the page (2023-10-29), beside the date it names
    assert dates_on(*BRYANT_PAGE, "early hours of Sunday morning") == [
        ("Sunday morning, November 3, 2013", "2013-11-03")
    ]
    assert _dates("He vanished late Sunday night, Nov. 3, 2013, after leaving a nightclub.") == [
        ("Sunday night, Nov. 3, 2013", "2013-11-03")
    ]


def test_a_part_of_a_weekday_keeps_its_weekday_before_a_month_alone():
    # a month without a day is not the weekday's date: both stay as they were
    assert _dates("On Sunday night, November sales were announced.") == [
        ("Sunday", "2023-11-05"),
        ("November", "2023-11"),
    ]


def test_a_holiday_or_weekday_in_a_likeness_is_no_date():
    assert dates_on(*ARENA_PAGE, "like Christmas morning") == []
    assert _dates("It feels like Christmas came early.") == []
    assert _dates("It felt like Sunday on Tuesday.") == [("Tuesday", "2023-11-07")]


def test_examples_of_real_holidays_after_like_keep_their_dates():
    # "like" on a noun gives examples: the real season's concerts (round 58: "Christmas markets" are places of the
    # season, no date, find/date_vetoes.names_kind)
    assert _dates("The town will host events like Christmas concerts and parades.") == [("Christmas", "2023-12-25")]
    assert ("last Christmas", "2022-12-25") in _dates("Unlike last Christmas, the shops were open.")


def test_a_past_throughout_the_week_is_no_date_and_leaves_that_day_unresolved():
    # before: "the week" was the page's week (2019-W47, the story's is the launch week before it), and with it
    # only vetoed, "that day" counted from the "Tuesday" the speaker spoke (2019-11-19)
    assert dates_on(*LAUNCH_PAGE, "subscribers throughout the week") == []
    assert dates_on(*LAUNCH_PAGE, "demand that we saw that day") == [("that day", None)]


def test_throughout_the_week_that_looks_ahead_is_the_page_s_week():
    assert _dates("Rain is expected throughout the week.") == [("the week", "2023-W45")]
