"""Dates a reader does not take for a day (judged news_gold sample, seeds 20261432-35): "today" on a present copula
whose complement is a state held for years ("is in prison today", "is in power today", "is alive today") says how
things stand at present, as the nowadays readings of date_generic do; a state of one day ("is in court today", "are
open today") keeps its day."""

from __future__ import annotations

from conftest import gold_article, sentence_dates


def test_today_of_a_lasting_state_is_no_day():
    facts = gold_article("geowebnews.jsonl", "geowebnews:281").facts or []
    found = [f for f in facts if f.kind == "date" and "the right man is in prison" in (f.sentence or "")]
    assert found == []
    assert sentence_dates("The party is in power today.", "2018-04-10") == []


def test_today_of_a_state_of_one_day_keeps_the_day():
    assert sentence_dates("He is in court today.", "2018-04-10") == [("today", "2018-04-10")]
    # audit page of 2020-10-06: a bar open on the day
    found = sentence_dates(
        "Dennehy's on Cornmarket St are open today but will be closing for the Level 3.", "2020-10-06"
    )
    assert found == [("today", "2020-10-06")]
