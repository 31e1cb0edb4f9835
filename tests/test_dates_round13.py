"""Relative dates anchored to the wrong earlier date (round 13, over the facts of main on the audit pages): "the year",
"the day" take the period last mentioned, but not a year counted from the page's date in an earlier paragraph, not
a date on the other side of the page's date than the clause's tense, in a present perfect clause not a unit
without the page's date, not a caption's date, and a part of a day
("Wednesday morning") is that day. Each case is a sentence of a saved page in ../shared/eval, run in place through
the whole pipeline (its publication date is the reference date); each failed before its rule."""

from __future__ import annotations

from conftest import dates_reader

PAGES = {
    "impeachment": ("articles", "04a6711caa7c687592777718866e781e976e0fe684faebe8b3cedcef8cd0ea34"),
    "italy": ("webpages", "d6f9a66898b1c713"),
    "mercurial": ("webpages", "750955e516e256de"),
    "markets": ("articles", "57d46c9d751e3fd3ffaf3ede7ac20cebd30eacb5ea78e1a6aa0a72059244e7ca"),
    "torso": ("webpages", "26f65fe35040cb74"),
    "chelsea": ("articles", "358cc4a080456476b0f883c56bdce796874c286ed6efab25f5718dd95fab42a8"),
    "cold": ("webpages", "4dc58a9b6419793a"),
    "amazon": ("webpages", "2707b6764006ddad"),
    "congress": ("webpages", "843d2d7d7a5b9a81"),
    "cork": ("webpages", "2fc951f9a1ecac76"),
}


dates_in = dates_reader(PAGES)


def test_a_year_counted_back_in_an_earlier_paragraph_is_an_aside():
    # "four years ago" (2015) five paragraphs before: the year is the page's (2019-11-19)
    assert dates_in("impeachment", "wrap up impeachment before the end of the year") == [
        ("the end of the year", "2019")
    ]
    # "French overnight stays in Italy hit 14 million last year" in the paragraph before (page of 2020-05-16)
    assert ("the end of the year", "2020") in dates_in("italy", "other establishments before the end of the year")


def test_a_stated_year_in_an_earlier_paragraph_still_holds():
    # "By mid 2019, the number of test failures ..." the paragraph before (page of 2020-01-13)
    assert ("the end of the year", "2019") in dates_in("mercurial", "scheduled for release by the end of the year")


def test_a_caption_s_day_does_not_anchor_the_story_s_day():
    # the file photo's "November 18, 2019" comes before; the story's day is Tuesday, 2019-11-19
    assert ("the day", "2019-11-19") in dates_in("markets", "was last at $60.73, down 2.74% on the day")
    assert ("earlier in the day", "2019-11-19") in dates_in("markets", "Hopes of a trade truce earlier in the day")


def test_a_part_of_a_day_is_the_day_later_in_the_day_goes_on_from():
    # "On Wednesday morning at about 6:15 a.m., a homeless man ... discovered the woman's remains" (not "yesterday")
    assert dates_in("torso", "Later in the day, detectives returned") == [("Later in the day", "2023-11-08")]


def test_a_day_on_the_other_side_of_the_tense_does_not_anchor():
    # "The 23-year-old flew to London yesterday evening and will spend the day ...": the day ahead (2018-08-08)
    assert ("the day", "2018-08-08") in dates_in("chelsea", "will spend the day completing the formalities")
    # "Wednesday is forecast to be even colder." before; people "were seen" ... "throughout the day": since round 24
    # a stretch of a day's hours is a generic time (span_day in dates.json, the audit guide's own example), no date
    got = dates_in("cold", "were seen wearing layers throughout the day")
    assert ("Tuesday", "2023-11-07") in got and [t for t, _ in got if t == "the day"] == []


def test_the_day_on_a_weekday_is_that_weekday():
    # the page is of 2019-08-21: "the middle of the day" is no period of its own, Monday is 2019-08-19
    assert dates_in("amazon", "In the middle of the day on Monday") == [("Monday", "2019-08-19")]


def test_a_present_perfect_clause_tells_the_period_of_the_page_s_date():
    # "Four months ago the House acted." the paragraph before; the page is of 2020-09-24 (ISO week 39)
    assert dates_in("congress", "Both sides have spent the week lobbing attacks") == [("the week", "2020-W39")]
    # "until the 27th of October" before; the live blog is of Tuesday 2020-10-06 (ISO week 41)
    assert ("the week", "2020-W41") in dates_in("cork", "It's been a terrible start to the week")


def test_the_week_up_to_a_day_is_no_period_of_its_own():
    # "last week" (2020-W40) is said before; the week up to September 27th is no calendar week: the day is the fact
    assert dates_in("cork", "admissions a day on the week up to September 27th") == [("September 27th", "2020-09-27")]
