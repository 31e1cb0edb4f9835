"""Dates on real news (issue 17, round 91): a window of a whole number of units and a half.

'She gave birth to four pups in 2019 and “the pack has enjoyed their sprawling habitat together for the past four and
a half years,” the zoo said.' (kron4.com, a page of 2023-11-08): no date, while 'the past four years' was one. The
rolling atom's count now takes a half after it ('and a half', '.5'), and 'the past year and a half' (one unit and a
half) is its own rolling atom, never the calendar year; the window is half a unit longer (periods.offset_half: half a
year is six months, half a month 15 days, half a week four days, outward).
"""

from __future__ import annotations

import pytest
from conftest import sentence_dates

from extractor.normalize.periods import offset_half

REAL = (
    "She gave birth to four pups in 2019 and “the pack has enjoyed their sprawling habitat together for the past four "
    "and a half years,” the zoo said."
)


def test_real_four_and_a_half_years():
    assert ("the past four and a half years", "2019-05-08/2023-11-08") in sentence_dates(REAL, "2023-11-08")


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Prices rose over the past 1.5 years.", "the past 1.5 years", "2022-05-08/2023-11-08"),
        ("He has worked there for the past year and a half.", "the past year and a half", "2022-05-08/2023-11-08"),
        (
            "Output fell over the last two and a half decades.",
            "the last two and a half decades",
            "1998-11-08/2023-11-08",
        ),
        (
            "Talks will go on for the next six and a half months.",
            "the next six and a half months",
            "2023-11-09/2024-05-23",
        ),
        ("It rained for the past two and a half weeks.", "the past two and a half weeks", "2023-10-21/2023-11-08"),
    ],
)
def test_half_windows(text, span, value):
    assert (span, value) in sentence_dates(text, "2023-11-08")


def test_whole_window_and_age_unchanged():
    assert ("the past four years", "2019-11-08/2023-11-08") in sentence_dates(
        "The pack has lived there for the past four years.", "2023-11-08"
    )
    assert sentence_dates("The pup is four and a half years old.", "2023-11-08") == []
    # a decimal that is no half stays no window
    assert sentence_dates("Prices rose over the past 2.25 years.", "2023-11-08") == []


def test_offset_half_units():
    import datetime as dt

    day = dt.date(2023, 11, 8)
    assert offset_half(day, "year", -4) == dt.date(2019, 5, 8)
    assert offset_half(day, "quarter", 1) == dt.date(2024, 3, 23)
    assert offset_half(day, "day", -2) == dt.date(2023, 11, 5)
