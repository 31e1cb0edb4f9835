"""Digits with a glued exponent that count no noun name a thing: MEANTIME's "Boeing's upcoming new design, the
7e7" is no count of 70,000,000 (issue 17); "1e6 people" still counts. The sentence is read in place from
../shared/eval/news_gold/meantime_en_numbers.jsonl."""

from __future__ import annotations

import json

from conftest import shared_path

import extractor


def meantime_text(doc_id: str) -> str:
    with shared_path("eval", "news_gold", "meantime_en_numbers.jsonl").open(encoding="utf-8") as f:
        return next(d for d in map(json.loads, f) if d["id"] == doc_id)["text"]


def test_a_design_named_with_an_exponent_is_no_count():
    article = extractor.extract_text(meantime_text("meantime-en:3307"), "meantime-en:3307")
    assert [f.text for f in article.facts if "7e7" in f.text] == []
    assert any(f.kind == "count" for f in article.facts) or any(f.kind == "amount" for f in article.facts)


def test_an_exponent_that_counts_a_noun_stays_a_count():
    article = extractor.extract_text("About 1e6 people came to the rally.", "rally")
    assert [(f.kind, f.value) for f in article.facts] == [("count", 1000000)]
