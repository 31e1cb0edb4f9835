"""Accuracy floors on a fixed sample of every gold suite in ../shared/eval, scored by its own score.py.

Each floor sits just under the figure measured when it was set (benchmarks/ACCURACY.md has the
full-file figures): a change that loses accuracy fails here; one that gains should raise the floor.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
from collections import defaultdict

import pytest
from conftest import shared_path

from extractor import extract_text

pytestmark = pytest.mark.slow  # scores 60 documents of every gold file through the whole pipeline

SAMPLE = 60  # documents from the top of each file

# (file under ../shared/eval, kind, floor on strict F1 over the sample), set 2026-11-25 about 0.02 under the
# sample's figure then (the sample's figures differ from the whole files' in ACCURACY.md)
FLOORS = [
    ("peers/recognizers_currency.jsonl", "amount", 0.87),
    ("peers/recognizers_dimension.jsonl", "amount", 0.84),
    ("peers/recognizers_percent.jsonl", "amount", 0.83),
    ("peers/recognizers_temperature.jsonl", "amount", 0.95),
    ("peers/recognizers_number.jsonl", "count", 0.88),
    # lowered 2026-12-04 from 0.89: "earlier/later this week/month/year" run to or from the page's date, where the
    # suite takes halves of the period (4 of its 6 such items are in the sample; sample figure 0.838)
    ("peers/recognizers_datetime.jsonl", "date", 0.82),
    ("peers/quantulum3.jsonl", "amount", 0.67),
    # lowered 2026-12-03 from 0.53: issue 17 makes a fraction before "of" no count ("two thirds of the cake",
    # "1/40 of"), which quantulum3's suite expects as counts (sample figure 0.512)
    ("peers/quantulum3.jsonl", "count", 0.49),
    ("news_gold/meantime_en.jsonl", "date", 0.94),
    # places raised the same day after the place fixes: sample figures 0.557, 0.791, 0.853
    ("news_gold/meantime_en.jsonl", "place", 0.54),
    ("news_gold/geowebnews.jsonl", "place", 0.77),
    ("news_gold/tr_news.jsonl", "place", 0.83),
]


@pytest.fixture(scope="module")
def scorer():
    path = shared_path("eval", "score.py")
    spec = importlib.util.spec_from_file_location("shared_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def strict_f1(scorer, gold_file: str, kind: str) -> float:
    docs = scorer.load_gold(shared_path("eval", *gold_file.split("/")), SAMPLE)
    tally = defaultdict(lambda: defaultdict(int))
    for doc in docs:
        reference = dt.date.fromisoformat(doc["reference_date"]) if doc.get("reference_date") else None
        facts = [f.model_dump() for f in extract_text(doc["text"], doc["id"], reference).facts]
        scorer.score_doc(doc["expected"], facts, {kind}, tally)
    t = tally[kind]
    return scorer.prf(t["correct"], t["predicted"], t["gold"])[2]


@pytest.mark.parametrize("gold_file, kind, floor", FLOORS, ids=[f"{f.split('/')[1]}-{k}" for f, k, _ in FLOORS])
def test_strict_f1_stays_above_its_floor(scorer, gold_file, kind, floor):
    score = strict_f1(scorer, gold_file, kind)
    print(f"{gold_file} {kind}: strict F1 {score:.3f} (floor {floor})")
    assert score >= floor
