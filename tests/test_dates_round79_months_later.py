"""Dates of round 79 (issue 17), a counted number of months "later" or "earlier" after a whole month stated before it in
the same sentence ("In May, NASA awarded task orders ... but OrbitBeyond canceled its task order two months later"):
the month that many on (back), at month granularity, relative as the month was (date_frames.story_offset with the
sentence's last date). Not after a part of a month ("late May"), nor a month said in an earlier sentence, nor a count
of weeks; an offset tied to an event ("A month after he resigned") stays no date, by design. The sentence is a real
one of ../shared/eval."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import eval_facts

import extractor

SPACENEWS = ("articles", "d1c57d7821e5a5b27fb468c59489601bb2a042b1c05221166e3221d2b5dc217f")


def _dates(text: str) -> list[tuple]:
    facts = extractor.extract_text(text, reference_date=dt.date(2018, 4, 10)).facts or []
    return [(f.text, f.value) for f in facts if f.kind == "date"]


def test_two_months_after_may_is_july():
    found = [
        (f["text"], f["value"], f["granularity"])
        for f in eval_facts(*SPACENEWS)
        if f["kind"] == "date" and "OrbitBeyond canceled its task order two months later" in f["sentence"]
    ]
    assert found == [("May", "2019-05", "month"), ("two months later", "2019-07", "month")]


def test_months_earlier_from_a_stated_month():
    assert _dates("In May 2010 he joined, and he had applied three months earlier.") == [
        ("May 2010", "2010-05"),
        ("three months earlier", "2010-02"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "In late May, NASA awarded orders, but OrbitBeyond canceled two months later.",
        "NASA awarded orders in May. OrbitBeyond canceled its order two months later.",
        "In May, NASA awarded orders, but OrbitBeyond canceled two weeks later.",
        "A month after he resigned, Nixon's appointed vice president, Gerald Ford, pardoned him.",
    ],
)
def test_no_month_counted(text):
    # no month counted: the offset is no date or (round 84) a date of null value
    assert all(v is None for t, v in _dates(text) if "later" in t or "after" in t)
