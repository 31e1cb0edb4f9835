"""Dates whose year the story sets, not the page's date (issue 17, round 16): each case is a sentence of a saved page
in ../shared/eval, read in place and run through the whole pipeline (its publication date is the reference date),
and the date a careful reader expects there, or none. Each failed before its rule."""

from __future__ import annotations

from conftest import dates_on

BOILER = ("webpages", "013c29ec6b30cc66")


def test_a_bare_day_told_after_a_full_date_takes_the_storys_year():
    # a page of 2012-04-17 tells a boiler job "on December 16, 2010", then "She returned to the property on December
    # 27": the story's year, 2010, not the December 27 before the page (2011); Christmas between them is 2010's too
    # (and since round 24 "at 8pm the next day" after it is the day after it)
    assert dates_on(*BOILER, "She returned to the property on") == [
        ("December 27", "2010-12-27"),
        ("the next day", "2010-12-28"),
    ]
    # ... and "a week later" before it in the same sentence, the week after December 16, 2010 (story_offset)
    assert dates_on(*BOILER, "to spend Christmas") == [("a week later", "2010-W51"), ("Christmas", "2010-12-25")]


def test_a_fronted_day_the_parse_hangs_on_no_verb_goes_on_in_the_story():
    # "On December 29, her boyfriend ... travelled": the parse reads a noun phrase, the first finite verb is past
    assert dates_on(*BOILER, "her boyfriend Alastair Uhlig travelled") == [("December 29", "2010-12-29")]


DUVET = ("articles", "7bb1ca90354313840329d2f569ea9fb3a582df2aa0a5e3669f8fc567eb6ea61b")


def test_a_bare_month_after_a_month_of_a_stated_year_is_that_years():
    # a page of 2019-11-18: "... by the time he visited his local doctor in November 2016. But by December, they
    # worsened": the December after that November, 2016-12, not 2018-12
    assert dates_on(*DUVET, "But by December, they worsened") == [("December", "2016-12")]


WEWORK = ("articles", "06e5123e4ef7cfb4533250dc45d1e03d0838fc66223f45c583c4d12f48b4da85")


def test_a_year_that_numbers_a_bond_is_no_date():
    # "WeWork's 2025 bond has weakened sharply in the past week, hitting 16.057% on Monday": 2025 names the bond by the
    # year it falls due; the week and the Monday stay
    found = dates_on(*WEWORK, "2025 bond has weakened")
    assert "2025" not in [text for text, _ in found] and "Monday" in [text for text, _ in found]


JOKES = ("webpages", "e4f69fefbda2d807")


def test_a_season_in_a_riddle_is_no_date():
    # a page of jokes for kids: "What falls in winter but never gets hurt?", "What does a book do in the winter?": a
    # wh-question in the simple present asks of any winter, no winter of the calendar
    assert dates_on(*JOKES, "What falls in winter but never gets hurt?") == []
    assert dates_on(*JOKES, "What does a book do in the winter?") == []
