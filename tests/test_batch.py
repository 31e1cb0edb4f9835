"""Batches: the same facts whatever the jobs, a dying worker costs one article, --resume never doubles a fact."""

from __future__ import annotations

import json
import os
import shutil

import pytest
from conftest import FIXTURES

from extractor import cli
from extractor.batch import run as batch
from extractor.batch.resume import Skip
from extractor.batch.run import BatchOptions, run
from extractor.batch.workers import Pool, windowed
from extractor.errors import ExtractorError
from extractor.models import Article

RECORDS = [
    {"id": "a", "text": "Zhejiang invested 96.4 billion yuan in 329 projects.", "reference_date": "2021-05-08"},
    {"id": "quiet", "text": "Nothing to count here, just words."},
    {"id": "b", "text": "About 1,200 people met in Kenya on 3 March 2020.", "reference_date": "2021-05-08"},
    {"id": "c", "text": "Prices rose 4% in Paris last year.", "reference_date": "2021-05-08"},
]


def _write_jsonl(path, records) -> str:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return str(path)


def _lines(results) -> list[str]:
    return [fact.model_dump_json() for r in results if isinstance(r, Article) for fact in r.facts or []]


# --- the pool ------------------------------------------------------------------------------------


def _square_or_die(n: int) -> int:
    if n == 3:
        os._exit(1)  # what a segfault in a C extension looks like to the pool
    return n * n


def _crashed(n: int) -> str:
    return f"crashed {n}"


@pytest.mark.parametrize("ordered", [True, False])
def test_a_worker_that_dies_costs_only_its_item(ordered):
    pool = Pool(2)
    try:
        out = list(windowed(pool, _square_or_die, range(10), _crashed, window=4, ordered=ordered))
    finally:
        pool.close()
    expected = [n * n if n != 3 else "crashed 3" for n in range(10)]
    assert (out if ordered else sorted(out, key=str)) == (expected if ordered else sorted(expected, key=str))


def _die_on_boom(doc, options):
    if doc.doc_id == "boom":
        os._exit(1)
    return _real_document_article(doc, options)


_real_document_article = batch.document_article


def test_a_crashing_article_is_reported_and_the_rest_complete(tmp_path, monkeypatch):
    path = _write_jsonl(tmp_path / "in.jsonl", [RECORDS[0], {"id": "boom", "text": "x"}, *RECORDS[2:]])
    monkeypatch.setattr(batch, "document_article", _die_on_boom)  # forked workers inherit the patch
    results = list(run([path], BatchOptions(jobs=2)))
    errors = [r for r in results if isinstance(r, ExtractorError)]
    assert [(e.source, e.message) for e in errors] == [("jsonl:boom", batch.CRASHED)]
    assert [r.doc_id for r in results if isinstance(r, Article)] == ["a", "b", "c"]


# --- same output whatever the jobs ---------------------------------------------------------------


@pytest.fixture
def mixed_inputs(tmp_path) -> list[str]:
    pages = tmp_path / "pages"
    shutil.copytree(FIXTURES / "peoples-daily", pages)
    return [str(pages), _write_jsonl(tmp_path / "in.jsonl", RECORDS)]


@pytest.mark.slow
def test_jobs_do_not_change_the_output(mixed_inputs):
    one = _lines(run(mixed_inputs, BatchOptions(jobs=1)))
    two = _lines(run(mixed_inputs, BatchOptions(jobs=2)))
    assert one and two == one
    unordered = _lines(run(mixed_inputs, BatchOptions(jobs=2, ordered=False)))
    assert sorted(unordered) == sorted(one)


def test_saved_pages_are_still_grouped_when_spilled(mixed_inputs):
    articles = [r for r in run(mixed_inputs, BatchOptions(jobs=1)) if isinstance(r, Article)]
    assert [len(a.pages) for a in articles] == [1, 1, 1, 1, 3]  # JSONL first, then the 3-page article
    assert articles[-1].blocks[-1].page == 3


def test_results_stream_before_all_inputs_are_read(tmp_path):
    paths = [_write_jsonl(tmp_path / f"{n}.jsonl", [{"id": str(n), "text": "3 cats."}]) for n in range(20)]
    read = []
    first = next(run(paths, BatchOptions(jobs=1), tick=lambda: read.append(1)))
    assert isinstance(first, Article) and len(read) <= 1


# --- --resume ------------------------------------------------------------------------------------


def _extract(*args: str) -> int:
    return cli.main(["extract", "--jobs", "1", *args])


def _counting(monkeypatch) -> list[str]:
    seen: list[str] = []

    def counted(doc, options):
        seen.append(doc.doc_id)
        return _real_document_article(doc, options)

    monkeypatch.setattr(batch, "document_article", counted)
    return seen


def test_resume_after_a_kill_skips_done_articles_and_never_doubles_a_fact(tmp_path, monkeypatch):
    full = _write_jsonl(tmp_path / "all.jsonl", RECORDS)
    reference = tmp_path / "ref.jsonl"
    assert _extract(full, "-o", str(reference)) == 0
    out = tmp_path / "out.jsonl"
    assert _extract(_write_jsonl(tmp_path / "first.jsonl", RECORDS[:2]), "-o", str(out), "--resume") == 0
    with open(out, "a") as f:  # killed while writing article "b": half of it is on disk, not in .done
        f.write(reference.read_text().splitlines()[-1] + "\n" + '{"kind": "amou')
    with open(f"{out}.done", "a") as f:
        f.write('{"doc_id": "b", "sour')

    seen = _counting(monkeypatch)
    assert _extract(full, "-o", str(out), "--resume") == 0
    assert seen == ["b", "c"]  # "quiet" had no facts and is not redone either
    assert sorted(out.read_text().splitlines()) == sorted(reference.read_text().splitlines())
    done = [json.loads(line)["doc_id"] for line in open(f"{out}.done")]
    assert done == ["a", "quiet", "b", "c"]


def test_resume_adopts_a_file_written_without_it(tmp_path, monkeypatch):
    full = _write_jsonl(tmp_path / "all.jsonl", RECORDS)
    out = tmp_path / "out.jsonl"
    assert _extract(_write_jsonl(tmp_path / "first.jsonl", RECORDS[:1]), "-o", str(out)) == 0
    before = out.read_text()
    seen = _counting(monkeypatch)
    assert _extract(full, "-o", str(out), "--resume") == 0
    assert seen == ["quiet", "b", "c"]
    assert out.read_text().startswith(before)


def test_resume_skips_saved_pages_without_reading_them(tmp_path, monkeypatch):
    pages = tmp_path / "pages"
    shutil.copytree(FIXTURES / "peoples-daily", pages)
    out = tmp_path / "out.jsonl"
    assert _extract(str(pages), "-o", str(out), "--resume") == 0
    first = out.read_text()
    parsed: list[str] = []
    monkeypatch.setattr(batch, "parse_page", lambda html, source, url=None: parsed.append(source))
    assert _extract(str(pages), "-o", str(out), "--resume") == 0
    assert parsed == [] and out.read_text() == first


def test_resume_needs_an_output_file(capsys):
    assert _extract("x.jsonl", "--resume") == 2
    assert "--resume needs -o FILE" in capsys.readouterr().err


def test_a_plain_run_drops_a_stale_ledger(tmp_path):
    full = _write_jsonl(tmp_path / "all.jsonl", RECORDS[:1])
    out = tmp_path / "out.jsonl"
    assert _extract(full, "-o", str(out), "--resume") == 0
    assert _extract(full, "-o", str(out)) == 0
    assert not os.path.exists(f"{out}.done")


def test_skip_leaves_jsonl_records_out_before_any_work(tmp_path, monkeypatch):
    seen = _counting(monkeypatch)
    path = _write_jsonl(tmp_path / "in.jsonl", RECORDS)
    ids = [r.doc_id for r in run([path], BatchOptions(), skip=Skip(doc_ids={"a", "c"}))]
    assert ids == seen == ["quiet", "b"]


def test_errors_cross_process_boundaries_intact(tmp_path):
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.html"
    blank.write_text("<html><body><script>x()</script></body></html>", encoding="utf-8")
    path = _write_jsonl(tmp_path / "in.jsonl", RECORDS[:1])
    results = list(run([str(empty), path, str(blank)], BatchOptions(jobs=2)))
    assert [(type(r).__name__, getattr(r, "message", None)) for r in results] == [
        ("InputError", "empty file"),
        ("Article", None),
        ("ExtractionError", "no article text found"),
    ]
