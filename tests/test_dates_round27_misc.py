"""Date classes of round 27 (r27-dates-misc) over the facts of main at 7dc81a0 on the audit pages: a season that
is only a likeness of weather ("felt as though winter had suddenly descended upon the nation") and a capitalised
"Today" that ends a paper's name in a byline ("Written by Miami Today on November 7, 2023"). Each case is a sentence
of a saved page in ../shared/eval read in place through the pipeline, and the date a careful reader expects there,
or none; each failed before its rule. The sentences that must keep their dates are from the audit pages or close
forms of them."""

from __future__ import annotations

import datetime as dt

from conftest import dates_on

import extractor

KBS_PAGE = ("webpages", "4dc58a9b6419793a")  # a cold wave report, 2023-11-07
MIAMI_PAGE = ("webpages", "54d592bd1a8c784b")  # a paper whose name ends in "Today", 2023-11-07
REF = dt.date(2023, 11, 7)


def _dates(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.value) for f in extractor.extract_text(text, reference_date=REF).facts if f.kind == "date"]


def test_a_season_of_a_likeness_is_no_date():
    assert dates_on(*KBS_PAGE, "felt as though winter had suddenly descended") == [("Tuesday", "2023-11-07")]
    assert _dates("It felt like summer on Tuesday in Seoul.") == [("Tuesday", "2023-11-07")]


def test_a_season_that_dates_a_likely_event_stays():
    # the season dates what "as if" foresees; an audit page's sentence has its season outside the clause of "as if"
    assert _dates("It looked as if the project would finish in the spring.") == [("spring", "2024-SP")]
    sentence = (
        "As if COVID-19 was not a big enough story for any year, we also had an election and the unraveling of the "
        "Trump presidency along with a summer and fall of social protest."
    )
    assert ("summer", "2023-SU") in _dates(sentence)


def test_today_ending_a_paper_s_name_in_a_byline_is_no_date():
    assert dates_on(*MIAMI_PAGE, "Written by Miami Today") == [("November 7, 2023", "2023-11-07")]


def test_today_in_a_title_case_headline_stays_a_date():
    # a headline's "by ... Today" opens no line with "by"; a real byline's lowercase "today" is a day
    assert _dates("Bill Passed by Senate Today") == [("Today", "2023-11-07")]
    assert _dates("Deals Go Live Today") == [("Today", "2023-11-07")]


FLU_PAGE = ("articles", "abd9d6291b6bfae0c3ffad8ab7623b482c6da46face0271dc42af6324d8f0ce5")  # 2019-11-19


def test_a_deadline_of_the_current_cycle_is_the_nearest_one():
    # a page of 19 November 2019: the current flu season's October is October 2019, not 2020
    assert dates_on(*FLU_PAGE, "by the end of October for the current flu season") == [
        ("the end of October", "2019-10")
    ]


def test_a_plan_told_ahead_or_the_cycle_s_own_end_keeps_its_tense():
    ref = dt.date(2019, 11, 19)
    got = [
        (f.text, f.value)
        for s in ("The current season ends in August.", "Lawmakers will meet in June during the current session.")
        for f in extractor.extract_text(s, reference_date=ref).facts
        if f.kind == "date"
    ]
    assert got == [("August", "2020-08"), ("June", "2020-06")]
