"""Dates of round 66 (audit pages): a dotted month, day and two-digit year ("Opening Bell 11.18.19") is the day when
it lies in the page's own year and within a week of the page's date (date_vetoes.dotted_short_date; dates.json
dotted_date_window_days); elsewhere three dotted numbers are a version or a score, no date. Each page is a saved page
of ../shared/eval, read in place through the whole pipeline."""

from __future__ import annotations

from conftest import dates_reader, sentence_dates

from extractor.normalize.periods import tables

PAGES = {
    "bell": ("articles", "55bb6340e3d7dd8632ba45179ae43c39f8ad0cfcecb4719e3b9cf6106ffb70a3"),
    "wired": ("webpages", "cf1e56ed4995dd8c"),
    "parallels": ("webpages", "22c603f3fa1e8c9c"),
}


dates_in = dates_reader(PAGES)


def test_a_dotted_short_date_near_the_page_s_date_is_that_day():
    # dated 2019-11-18: the headline's day; dated 2023-11-01: an update note of the next day
    assert dates_in("bell", "Opening Bell 11.18.19") == [("11.18.19", "2019-11-18")]
    assert ("11.02.23", "2023-11-02") in dates_in("wired", "Updated 11.02.23")
    assert tables()["dotted_date_window_days"] == 7


def test_dotted_numbers_far_from_the_page_s_date_are_no_date():
    # dated 2020-02-03: a kernel version, not a day of 2029
    assert dates_in("parallels", "Linux Kernel version 2.6.29") == []
    assert sentence_dates("The new release is version 1.2.19.", "2019-11-18") == []
    assert sentence_dates("Opening Bell 11.18.19", "2020-11-18") == []  # another year's
