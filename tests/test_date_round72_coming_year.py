"""Round 72 dates of a text with no date: a year-less day told ahead is of the one year that names the subjects of
the text's clauses told ahead ("The 2018 edition ... will connect ... The events ... will run ... from May 1-3":
date_undated.coming_year)."""

from __future__ import annotations

from conftest import gold_dates


def test_a_day_told_ahead_takes_the_year_of_the_coming_events():
    assert gold_dates("geowebnews.jsonl", "geowebnews:139", "will run at Dubai World Trade Centre") == [
        ("May 1-3", "2018-05-01/2018-05-03")
    ]
    assert gold_dates("geowebnews.jsonl", "geowebnews:139", "former CISOs from BP and Shell") == [
        ("April 30", "2018-04-30")
    ]
