"""Date classes of round 21 over the facts of main on the audit pages (the judged samples judged20-date and
recalled20): each case is a sentence of a saved page in ../shared/eval, read in place and run through the whole
pipeline (its publication date is the reference date), and the date a careful reader expects there, or none. Each
failed before its rule."""

from __future__ import annotations

from conftest import dates_on, text_facts

ATHLETICS_PAGE = ("webpages", "1bcf80fdbecdccdf")  # 2022 championships rescheduled, a page of 2020-04-08


def test_a_later_year_naming_the_subject_gives_a_yearless_date_its_year():
    # the 2022 Games are held in 2022: not this summer's days, read from the page's date
    assert dates_on(*ATHLETICS_PAGE, "The 2022 Commonwealth Games are scheduled") == [
        ("2022", "2022"),
        ("July 27-August 7", "2022-07-27/2022-08-07"),
    ]
    # a headline's participle: "championships set for July 15-24"
    # (its "2022" is the year, as "The 2022 Commonwealth Games" is: round 91's date_rejects._near_year)
    assert dates_on(*ATHLETICS_PAGE, "championships set for July 15-24") == [
        ("2022", "2022"),
        ("July 15-24", "2022-07-15/2022-07-24"),
    ]
    # the next sentence's plan goes on next to that stated day of 2022 (story_ahead): not this August
    assert dates_on(*ATHLETICS_PAGE, "due to take place in Munich") == [("August 11-21", "2022-08-11/2022-08-21")]
    # a year that names no subject leaves the page's reading: "Olympics organisers said the Tokyo Games will now take
    # place on July 23-August 8 next year" keeps its own shift word
    assert ("July 23-August 8 next year", "2021-07-23/2021-08-08") in dates_on(*ATHLETICS_PAGE, "Tokyo Games will now")


KLEIN_PAGE = ("webpages", "c7ad74e759d1e6c1")  # a book review, a page of 2020-05-16
MERCURIAL_PAGE = ("webpages", "750955e516e256de")  # Mercurial's port to Python 3
NATIVE_ADS_PAGE = ("articles", "dfd43bc0d46e7aaa78ba10fbcb5b9fdfe78771d36cb4c7497e17fb6f69170ec5")


def test_a_past_window_before_of_and_a_noun_is_the_window_up_to_the_page():
    assert dates_on(*KLEIN_PAGE, "the past four decades of upwardly") == [
        ("the past four decades", "1980-05-16/2020-05-16")
    ]
    # "last" before "of" and a year counts within that year: no window up to the page's date
    assert dates_on(*NATIVE_ADS_PAGE, "in the last 6 months of 2017") == [("2017", "2017")]


def test_a_vague_count_earlier_or_later_is_a_date_of_null_value():
    facts = text_facts("I opened a ticket and a few days later I created a pull request with the fix.", "date")
    assert [(f.text, f.value, f.granularity, f.relative) for f in facts] == [("a few days later", None, "day", False)]
    # before a date with a year of its own the count is no date: that date says when (test_date_round70_offsets)
    assert dates_on(*MERCURIAL_PAGE, "to be released several months later") == [("September 2015", "2015-09")]
