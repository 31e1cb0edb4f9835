"""Date classes of round 25 over the facts of main at f873dc0 on the audit pages: "for the day" on a verb of closing
(how long, the whole day), a year inside a group's name, the name of a broadcast ("NBC News' Today show"). Each case
is a sentence of a saved page in ../shared/eval read in place through the pipeline, and the date a careful reader
expects there, or none; each failed before its rule. The sentences that must keep their dates are from the score
suites (meantime_en, Recognizers) or the audit pages."""

from __future__ import annotations

import datetime as dt

from conftest import dates_on

import extractor

INDIANA_PAGE = ("articles", "7de5241947a5f7147fe9787c6f6fa16685bfe66e6c35510a68780f27690dc4f0")  # 2019-11-19
MEZCAL_PAGE = ("webpages", "f3e0ef628b6bedfd")  # a restaurant review
FAUCI_PAGE = ("webpages", "2e8b886defc8ae8d")  # 2020-04-10


def _dates(text: str, ref: dt.date) -> list[tuple[str, str | None]]:
    return [(f.text, f.value) for f in extractor.extract_text(text, reference_date=ref).facts if f.kind == "date"]


def test_closed_for_the_day_is_how_long_not_which_day():
    # the protest's day is Tuesday; "for the day" on "closed" says the closure lasted all day (like "throughout the day")
    got = dates_on(*INDIANA_PAGE, "school districts for the day")
    assert got == [("Tuesday", "2019-11-19")]


def test_for_the_day_fronted_or_not_on_a_closing_verb_stays_that_day():
    # meantime_en (news_gold/meantime_en.jsonl, meantime-en:115711): fronted, it says on which day the index closed
    ref = dt.date(2008, 10, 27)
    assert _dates("For the day, the Nikkei closed down 6.4 percent, or 486.18 points.", ref) == [
        ("the day", "2008-10-27")
    ]
    # Recognizers' suite (peers/recognizers_datetime.jsonl, recognizers_datetime:124)
    assert _dates("I'm blocked for the day", dt.date(2018, 5, 22)) == [("the day", "2018-05-22")]


def test_a_year_inside_a_groups_name_is_no_date():
    assert dates_on(*MEZCAL_PAGE, "Mariachi Mexico 2020 quartet") == []
    # a possessive before the year keeps it a date (an audit page's "Heart's 1987 album", its own sentence)
    assert _dates("the first single off of Heart's 1987 album", dt.date(2019, 11, 19)) == [("1987", "1987")]


def test_the_today_show_is_no_date():
    assert [d for d in dates_on(*FAUCI_PAGE, "told NBC News' Today show") if d[0] == "Today"] == []
    # a quote's "Today's hearing" (an audit page's sentence) stays the day
    got = _dates(
        '"Today\'s second hearing is over," White House Press Secretary Stephanie Grisham said.', dt.date(2019, 11, 20)
    )
    assert ("Today", "2019-11-20") in got


MARKETS_Q2_PAGE = ("articles", "65408257dbe4b41f71a35ade24e30243265095fc1d4988a35b9a6ca52f2b4eab")  # India, 2019-11-20


def test_a_results_seasons_quarter_is_the_quarter_the_article_says_ends_in_september():
    # the page speaks of "the improved September quarter earnings": Indian firms' fiscal Q2, July to September
    assert dates_on(*MARKETS_Q2_PAGE, "the Q2 results season") == [("Q2", "2019-07/2019-09")]


def test_a_results_seasons_quarter_with_no_month_stated_is_null():
    # the same page's sentence alone: nothing says which months its firms' Q2 covers
    got = _dates(
        "The key positive from the Q2 results season is that the misses did not exceed the beats.",
        dt.date(2019, 11, 20),
    )
    assert got == [("Q2", None)]


def test_a_month_before_quarter_names_the_quarter_ending_in_it():
    # the same page, 2019-11-20: "the improved September quarter earnings" are July to September's, not September's
    got = dates_on(*MARKETS_Q2_PAGE, "the improved September quarter earnings")
    assert got == [("September", "2019-07/2019-09")]
