"""The recall audit's sampler (benchmarks/audit.py misses): one seed draws one sample, and only sentences
that may hold a fact (a digit, a number word, a month or weekday, or a capitalised word after the first)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType


def _audit() -> ModuleType:
    path = Path(__file__).resolve().parent.parent / "benchmarks" / "audit.py"
    spec = importlib.util.spec_from_file_location("audit", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


audit = _audit()

TEXT = (
    "Storm hits coast\n\n"
    "The wind was strong. It rained all night. Some 300 homes lost power. "
    "Officials met in Boston on Tuesday. Nobody was hurt. Three roads closed!\n\n"
    "More rain is expected. A dozen crews are out. Is it over? (Not yet.) No."
)
RECORDS = [{"doc_id": f"doc{i}", "language": "en", "text": TEXT} for i in range(5)] + [
    {"doc_id": "de", "language": "de", "text": "Es regnete 300 Tage in Berlin."}
]


def test_split_and_candidate_rule() -> None:
    found = [TEXT[s:e] for s, e in audit.sentences(TEXT)]
    assert found[:3] == ["Storm hits coast", "The wind was strong.", "It rained all night."]
    assert found[-3:] == ["Is it over?", "(Not yet.)", "No."]
    picked = [s for s in found if audit.is_candidate(s)]
    assert picked == [
        "Some 300 homes lost power.",
        "Officials met in Boston on Tuesday.",
        "Three roads closed!",
        "A dozen crews are out.",
    ]


def test_sampler_is_deterministic_and_draws_only_candidates() -> None:
    first = audit.draw(RECORDS, seed=20261224, n=12)
    assert first == audit.draw(RECORDS, seed=20261224, n=12)
    assert first != audit.draw(RECORDS, seed=7, n=12)
    assert len(first) == 12
    assert all(audit.is_candidate(sentence) for _, _, _, sentence in first)
    assert all(TEXT[start:end] == sentence for _, start, end, sentence in first)
    assert not any(doc_id == "de" for doc_id, *_ in first)  # English records only
    assert len(audit.draw(RECORDS, seed=1, n=1000)) == 4 * 5  # n larger than the pool: every candidate once
