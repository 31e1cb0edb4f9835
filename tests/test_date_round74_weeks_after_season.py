"""Dates of round 74 (a vague count of weeks later after a season):
- "a few weeks later" after a season of one year is in that year when six weeks past the season's end are still in
  it ("Advice came to Emacs lisp in the summer of 1994 ... A few weeks later, a colleague at work ... wrote up a
  simple example": 1994, find/date_frames._weeks_after_season); after the fall it may be in the next year.
Sentences are an audit page's (../shared/eval/webpages), read through the pipeline."""

from __future__ import annotations

from conftest import sentence_dates, webpage_article


def test_few_weeks_after_summer_is_that_year():
    art = webpage_article("emacspeak.blogspot.com/2019/10/meta-programming-in-emacs")
    dates = [(f.text, f.value, f.granularity) for f in art.facts or [] if f.kind == "date"]
    assert ("A few weeks later", "1994", "year") in dates


def test_few_weeks_after_fall_stays_null():
    # the page's sentence with the fall for its summer: six weeks past November may be in the next year
    text = "Advice came to Emacs lisp in the fall of 1994. A few weeks later, a colleague at work wrote up an example."
    assert ("A few weeks later", None) in sentence_dates(text, "2019-10-01")
