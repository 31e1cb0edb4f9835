"""Dates of round 57 (issue 17), a year-less month naming a scheduled event nested under a noun: "gave her a ... lead
over Gov. David Ige in the August primary" (the preposition hangs on "lead", not on "gave") is not bounded by the
verb's past tense, so it takes the nearest August, the coming one; "She won the August primary" (the verb's own
object) keeps the past. Read in place from ../shared/eval/news_gold (its dateline gives 2018-04-05)."""

from __future__ import annotations

from conftest import gold_dates


def test_a_poll_lead_in_the_august_primary_is_this_years():
    # geowebnews:194: "A recent poll conducted for the Honolulu Star-Advertiser gave her a 20-percentage point lead
    # over Gov. David Ige in the August primary."
    found = gold_dates("geowebnews.jsonl", "geowebnews:194", "lead over Gov. David Ige in the August primary")
    assert found == [("August", "2018-08")]
