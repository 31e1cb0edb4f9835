"""Dates whose words say more than a shorter span would (round 12 audit pages): a day and year followed by a clock
time ("february 12, 2015 04:39 pm" is that day, not "february 12" of the page's year and a bare "2015"), a
lower-case dateline with a day and a year ("30 mar 1943 – 08 jun 1943" starts on March 30), a shifted month with its
day ("this June 1"), and a month with a shifted year ("in May this year", "the end of May last year"). The words
stay safe: a wish's "May this year bring" is no month, a lower-case "may" or "march" without a day and a year no
date. Each page is a saved page of ../shared/eval, read in place through the whole pipeline."""

from __future__ import annotations

from conftest import dates_reader

PAGES = {
    "comments": ("webpages", "92da28367d4f79d5"),
    "hurricanes": ("webpages", "f3bad3f8e7901dc3"),
    "plague": ("articles", "8b194530308204139d9c8f7d495a26b117c78756ac1802cfc3c0a8bfdf2c0d50"),
    "solar": ("articles", "b0cf2bbf0192315eec95ede9c59bbf4ae58699275739d590edc24b012e3e8800"),
    "maps": ("webpages", "be32d5e3e088d92a"),
}


dates_in = dates_reader(PAGES)


def test_a_day_and_year_before_a_clock_time_is_that_day():
    assert dates_in("comments", "timberland enfant | february 12, 2015") == [("february 12, 2015", "2015-02-12")]


def test_a_lower_case_dateline_with_day_and_year_starts_on_its_day():
    assert dates_in("comments", "30 mar 1943") == [("30 mar 1943 – 08 jun 1943", "1943-03-30/1943-06-08")]


def test_a_shifted_month_keeps_its_day():
    # "we will still have this June 1": the coming June 1 of an article of 2020-04-02, not the month
    assert dates_in("hurricanes", "still have this June 1")[0] == ("this June 1", "2020-06-01")


def test_a_month_with_a_shifted_year_is_one_month():
    assert dates_in("plague", "In May this year, travellers") == [("May this year", "2019-05")]
    assert dates_in("solar", "at the end of May last year") == [("the end of May last year", "2018-05")]
    assert dates_in("maps", "In January of this year") == [("January of this year", "2018-01")]


def test_a_wish_s_may_is_no_month():
    # "May this year bring new happiness, ...": a wish; "this year" is the page's 2020
    assert dates_in("comments", "May this year bring") == [("this year", "2020")]


def test_lower_case_month_and_weekday_words_stay_words_on_a_lower_case_page():
    # the same all-lower-case page: words beside no day and year are no dates
    assert dates_in("comments", "encouraging youth sun safety") == []
    assert dates_in("comments", "that may include a silencing arrangement") == []
