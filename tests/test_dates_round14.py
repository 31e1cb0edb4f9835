"""Day words used as figures and years counted from a stated year (round 14 audit pages): a slogan's "Hong Kong today,
Taiwan tomorrow" and a hypothetical's "who would lose their jobs tomorrow" are no days; "ten times the number
recorded 10 years ago" after "reported in 2022" is 2012, not ten years before the page; the months a quoted speaker
names ahead ("It's going to be a busy season, ... especially August, September and October," he said) are the
coming ones though the parse hangs them on "said". The days a reported "would" and a plain forecast name stay.
Each page is a saved page of ../shared/eval, read in place through the whole pipeline."""

from __future__ import annotations

from conftest import dates_reader

PAGES = {
    "slogan": ("webpages", "2036f4b8f2ed0377"),
    "levels": ("webpages", "2fc951f9a1ecac76"),
    "syphilis": ("webpages", "30f249ac9efe0394"),
    "hurricanes": ("webpages", "f3bad3f8e7901dc3"),
}


dates_in = dates_reader(PAGES)


def test_a_quoted_slogan_s_today_and_tomorrow_are_no_days():
    assert dates_in("slogan", "became her call to arms") == []


def test_a_hypothetical_would_s_tomorrow_is_no_day():
    assert dates_in("levels", "who would lose their jobs tomorrow") == []


def test_a_reported_would_keeps_its_tomorrow():
    # "confirmed this evening that the rest of the nation would move ... from midnight tomorrow": a reported "will"
    found = dates_in("levels", "would move to the higher level")
    assert ("tomorrow", "2020-10-07") in found


def test_years_ago_set_against_a_stated_year_count_from_it():
    # a page of 2023-11-09: "reported in 2022, nearly ten times the number recorded 10 years ago"
    found = dates_in("syphilis", "ten times the number")
    assert found == [("This week", "2023-W45"), ("2022", "2022"), ("10 years ago", "2012")]


def test_a_quoted_speaker_s_months_ahead_are_the_coming_ones():
    # a page of 2020-04-02; the parse hangs the months on "he said", outside the quotation
    assert dates_in("hurricanes", "especially August, September and October") == [
        ("August", "2020-08"),
        ("September", "2020-09"),
        ("October", "2020-10"),
    ]
