"""Date classes of round 22 over the facts of main on the audit pages (the judged samples judged21-date and
recalled21): each case is a sentence of a saved page in ../shared/eval, read in place and run through the whole
pipeline (its publication date is the reference date), and the date a careful reader expects there, or none. Each
failed before its rule."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import eval_facts

from extractor.find.dates import find_dates
from extractor.nlp import load

DEBATE_PAGE = ("webpages", "497a210431b21050")  # the third Republican debate, a page of 2023-11-08


def test_recent_months_after_in_is_a_vague_window_up_to_the_page():
    facts = [f for f in eval_facts(*DEBATE_PAGE) if f["kind"] == "date" and "tussled with Haley" in f["sentence"]]
    got = [(f["text"], f["value"], f["granularity"], f["earliest"], f["latest"]) for f in facts]
    assert got == [("recent months", None, "month", None, "2023-11-08")]  # round 56: a vague window is at its unit


LAKERS_PAGE = ("articles", "eecd2575093b85933997521d6babddd397599419588d7096c5c19dc4ffe2ea72")  # a game report


def test_an_offset_forward_on_a_scheduled_event_is_the_coming_day():
    facts = [f for f in eval_facts(*LAKERS_PAGE) if f["kind"] == "date" and "meet again" in f["sentence"]]
    assert [(f["text"], f["granularity"], f["relative"]) for f in facts] == [("in three days", "day", True)]
    assert facts[0]["value"] == (dt.date.fromisoformat(facts[0]["reference_date"]) + dt.timedelta(days=3)).isoformat()


@pytest.mark.parametrize(
    "text",
    [
        # GeoWebNews: a past clause says how long it took
        "As per the February 16 judgment in the appeals, the Centre had to frame the scheme in six weeks.",
        "3 billion people are under 35 years old, hit its highest level in 16 months in March at 6.",
        # an audit page (cleveland.com): a span back to the last time, not a day ahead
        "The trek will feature members Tom Johnston, Patrick Simmons, John McFee and McDonald together for the first"
        " time in 25 years.",
    ],
)
def test_an_offset_forward_off_a_coming_event_is_no_date(text):
    doc = load()(text)
    spans = [doc.text[f["start"] : f["end"]] for f in find_dates([doc], dt.date(2018, 4, 1))]
    assert not [s for s in spans if s.startswith("in ")], spans


SEIZURES_PAGE = ("articles", "9e8c9f082a8d77c58c17bda03b6b4bb6a1d6883fe196c252db4ca83b9991e0d3")  # drug seizures


def test_a_numbered_fiscal_year_without_a_stated_end_has_no_calendar_value():
    facts = [
        f for f in eval_facts(*SEIZURES_PAGE) if f["kind"] == "date" and "fiscal year 2019 seizures" in f["sentence"]
    ]
    assert [(f["text"], f["value"], f["granularity"], f["earliest"]) for f in facts] == [
        ("year 2019", None, "year", None)
    ]
