"""Typed columns: the facts as pandas, pyarrow and DuckDB read them, from JSONL and from Parquet."""

from __future__ import annotations

import json

import duckdb
import pandas as pd
import pyarrow.parquet as pq
import pytest
from conftest import REPO

from extractor.cli import main
from extractor.columns import fact_schema

PAGE = REPO / "fixtures" / "peoples-daily"


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("columns")
    jsonl, parquet = folder / "facts.jsonl", folder / "facts.parquet"
    assert main(["extract", str(PAGE), "-o", str(jsonl), "-q", "--jobs", "1"]) == 0
    assert main(["extract", str(PAGE), "--format", "parquet", "-o", str(parquet), "-q", "--jobs", "1"]) == 0
    return jsonl, parquet


def test_number_and_date_value_keep_one_type_across_kinds(outputs):
    jsonl, _ = outputs
    facts = [json.loads(line) for line in jsonl.read_text().splitlines()]
    quantities = [f for f in facts if f["kind"] in ("amount", "count") and f["value"] is not None]
    assert quantities and all(isinstance(f["number"], float) and f["number"] == f["value"] for f in quantities)
    one_day = [f for f in facts if f["kind"] == "date" and f["granularity"] == "day" and "/" not in (f["value"] or "/")]
    assert one_day and all(f["date_value"] == f["value"] for f in one_day)
    others = [f for f in facts if f["kind"] == "date" and f not in one_day]
    assert others and all(f["date_value"] is None for f in others)  # months, years, intervals of days


def test_duckdb_sums_numbers_and_reads_days_as_dates_from_jsonl(outputs):
    jsonl, _ = outputs
    total, day_type = duckdb.sql(
        f"select sum(number), any_value(typeof(date_value)) from read_json_auto('{jsonl}') where kind <> 'place'"
    ).fetchall()[0]
    assert total > 96_400_000_000  # the 96.4 billion yuan alone
    assert day_type == "DATE"


def test_parquet_has_the_schema_from_the_models_and_every_fact(outputs):
    jsonl, parquet = outputs
    table = pq.read_table(parquet)
    assert table.schema == fact_schema()
    assert table.num_rows == len(jsonl.read_text().splitlines())
    frame = pd.read_parquet(parquet)
    assert str(frame["number"].dtype) == "float64"
    by_kind = duckdb.sql(f"select kind, sum(number) from '{parquet}' group by kind").fetchall()
    assert dict(by_kind)["amount"] > 96_400_000_000
    first_day = duckdb.sql(f"select min(date_value) from '{parquet}'").fetchall()[0][0]
    assert first_day is not None and first_day.year > 1900  # a DATE, not a string


def test_parquet_needs_a_file(tmp_path, capsys):
    assert main(["extract", str(PAGE), "--format", "parquet"]) == 2
    assert "needs -o FILE" in capsys.readouterr().err


def test_quiet_silences_the_summary_and_verbose_adds_a_line_per_article(tmp_path, capsys):
    out = tmp_path / "f.jsonl"
    main(["extract", str(PAGE), "-o", str(out), "--jobs", "1"])
    (summary,) = capsys.readouterr().err.splitlines()
    assert summary.startswith("extractor: 1 articles, ") and "(amount " in summary and ", 0 errors, " in summary
    main(["extract", str(PAGE), "-o", str(out), "-q", "--jobs", "1"])
    assert capsys.readouterr().err == ""
    main(["extract", str(PAGE), "-o", str(out), "-v", "--jobs", "1"])
    lines = capsys.readouterr().err.splitlines()
    assert lines[0].startswith(f"extractor: {PAGE / 'c90000-9847469.html'}: ") and lines[0].endswith(" facts")


@pytest.mark.slow
def test_a_terminal_gets_a_bar_of_articles_done_with_facts_per_second(tmp_path):
    """stderr on a real pseudo-terminal: the bar counts articles (not files read) and shows facts/s."""
    import fcntl
    import os
    import pty
    import struct
    import subprocess
    import sys
    import termios

    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # a terminal's size
    done = subprocess.run(
        [sys.executable, "-m", "extractor", "extract", str(PAGE), "-o", str(tmp_path / "f.jsonl"), "--jobs", "1"],
        stderr=follower,
        stdout=subprocess.DEVNULL,
        cwd=REPO,
        timeout=300,
    )
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal is closed once everything is read
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    text = shown.decode("utf-8", "replace")
    assert done.returncode == 0
    assert "1article" in text.replace(" ", "") and "facts/s" in text
    assert "extractor: 1 articles, " in text
