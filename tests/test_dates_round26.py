"""Date classes of round 26 over the facts of main at fc5a104 on the audit pages: a generic year of a generic "you"
("people that you might not run into during the course of the year"), every year's holiday ("each and every year
on Black Friday"), a year that opens a work's title ("2001: A Space Odyssey") and the vague window ahead ("in the
coming days"). Each case is a sentence of a saved page in ../shared/eval read in place through the pipeline, and
the date a careful reader expects there, or none; each failed before its rule. The sentences that must keep their
dates are from the audit pages or the score suites."""

from __future__ import annotations

import datetime as dt

from conftest import dates_on

import extractor

WELTWOCHE_PAGE = ("webpages", "d6b71477c75c8a3c")  # an interview, 2019-01-23
BGR_PAGE = ("articles", "e7d77f1869803e24667fa0b985cff27fb4139951a5ffa494bc9ba810df48fb30")  # 2019-11-19
PHYS_PAGE = ("articles", "e1c7023ee2148901b086256fdd30a0893d10b0720b510d5ff07a021109347266")  # 2019-11
SFGATE_PAGE = ("articles", "aec5deeaada8b2fb81b55349da0229d5c77a4dc9605c1aaa31e5ce8b71358bc9")  # 2019-11-19


def _dates(text: str, ref: dt.date) -> list[tuple[str, str | None]]:
    return [(f.text, f.value) for f in extractor.extract_text(text, reference_date=ref).facts if f.kind == "date"]


def test_the_year_of_a_generic_you_is_no_date():
    assert dates_on(*WELTWOCHE_PAGE, "you might not run into during the course of the year") == []


def test_the_year_of_a_narrated_clause_stays_a_date():
    # an audit page's form with no generic "you": the year of the report
    got = _dates("Prices rose during the course of the year.", dt.date(2019, 11, 19))
    assert got == [("the year", "2019")]


def test_every_years_holiday_is_no_date():
    assert dates_on(*BGR_PAGE, "each and every year on Black Friday") == []
    # this year's sale stays a date
    assert _dates("Stores will open on Black Friday.", dt.date(2019, 11, 19)) == [("Black Friday", "2019-11-29")]


def test_a_year_that_opens_a_title_is_no_date():
    assert dates_on(*PHYS_PAGE, "from 2001: A Space Odyssey to") == []
    # an audit page's "by 2024: one for the uncrewed Artemis 1 test flight" and a heading keep their years
    ref = dt.date(2019, 11, 19)
    assert _dates("There will be three SLS rockets produced by 2024: one for the test flight.", ref) == [
        ("2024", "2024")
    ]
    assert _dates("2019: A Look Back at the news", ref) == [("2019", "2019")]


def test_the_coming_days_is_a_vague_window_ahead():
    facts = [
        f
        for f in extractor.extract_text(
            "And with one billionaire onstage and another likely to join the field in the coming days, the "
            "billionaire bashing could reach new heights.",
            reference_date=dt.date(2019, 11, 19),
        ).facts
        if f.kind == "date"
    ]
    assert [(f.text, f.value, str(f.earliest)) for f in facts] == [("the coming days", None, "2019-11-20")]
    assert ("the coming days", None) in dates_on(*SFGATE_PAGE, "likely to join the field in the coming days")


def test_the_days_ahead_is_a_vague_window_ahead():
    # an audit page's sentence (webpages/html/284b12a9cf30471f.html.gz, 2020-08-16)
    facts = extractor.extract_text(
        "What happens in the days ahead will continue to test Californians and the electric grid as California ISO "
        "forecast electricity demand Monday at near all-time peak levels.",
        reference_date=dt.date(2020, 8, 16),
    ).facts
    got = [(f.text, f.value, str(f.earliest)) for f in facts if f.kind == "date"]
    assert ("the days ahead", None, "2020-08-17") in got
    # "the days ahead of the vote" is a time before the vote, no window from the page's date
    assert _dates("They met in the days ahead of the vote.", dt.date(2020, 8, 16)) == []
