"""Dates of news (round 48): "coming" after a form of "be" is the verb, no shift word. Each document is read in place
from ../shared/eval/news_gold, run as an article with no reference date."""

from __future__ import annotations

from conftest import gold_dates


def test_coming_after_is_is_the_verb_not_a_date():
    # geowebnews.jsonl, geowebnews:213: "meaning this prediction is coming four months before the bulk of hurricane
    # activity": "coming four months" is no date
    found = gold_dates("geowebnews.jsonl", "geowebnews:213", "this prediction is coming four months")
    assert [text for text, _ in found] == ["June 1", "mid-August", "mid-October"]
