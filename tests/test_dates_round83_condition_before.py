"""Dates of round 83 (issue 17), a counterfactual's "today" whose condition is the sentence before: "If we had
maintained our average growth rate ... most of our history. We've maintained those growth rates in the last 40
years, GDP would be 50% larger today." (../shared/eval, an interview dated 2019-01-23): the "if" clause is left as a
fragment with no main clause, so its consequence is the next sentence, and "today" is the present as it would stand
had the past gone otherwise, no day (date_figurative.counterfactual_today, _condition_before). A whole conditional
before, or a past sentence with no "if", conditions nothing after it and the day stays."""

from __future__ import annotations

from conftest import dates_on, sentence_dates

FORBES = ("webpages", "d6b71477c75c8a3c")  # weltwoche, 2019-01-23
REF = "2019-01-23"


def test_a_fragment_condition_before_makes_today_no_day():
    assert dates_on(*FORBES, "GDP would be 50% larger today") == [("the last 40 years", "1979-01-23/2019-01-23")]
    assert sentence_dates("If he had stayed. The company would be bigger today.", REF) == []


def test_a_whole_conditional_or_a_plain_past_before_keeps_the_day():
    text = "If we had kept it, we would be richer. GDP would be larger today."
    assert sentence_dates(text, REF) == [("today", REF)]
    assert sentence_dates("We had stayed home. The company would be bigger today.", REF) == [("today", REF)]
