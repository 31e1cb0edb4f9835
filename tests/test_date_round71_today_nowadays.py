"""Dates of round 71 ("today" meaning nowadays is no date):
- "today" on a present verb of continuing, or the verb it governs, in a sentence that sets the present against the
  past ("has been fighting dirty air since the 14th century and continues to suffer air quality problems today")
  says what has lasted to the present (find/date_generic._continues_from_past);
- "today" on a present verb of seeming whose complement is a judgement the present passes on the past ("That all
  sounds a little ridiculous today") says how the past looks nowadays (find/date_generic._value_now).
A day's event or state keeps its day. Sentences are the audit pages' (../shared/eval), read through the pipeline."""

from __future__ import annotations

from conftest import sentence_dates


def test_today_continuing_since_long_ago_is_nowadays():
    text = (
        "London famously has been fighting dirty air since the 14th century and continues to suffer air quality "
        "problems today."
    )
    assert [t for t, _ in sentence_dates(text, "2019-11-08")] == ["since the 14th century"]


def test_today_continuing_of_one_day_stays():
    # no contrast with the past: the day's event
    assert ("today", "2019-11-08") in sentence_dates("The storm continues to batter the coast today.", "2019-11-08")


def test_today_seeming_in_hindsight_is_nowadays():
    assert sentence_dates("That all sounds a little ridiculous today.", "2013-07-19") == []


def test_today_seeming_of_the_day_stays():
    # no judgement on the past: the day's look
    assert sentence_dates("The sky looks clear today.", "2013-07-19") == [("today", "2013-07-19")]
    assert sentence_dates("“The plate is really full today,” he said.", "2019-11-18") == [("today", "2019-11-18")]
