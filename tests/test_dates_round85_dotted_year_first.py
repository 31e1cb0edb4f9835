"""A dotted date written year first (dates.json atoms: '2018.04.05').

- "2018.04.05 ~ OPEN RUN" (a show's run on a Korean page): year, two-digit month and two-digit day, dotted, is that
  day, as "2018-04-05" is.
- Not a version: a month or day not zero-padded ("2019.3.1") or a lettered prefix ("v2018.04.05") is no date.
"""

from __future__ import annotations

from conftest import sentence_dates


def test_dotted_year_first_date():
    # webpages (jeongdongtheater.com, 2018-10-12)
    assert sentence_dates("2018.04.05 ~ OPEN RUN", "2018-10-12") == [("2018.04.05", "2018-04-05")]


def test_dotted_version_is_no_date():
    assert sentence_dates("Update to version 2019.3.1 now.", "2018-10-12") == []
    assert sentence_dates("Install v2018.04.05 now.", "2018-10-12") == []
