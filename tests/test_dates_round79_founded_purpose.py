"""Dates of round 79 (issue 17), a holiday in the purpose of a thing founded in a year ("The Butterball Turkey Talk Line
launched in 1981 to help home cooks make turkeys for Thanksgiving"): the day the founded thing serves every year, no
date (date_nonrefs.founded_purpose_occasion). A launch with an object ("launched an appeal last week to help families
buy turkeys for Thanksgiving"), one dated by a day ("launched on Monday to raise money for Christmas") and a trip home
for the holiday keep the holiday's date. The sentence is a real one of ../shared/eval."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import gold_dates

import extractor


def _dates(text: str) -> list[str]:
    facts = extractor.extract_text(text, reference_date=dt.date(2018, 4, 10)).facts or []
    return [f.text for f in facts if f.kind == "date"]


def test_holiday_served_by_a_founded_line_is_no_date():
    found = gold_dates("geowebnews.jsonl", "geowebnews:30", "to help home cooks make turkeys for Thanksgiving")
    assert found == [("1981", "1981")]


def test_passive_founding_with_at():
    assert _dates("The charity was founded in 1990 to give children presents at Christmas.") == ["1990"]


@pytest.mark.parametrize(
    "text",
    [
        "The charity launched an appeal last week to help families buy turkeys for Thanksgiving.",
        "The appeal launched on Monday to raise money for Christmas.",
        "Zoe returned a week later to spend Christmas with her mother.",
        "He flew home for Thanksgiving.",
    ],
)
def test_one_years_holiday_stays(text):
    assert any(d in ("Thanksgiving", "Christmas") for d in _dates(text))
