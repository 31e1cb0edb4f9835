"""Every field of the records says what it means (from SPEC.md), so the JSON Schemas and IDEs carry it."""

from __future__ import annotations

import pytest

from extractor.models import article_schema, fact_schema


def _fields(schema: dict) -> list[tuple[str, str, dict]]:
    models = {"(top)": schema, **schema.get("$defs", {})}
    return [(model, name, prop) for model, d in models.items() for name, prop in d.get("properties", {}).items()]


@pytest.mark.parametrize("schema", [fact_schema(), article_schema()], ids=["fact", "article"])
def test_every_field_has_a_description(schema):
    fields = _fields(schema)
    assert len(fields) > 10
    assert [(m, n) for m, n, prop in fields if not prop.get("description")] == []


def test_a_description_is_the_spec_meaning():
    amount = fact_schema()["$defs"]["AmountFact"]["properties"]
    assert "96.4 billion" in amount["value"]["description"]
    assert "ISO 4217" in amount["unit"]["description"]
