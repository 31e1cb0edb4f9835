"""Dates, round 99: "over the previous day" right after a word of change compares with that day, the day before the
last day the story named (dates.json day_shift atom; its _day_shift_comment).

'More than a quarter of the fresh cases were from Patna district alone, which saw its tally rise over the previous
day by 235 to 1,351.' (businesstoday.in, 2020-07-09; a careful reader's miss): "over the next day" is a window ("over
the next day or two"), so the atom refused every "over the ..." before it; after "rise", "jump", "increase" the
previous day is the day the tally is set against: the day before the health department's update of the day
(Wednesday 2020-07-08), 2020-07-07. "Over the previous day, 300 people died" (a window of the last day, no change
word) and "over the next day or two" stay no day.
"""

from __future__ import annotations

from conftest import dates_on, sentence_dates

BIHAR_PAGE = ("webpages", "77b63f8a9dabf25c")


def test_a_rise_over_the_previous_day_is_the_day_before_the_story_day() -> None:
    assert ("the previous day", "2020-07-07") in dates_on(*BIHAR_PAGE, "saw its tally rise over the previous day")


def test_over_the_previous_day_with_no_change_word_is_a_window() -> None:
    text = "Bihar on Wednesday announced a lockdown. Over the previous day, 300 people died."
    assert [d for d in sentence_dates(text, "2020-07-09") if "previous" in d[0].lower()] == []


def test_over_the_next_day_after_a_change_word_is_still_a_window() -> None:
    text = "Bihar on Wednesday announced a lockdown. Prices will rise over the next day or two."
    assert [d for d in sentence_dates(text, "2020-07-09") if "next" in d[0].lower()] == []
