"""The cap on the article text read for facts (`--max-text`, settings.max_text()): a real page made long by
repeating its own paragraphs is cut where a sentence ends before the cap, says so on stderr and in its record
(`facts_cut_at`), and keeps every fact of the text before the cut."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import SEED, without_summary

from extractor.cli import main
from extractor.pipeline import cut_point
from extractor.settings import MAX_TEXT, MAX_TEXT_VARIABLE

CAP = 6_000


@pytest.fixture(autouse=True)
def _own_setting(monkeypatch):
    """--max-text sets the variable for the process (and its workers): undone after each test."""
    monkeypatch.delenv(MAX_TEXT_VARIABLE, raising=False)


def long_page(root: Path, copies: int = 4) -> Path:
    """The People's Daily article (one paragraph a line) with its paragraphs written `copies` times."""
    lines = SEED.read_text(encoding="utf-8").splitlines(keepends=True)
    first = next(i for i, line in enumerate(lines) if line.startswith("\tThanks to the pairing"))
    last = next(i for i, line in enumerate(lines) if line.startswith("<br><center>"))
    page = root / "long-report.html"
    page.write_text("".join(lines[:first] + lines[first:last] * copies + lines[last:]), encoding="utf-8")
    return page


def articles(root: Path, page: Path, capsys, *extra: str) -> tuple[dict, list[str]]:
    out = root / f"out{len(extra)}.jsonl"
    code = main(["extract", str(page), "--format", "articles", "-o", str(out), "--jobs", "1", *extra])
    assert code == 0
    (record,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    return record, without_summary(capsys.readouterr().err)


def test_a_long_article_is_read_up_to_the_cap_and_says_so(tmp_path, capsys):
    page = long_page(tmp_path)
    whole, quiet = articles(tmp_path, page, capsys)
    cut, notices = articles(tmp_path, page, capsys, "--max-text", str(CAP))

    assert quiet == [] and "facts_cut_at" not in whole
    assert cut["text"] == whole["text"] and cut["blocks"] == whole["blocks"]  # the record keeps all its text
    at = cut["facts_cut_at"]
    assert CAP - 1_000 < at <= CAP < len(cut["text"])
    assert cut["text"][:at].rstrip().endswith(".")  # cut where a sentence ends
    assert notices == [
        f"extractor: {page}: article text is {len(cut['text']):,} characters; facts read from the first {at:,} "
        f"only (--max-text {CAP})"
    ]
    # every fact before the cut, as reading the whole text gives it, and none after it
    assert cut["facts"] and all(f["end_char"] <= at for f in cut["facts"])
    assert cut["facts"] == [f for f in whole["facts"] if f["end_char"] <= at]


def test_the_cap_applies_to_jsonl_text_records_too(tmp_path, capsys):
    text = "\n\n".join(["In 2019, 1,200 people in Paris paid $5 million for 3 km of road."] * 200)
    records = tmp_path / "records.jsonl"
    records.write_text(json.dumps({"id": "long-text", "text": text}) + "\n", encoding="utf-8")
    record, notices = articles(tmp_path, records, capsys, "--max-text", "1000")
    assert record["facts_cut_at"] <= 1_000 and record["text"] == text
    assert record["facts"] and max(f["end_char"] for f in record["facts"]) <= record["facts_cut_at"]
    assert len(notices) == 1 and "facts read from the first" in notices[0]


def test_where_the_cut_falls():
    assert cut_point("x" * MAX_TEXT, MAX_TEXT) is None  # no real article is near the default
    assert cut_point("One. Two three four", 14) == 5  # after the last sentence end before the cap
    assert cut_point("one two three four", 14) == 14  # else after the last space ("one two three ")
    assert cut_point("0123456789" * 3, 14) == 14  # else at the cap
