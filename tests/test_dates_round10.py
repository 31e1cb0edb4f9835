"""Dates of round 10 (audit pages): the target of a verb that moves a planned date ("was moved from September to
January") is not bounded by the verb's past tense, and a holiday that names the kind of a described thing ("the
simple Halloween spiders are ready!", "obligatory Valentine's Day chocolate") is no date. Each page is a saved page
of ../shared/eval, read in place through the whole pipeline."""

from __future__ import annotations

from conftest import dates_reader

from extractor.find.date_tense import tense
from extractor.nlp import parse
from extractor.normalize.periods import Direction, tables

PAGES = {
    "strike": ("webpages", "3fe0349483f69038"),
    "gpus": ("webpages", "41a1cf4f3fadbd34"),
    "storm": ("webpages", "d45c900cb0c8a071"),
    "truffles": ("webpages", "1768d1a3f15b670e"),
    "chikan": ("webpages", "721fc91c21acb1b1"),
    "market": ("webpages", "dbe1640c75159043"),
    "curevac": ("webpages", "d681f579c41da7a4"),
}


dates_in = dates_reader(PAGES)


def _tense_of(text: str, date: str) -> Direction:
    start = text.index(date)
    return tense(parse([text])[0], start, start + len(date))


def test_a_moved_date_is_the_new_plan_nearest_the_page_s_date():
    # dated 2023-11-08: the 2023 Emmys were moved from September 2023 to January 2024, not from 2022 to 2023 (the
    # old day and the new one, two dates: find/date_compose.split_moved)
    assert dates_in("strike", "which was moved from September to January") == [
        ("September", "2023-09"),
        ("January", "2024-01"),
    ]
    assert {"moved", "postponed", "pushed"} <= set(tables()["change_verbs"])


def test_a_change_verb_s_target_is_free_of_the_past_but_its_own_time_is_not():
    assert _tense_of("The vote was postponed until March.", "March") == Direction.UNKNOWN
    assert _tense_of("The game was pushed back to January 12.", "January 12") == Direction.UNKNOWN
    assert _tense_of("The family moved to Florida in March.", "March") == Direction.PAST  # when they moved


def test_a_moved_date_near_the_page_s_date_stays_and_a_planned_postponement_looks_ahead():
    # dated 2020-11-04: the RTX 3070 was pushed back to October 29th, six days before
    assert ("October 29th", "2020-10-29") in dates_in("gpus", "pushed back to October 29th")
    # dated 2023-11-03 (a Friday): advised to postpone travel plans until Sunday is the coming Sunday
    assert ("Sunday", "2023-11-05") in dates_in("storm", "postpone their travel plans until Sunday")


def test_a_holiday_naming_the_kind_of_a_described_thing_is_no_date():
    assert dates_in("truffles", "the simple Halloween spiders are ready") == []
    assert dates_in("truffles", "how to make Halloween spiders") == []
    assert dates_in("chikan", "obligatory Valentine's Day chocolate") == []
    assert dates_in("market", "the perfect Christmas gift or decoration") == []
    assert {"chocolate", "spiders", "gifts"} <= set(tables()["kind_heads"]["holiday"])


def test_a_holiday_before_plans_for_it_stays_a_date():
    # dated 2020-11-23: "cancel indoor Thanksgiving plans" is the coming Thanksgiving, though "indoor" describes plans
    assert dates_in("curevac", "cancel indoor Thanksgiving plans") == [("Thanksgiving", "2020-11-26")]
