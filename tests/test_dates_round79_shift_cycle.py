"""Dates of round 79 (issue 17), a cycle of elections or budgets named by its shift from the present ("During the last
election cycle", "India's last election cycle", "the next budget cycle"): a vague period that places a time, value
null at granularity year, the last one ending by the reference date (dates.json, the shift_cycle atom;
resolvers._shift_cycle). A cycle with no shift word ("the second consecutive election cycle", "each year of the budget
cycle") and one placed by something else ("the last election cycle before the war") are no date, and "the last
season" keeps its reading (a final season). The sentences are real ones of ../shared/eval."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import eval_facts

import extractor

AXIOS = ("webpages", "268aee0da90d7537")  # Axios Future newsletter
VOX = ("articles", "16c30add7e96315e9cc957d85aa876ccb6b70055f0ddab51547a586117cc1f56")  # Vox, 2019-11-08


def _dates(text: str) -> list[tuple]:
    facts = extractor.extract_text(text, reference_date=dt.date(2018, 4, 10)).facts or []
    return [(f.text, f.value, f.granularity, f.earliest, f.latest) for f in facts if f.kind == "date"]


def _page_dates(page: tuple[str, str], snippet: str) -> list[tuple]:
    return [
        (f["text"], f["value"], f["granularity"])
        for f in eval_facts(*page)
        if f["kind"] == "date" and snippet in f["sentence"]
    ]


def test_last_election_cycle_on_a_page():
    assert _page_dates(AXIOS, "Marc Benioff and Twitter CEO Jack Dorsey bickered") == [
        ("the last election cycle", None, "year")
    ]


def test_a_countrys_last_election_cycle():
    assert _page_dates(VOX, "air pollution scarcely came up during India") == [("last election cycle", None, "year")]


def test_last_cycle_ends_by_the_reference_date_and_next_starts_after():
    assert _dates(
        "During the last election cycle, Salesforce CEO Marc Benioff and Twitter CEO Jack Dorsey bickered."
    ) == [("the last election cycle", None, "year", None, "2018-04-10")]
    assert _dates("It will be debated in the next budget cycle.") == [
        ("the next budget cycle", None, "year", "2018-04-11", None)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "If anything, this was the second consecutive election cycle where health care made the difference.",
        "It gets $127.8 million for each year of the budget cycle.",
        "The last election cycle before the war was calm.",
        "During the last season, he scored.",
        "The washing machine's last cycle ended.",
    ],
)
def test_no_cycle_date(text):
    assert _dates(text) == []
