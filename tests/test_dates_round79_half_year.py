"""Dates of round 79 (issue 17), a half of a year named without "of" ("the second half 2018", "first half, 2019"): the
same half as "the second half of 2018", months at granularity month (dates.json, the half atom with its year after a
comma or a space, like the quarter's "the first quarter 2019"). A bare "the second half" (a game's) and a half before
a number that is no year ("the second half 2,000 fans") stay no date. The sentence is a real one of ../shared/eval."""

from __future__ import annotations

import datetime as dt

from conftest import gold_dates

import extractor


def _dates(text: str) -> list[tuple]:
    facts = extractor.extract_text(text, reference_date=dt.date(2018, 4, 10)).facts or []
    return [(f.text, f.value, f.granularity) for f in facts if f.kind == "date"]


def test_second_half_without_of():
    found = gold_dates("geowebnews.jsonl", "geowebnews:173", "expected to begin in the second half 2018", "granularity")
    assert found == [("the second half 2018", "2018-07/2018-12", "month")]


def test_first_half_with_comma():
    assert _dates("Sales rose in the first half, 2019.") == [("the first half, 2019", "2019-01/2019-06", "month")]


def test_half_with_of_unchanged():
    assert _dates("It begins in the second half of 2018.") == [("the second half of 2018", "2018-07/2018-12", "month")]


def test_game_half_and_a_number_are_no_date():
    assert _dates("He scored twice in the second half, 2 minutes apart.") == []
    assert _dates("In the second half 2,000 fans left the ground.") == []
