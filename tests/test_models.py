"""The records: impossible ones are rejected, and schemas/ is what the models generate."""

from __future__ import annotations

import json

import pytest
from conftest import REPO
from pydantic import ValidationError

from extractor.models import FACT_ADAPTER, Article, schema_files

EVIDENCE = {"doc_id": "d", "page": 1, "section": "body", "sentence": "It cost $5."}


def fact(**fields):
    return FACT_ADAPTER.validate_python({**EVIDENCE, **fields})


def test_a_valid_amount_round_trips_with_whole_numbers_as_integers():
    amount = fact(kind="amount", text="$5", start_char=8, end_char=10, value=5.0, unit="USD", unit_kind="currency")
    assert json.loads(amount.model_dump_json())["value"] == 5
    assert '"value":5,' in amount.model_dump_json()


@pytest.mark.parametrize(
    "fields, complaint",
    [
        (
            {
                "kind": "amount",
                "text": "$5",
                "start_char": 10,
                "end_char": 10,
                "value": 5,
                "unit": "USD",
                "unit_kind": "currency",
            },
            "end_char",
        ),
        (
            {
                "kind": "amount",
                "text": "$5",
                "start_char": 8,
                "end_char": 10,
                "value": 5,
                "unit": "DOLLARS",
                "unit_kind": "currency",
            },
            "ISO 4217",
        ),
        (
            {
                "kind": "amount",
                "text": "5%",
                "start_char": 0,
                "end_char": 2,
                "value": 5,
                "unit": "pct",
                "unit_kind": "percent",
            },
            "'%'",
        ),
        ({"kind": "count", "text": "5", "start_char": 0, "end_char": 1}, "value or a bound"),
        (
            {"kind": "count", "text": "5-8", "start_char": 0, "end_char": 3, "low": 8, "high": 5, "qualifier": "range"},
            "low is greater",
        ),
        (
            {
                "kind": "date",
                "text": "2016",
                "start_char": 0,
                "end_char": 4,
                "value": "2016",
                "earliest": "2016-12-31",
                "latest": "2016-01-01",
            },
            "latest is before",
        ),
        (
            {
                "kind": "date",
                "text": "2008 to 2013-2015",
                "start_char": 0,
                "end_char": 17,
                "value": "2008/2013/2015",  # an interval has two ends (judged21-date, an audit page)
                "earliest": "2008-01-01",
                "latest": "2015-12-31",
            },
            "pattern",
        ),
        (
            {
                "kind": "place",
                "text": "Xinjiang",
                "start_char": 0,
                "end_char": 8,
                "name": "Xinjiang",
                "lat": 95.0,
                "lon": 10.0,
            },
            "less than or equal to 90",
        ),
        (
            {
                "kind": "place",
                "text": "Xinjiang",
                "start_char": 0,
                "end_char": 8,
                "name": "Xinjiang",
                "country_code": "chn",
            },
            "pattern",
        ),
        ({"kind": "weight", "text": "5", "start_char": 0, "end_char": 1}, "does not match any of the expected tags"),
        ({"kind": "place", "text": "Xinjiang", "start_char": 0, "end_char": 5, "name": "Xinjiang"}, "offsets"),
    ],
)
def test_impossible_facts_are_rejected(fields, complaint):
    with pytest.raises(ValidationError, match=complaint):
        fact(**fields)


def test_an_article_rejects_a_fact_whose_text_is_not_at_its_offsets():
    place = {**EVIDENCE, "kind": "place", "text": "Zhejiang", "start_char": 0, "end_char": 8, "name": "Zhejiang"}
    with pytest.raises(ValidationError, match="not the article text"):
        Article(doc_id="d", pages=[{"page": 1, "source": "x"}], text="Xinjiang is far.", blocks=[], facts=[place])


@pytest.mark.parametrize("name", ["fact.schema.json", "article.schema.json"])
def test_schema_files_match_the_models(name):
    committed = (REPO / "schemas" / name).read_text(encoding="utf-8")
    assert committed == schema_files()[name], f"schemas/{name} drifted: run `extractor schema --write schemas`"
