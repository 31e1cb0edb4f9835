"""Date classes of a fresh judged audit (round 4) over the facts of main on the 569 audit pages: each case is a
sentence of a saved page in ../shared/eval, read in place and run through the whole pipeline (its publication date is
the reference date), and the date a careful reader expects there, or none. Each failed before its rule."""

from __future__ import annotations

from conftest import dates_reader

PAGES = {
    "galaxies": ("articles", "3c5bf8db4272925bf1dd5713fc325e179fd0d1cc6fb8c77aa2d917cfd2518a32"),
    "business": ("articles", "c582d3b772578e8feaa3cfd8f5ae8100bb6f0bc66048204a9a398395841c1164"),
    "wordcamp": ("webpages", "c48a1f5739c70817"),
    "thanksgiving": ("webpages", "d681f579c41da7a4"),
    "blackouts": ("webpages", "284b12a9cf30471f"),
    "scraper": ("webpages", "2d4bd0177fe0bf4d"),
    "gamewiki": ("webpages", "936ff4fe484cc870"),
    "cook": ("articles", "291a8bf33ee49074f33dcff37544ac40506cae450db83b6cb63f02b9920b51c2"),
}


dates_in = dates_reader(PAGES)


def test_today_in_a_relative_clause_of_being_or_seeing_is_nowadays():
    assert dates_in("galaxies", "galaxies we observe today arose") == []
    assert dates_in("business", "build the business I have today") == []


def test_today_closing_a_call_to_action_is_no_day():
    assert dates_in("wordcamp", "Get in touch with Jill today") == []


def test_a_holiday_planned_or_cancelled_ahead_is_the_coming_one():
    assert dates_in("thanksgiving", "cancel indoor Thanksgiving plans") == [("Thanksgiving", "2020-11-26")]


def test_a_weekday_foreseen_by_forecast_is_ahead():
    # a Sunday article: the demand forecast for Monday is the next day
    assert ("Monday", "2020-08-17") in dates_in("blackouts", "California ISO forecast electricity demand Monday")


def test_digits_glued_in_a_user_agent_are_no_date():
    assert dates_in("scraper", "Gecko/20100101") == []


def test_for_the_day_in_a_routine_is_any_day():
    assert dates_in("gamewiki", "Wakes up for the day") == []
    assert dates_in("cook", "exchange notes for the day") == []
