"""Dates of round 56 (issue 17), vague windows: a window up to or from the reference date whose far end the text does
not give ("over the past several years", "in recent months", "the coming weeks") carries its unit's granularity
with a reference date as without one; only a counted window ("the past five years") is an interval of days. Each
document is read in place from ../shared/eval/news_gold, run as an article with no reference date (the dateline
gives one)."""

from __future__ import annotations

from conftest import eval_facts, gold_dates, text_facts


def test_a_vague_window_up_to_a_dateline_is_at_its_unit():
    # geowebnews.jsonl, geowebnews:236 (dateline "LOS ANGELES, April 05, 2018"): "Securities regulators have been
    # focusing on this type of financial elder abuse over the past several years."
    found = gold_dates("geowebnews.jsonl", "geowebnews:236", "over the past several years", "granularity", "latest")
    assert found == [("the past several years", None, "year", "2018-04-05")]


def test_a_vague_window_ahead_is_at_its_unit():
    # webpages 750955e516e256de (a page of 2020-01-13): "I'm sure it will be strictly better in a few years."
    found = [
        (f["text"], f["granularity"], f["earliest"])
        for f in eval_facts("webpages", "750955e516e256de")
        if f["kind"] == "date" and "strictly better in a few years" in f["sentence"]
    ]
    assert found == [("in a few years", "year", "2020-01-14")]


def test_a_counted_window_stays_an_interval_of_days():
    facts = text_facts("WASHINGTON, Nov. 18, 2019 - Prices rose over the past two years.", "date")
    assert [(f.text, f.value, f.granularity) for f in facts if f.relative] == [
        ("the past two years", "2017-11-18/2019-11-18", "day")
    ]
