"""A year that names an event's edition is a date, a year that ends a product's name is not (issue 17): MEANTIME
annotates "WWDC 2005" and "Worldwide Developers Conference 2010" as years and "their Autumn meetings" as one
autumn (products stay no date: tests/test_dates_round3.py); the sentences are read in place from ../shared/eval/news_gold/meantime_en.jsonl with their reference date."""

from __future__ import annotations

import datetime as dt
import json
from functools import cache

from conftest import shared_path

import extractor


@cache
def meantime(doc_id: str) -> tuple[dict, ...]:
    with shared_path("eval", "news_gold", "meantime_en.jsonl").open(encoding="utf-8") as f:
        doc = next(d for d in map(json.loads, f) if d["id"] == doc_id)
    ref = dt.date.fromisoformat(doc["reference_date"][:10])
    article = extractor.extract_text(doc["text"], doc_id, reference_date=ref)
    return tuple(f.model_dump() for f in article.facts if f.kind == "date")


def values(doc_id: str, snippet: str) -> list[tuple[str, str | None]]:
    return [(f["text"], f["value"]) for f in meantime(doc_id) if snippet in f["sentence"]]


def test_an_acronym_or_conference_year_is_its_edition():
    assert ("2005", "2005") in values("meantime-en:10450", "keynote to WWDC 2005")
    assert ("2010", "2010") in values("meantime-en:190356", "Worldwide Developers Conference 2010")


def test_a_season_of_someone_s_meetings_is_that_season():
    assert ("Autumn", "2008-FA") in values("meantime-en:115064", "held their Autumn meetings")
