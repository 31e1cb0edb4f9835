"""Dates on real news (issue 17, round 91): a year near the page's before a plural noun is the year, not a count.

'But the virus and the destruction it has caused to everyday lives and the economy is important to a much wider swath
of Americans, including the independents and moderate voters who will be critical to 2020 outcomes.' (wickedlocal,
a page of 2020-09-24): no date, as '2020' read as a count of outcomes (date_rejects._counts_things). A bare year
within counted_year_window (dates.json) of the page's year and no round hundred is now the year
(date_rejects._near_year); far years and round hundreds still count ('more than 1600 civilians'), and so does a year
after a capitalised name word ('Anniversary Tour 2020 dates': the name's number).
"""

from __future__ import annotations

from conftest import sentence_dates

REAL = (
    "But the virus and the destruction it has caused to everyday lives and the economy is important to a much wider "
    "swath of Americans, including the independents and moderate voters who will be critical to 2020 outcomes."
)


def test_real_2020_outcomes():
    assert ("2020", "2020") in sentence_dates(REAL, "2020-09-24")


def test_near_year_before_plural_noun():
    text = "Five 2024 Republican hopefuls took to the stage in Miami, Florida, on Wednesday night."
    assert ("2024", "2024") in sentence_dates(text, "2023-11-09")


def test_counts_and_names_stay_no_year():
    text = "The Russian-backed offensive in eastern Ghouta has killed more than 1600 civilians."
    assert sentence_dates(text, "2018-03-10") == []
    assert sentence_dates("They sold 2000 tickets.", "2003-03-10") == []  # a round hundred
    assert sentence_dates("The Doobie Brothers 50th Anniversary Tour 2020 dates:", "2019-12-05") == []
    # on a page of 2060 the year 2020 is far from the page's: counted as before
    assert sentence_dates("moderate voters who will be critical to 2020 outcomes.", "2060-01-01") == []
