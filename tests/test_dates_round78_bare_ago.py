"""Dates of round 78 (issue 17), a plural unit before "ago" with no count ("years ago", "just weeks ago", "so many
years ago"): the same vague time as "a few years ago", before the reference date by at least one unit, its value null
at the unit (dates.json, the ago atom after the vague count; resolvers._ago). Not after a number or a quantity word
("Four and a half years ago", "thousands of years ago"), nor "light years". The sentences are real ones of
../shared/eval."""

from __future__ import annotations

import datetime as dt

from conftest import eval_facts, gold_dates

import extractor

WELTWOCHE = ("webpages", "d6b71477c75c8a3c")  # Forbes, 2019-01-23
FENTANYL = ("webpages", "eea53f85c94a77d6")  # mercurynews, 2023-11-08


def _dates(text: str, ref: str) -> list[tuple]:
    facts = extractor.extract_text(text, reference_date=dt.date.fromisoformat(ref)).facts or []
    return [(f.text, f.value, f.granularity, f.latest) for f in facts if f.kind == "date"]


def test_bare_years_ago_without_a_reference_date():
    found = gold_dates("geowebnews.jsonl", "geowebnews:286", "after abandoning the route years ago", "granularity")
    assert found == [("years ago", None, "year")]


def test_bare_weeks_ago():
    assert gold_dates("geowebnews.jsonl", "geowebnews:301", "who just weeks ago held", "granularity") == [
        ("weeks ago", None, "week")
    ]


def test_years_ago_on_a_dated_page_is_at_least_a_year_back():
    found = [
        (f["text"], f["value"], f["granularity"], f["latest"])
        for f in eval_facts(*FENTANYL)
        if f["kind"] == "date" and "a drug addiction of his own years ago" in f["sentence"]
    ]
    assert found == [("years ago", None, "year", "2022-11-08")]


def test_many_years_ago_takes_its_word():
    text = "the way that the iPod or the iPhone did so many years ago."
    assert _dates(text, "2019-11-19") == [("many years ago", None, "year", "2018-11-19")]


def test_a_fraction_before_years_is_no_bare_ago():
    found = [
        f["text"]
        for f in eval_facts(*WELTWOCHE)
        if f["kind"] == "date" and "Four and a half years ago, Forbes" in f["sentence"]
    ]
    assert found == []


def test_a_quantity_of_years_is_no_bare_ago():
    text = 'there is no valid comparison between markets of 3 decades ago, to today, let alone "thousands of years ago"'
    assert [d[0] for d in _dates(text, "2019-06-11")] == ["3 decades ago", "today"]
    assert _dates("The light we see left the star light years ago.", "2019-06-11") == []
    assert _dates("How many years ago did it happen?", "2019-06-11") == []
