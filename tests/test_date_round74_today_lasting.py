"""Dates of round 74 ("today" meaning nowadays is no date):
- "today" between a subject and its present copula whose adjective is measured against what could be ("airline
  representation in Brussels today is not as effective as it could be") or, negated, is denied to be new ("the
  every-day racism, bias and hatred in the news today is not new") judges a lasting state, no day
  (find/date_generic._state_against_potential).
A day's state keeps its day. Sentences are the news_gold texts' and the audit pages' (../shared/eval), read through
the pipeline."""

from __future__ import annotations

from conftest import sentence_dates


def test_today_not_as_effective_as_it_could_be_is_nowadays():
    text = (
        "The five airlines agreed that airline representation in Brussels today is not as effective as it could be "
        "– with six airline representative organisations – and agreed to explore possible forms of future "
        "representation."
    )
    assert sentence_dates(text, "2015-06-17") == []


def test_today_not_new_is_nowadays():
    text = (
        "I also know that the every-day racism, bias and hatred in the news today is not new, and it’s far too often "
        "the experience and reality in daily lives, particularly for the Black and African American community."
    )
    assert sentence_dates(text, "2020-06-01") == []


def test_today_state_of_the_day_stays():
    # no measure against what could be, nothing denied new: the day's state
    assert sentence_dates("The forecast today is for rain.", "2018-04-10") == [("today", "2018-04-10")]
    assert sentence_dates("The weather today is not great.", "2018-04-10") == [("today", "2018-04-10")]
