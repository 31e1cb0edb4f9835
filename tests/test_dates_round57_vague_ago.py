"""Dates of round 57 (issue 17), a vague count before "ago": "a few years ago", "several weeks ago", "a couple of
months ago" still place a time before the reference date (the audit guide: a vague period that places a time is a
date, its value null when the text cannot resolve it), at the unit's granularity, at least one unit back. Each
sentence is a real one of ../shared/eval, read in place and run through the whole pipeline."""

from __future__ import annotations

from conftest import eval_facts, gold_dates

GIFT_GUIDE = ("articles", "cc4aa22b8212aec7d289667c0a965569e6f06b9e9196ff8b02219bf2bc1b90d0")  # 9to5mac, 2019-11-18


def test_a_few_years_ago_is_a_year_before_the_page():
    # "I'm still amazed at how I can arrive somewhere with 100% battery in my MacBook Pro when just a few years ago
    # my 12-inch MacBook could barely keep its battery percentage while charging."
    found = [
        (f["text"], f["value"], f["granularity"], f["earliest"], f["latest"])
        for f in eval_facts(*GIFT_GUIDE)
        if f["kind"] == "date" and "when just a few years ago my 12-inch" in f["sentence"]
    ]
    assert found == [("a few years ago", None, "year", None, "2018-11-18")]


def test_a_couple_months_ago_without_of():
    # the same page: "This has been my bedside charger since the fabric-covered version debuted a couple months ago."
    found = [
        (f["text"], f["value"], f["granularity"])
        for f in eval_facts(*GIFT_GUIDE)
        if f["kind"] == "date" and "debuted a couple months ago" in f["sentence"]
    ]
    assert found == [("a couple months ago", None, "month")]


def test_a_few_days_ago_without_a_reference_date():
    # geowebnews:147 (no dateline): "A few days ago, the authorities released a white paper on religion ..."
    found = gold_dates("geowebnews.jsonl", "geowebnews:147", "the authorities released a white paper", "granularity")
    assert found == [("A few days ago", None, "day")]
