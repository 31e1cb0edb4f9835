"""Dates of round 82 (issue 17): an offset forward with a hedge between "in" and the count ("in about 14 days",
"in roughly a month", "in around 30 days") is the day counted forward, as "in 14 days" is and as "about two weeks
ago" is the day counted back (README: a reader takes it as approximate); the "ahead" pattern in dates.json now
lets one of about/around/roughly/approximately/some stand there. A hedged span of how long a thing took ("finished
the job in about three days") or a window back ("the highest level in about two weeks") is no date, as without the
hedge. The real sentence is of ../shared/eval news_gold geowebnews:3 (no reference date: value null)."""

from __future__ import annotations

from conftest import gold_dates, sentence_dates

REF = "2018-04-10"


def test_real_sentence_in_about_14_days():
    assert gold_dates("geowebnews.jsonl", "geowebnews:3", "More test results are expected", "granularity") == [
        ("in about 14 days", None, "day")
    ]


def test_hedged_offsets_forward():
    assert sentence_dates("Results are expected in about two weeks.", REF) == [("in about two weeks", "2018-04-24")]
    assert sentence_dates("The deal should close in roughly a month.", REF) == [("in roughly a month", "2018-05-10")]
    assert sentence_dates("The law takes effect in around 30 days.", REF) == [("in around 30 days", "2018-05-10")]


def test_hedged_durations_are_no_dates():
    assert sentence_dates("We finished the job in about three days.", REF) == []
    assert sentence_dates("It was the highest level in about two weeks.", REF) == []
