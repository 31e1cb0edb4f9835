"""Dates, round 99: "the turn of the year" in a past clause is the start of the page's year (dates.json: mods' turn,
the turn-of-the-year atom; date_rejects._turn_not_past).

'That changed at the turn of the year when Apple introduced AirPlay 2 for smart TVs without an Apple TV box
connected.' (9to5mac.com, 2019-11-18; a careful reader's miss): the vague period places a time, the start of 2019, as
"at the start of the year" does (read 2019, the project's way for a part of a year). "the year when ..." was refused
as a relative naming another year, and "the year" would take the year last named (the story had just looked back a
year); after "the turn of" the year is the page's, and its "when" clause says what happened then. Only in a past
clause: "will rise at the turn of the year" (next year's start) and a present habit stay no date.
"""

from __future__ import annotations

from conftest import dates_on, sentence_dates

GIFT_PAGE = ("articles", "cc4aa22b8212aec7d289667c0a965569e6f06b9e9196ff8b02219bf2bc1b90d0")


def test_the_turn_of_the_year_in_a_past_clause_is_the_pages_year_start() -> None:
    assert ("the turn of the year", "2019") in dates_on(*GIFT_PAGE, "That changed at the turn of the year when Apple")


def test_a_coming_or_a_habitual_turn_of_the_year_is_no_date() -> None:
    assert sentence_dates("Sales will rise at the turn of the year.", "2019-11-18") == []
    assert sentence_dates("At the turn of the year, shoppers usually return gifts.", "2019-11-18") == []


def test_a_centurys_turn_names_its_century_whatever_the_tense() -> None:
    dates = sentence_dates("Built at the turn of the twentieth century, the house stands empty.", "2019-11-18")
    assert dates == [("the turn of the twentieth century", "19")]
