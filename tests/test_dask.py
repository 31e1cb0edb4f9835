"""The Dask path on a real two-worker LocalCluster gives exactly the single-process facts."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import FIXTURES, REPO

from extractor.batch.run import BatchOptions, run
from extractor.models import Article

distributed = pytest.importorskip("dask.distributed")
pytestmark = pytest.mark.slow  # a real two-worker cluster: processes, a scheduler, model loads

RECORDS = [
    {"id": "a", "text": "Zhejiang invested 96.4 billion yuan in 329 projects.", "reference_date": "2021-05-08"},
    {"id": "b", "text": "About 1,200 people met in Kenya on 3 March 2020.", "reference_date": "2021-05-08"},
    {"id": "c", "text": "Prices rose 4% in Paris last year.", "reference_date": "2021-05-08"},
]


@pytest.fixture
def inputs(tmp_path) -> list[str]:
    shutil.copytree(FIXTURES / "peoples-daily", tmp_path / "pages" / "peoples-daily")
    shutil.copytree(FIXTURES / "hostile", tmp_path / "pages" / "hostile")
    parts = []
    for n, chunk in enumerate([RECORDS[:2], RECORDS[2:]]):
        path = tmp_path / f"records-{n}.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in chunk), encoding="utf-8")
        parts.append(str(path))
    return [str(tmp_path / "pages"), *parts]


def _model_loads() -> int:
    from extractor.nlp import load

    return load.cache_info().misses


def _partitions_done() -> int:
    import extractor.batch.distributed

    return extractor.batch.distributed._partitions_done


def _local_facts(inputs: list[str]) -> list[str]:
    return sorted(
        fact.model_dump_json()
        for r in run(inputs, BatchOptions(jobs=1))
        if isinstance(r, Article)
        for fact in r.facts or []
    )


@pytest.fixture(scope="module")
def cluster():
    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


def test_dask_facts_equal_the_single_process_run_and_every_worker_gets_work(inputs, tmp_path, cluster):
    from extractor.batch.distributed import extract_to_parts, plan

    parts = plan(inputs, articles_per_partition=1)
    # one article a partition: the three pages of the People's Daily article stay together
    assert len(parts) == 5 and sorted(len(g) for p in parts for g in p.pages) == [1, 3]
    out = tmp_path / "parts"
    summary = extract_to_parts(inputs, str(out), articles_per_partition=1)
    assert sorted(Path(s["part"]).name for s in summary) == [f"part-0000{n}.jsonl" for n in range(5)]
    got = sorted(line for part in sorted(out.glob("part-*.jsonl")) for line in part.read_text().splitlines())
    assert got == _local_facts(inputs) and got
    assert all(n >= 1 for n in cluster.run(_partitions_done).values())  # both workers extracted
    assert sorted(cluster.run(_model_loads).values()) <= [1, 1]  # each worker loaded the model at most once


def test_a_flat_folder_and_one_jsonl_file_spread_over_partitions(tmp_path, cluster):
    from extractor.batch.distributed import plan

    flat = tmp_path / "flat"
    flat.mkdir()
    for n in range(5):
        (flat / f"page-{n}.html").write_text(f"<html><body><p>About {n + 2} people met in Paris.</p></body></html>")
    records = tmp_path / "records.jsonl"
    records.write_text("".join(json.dumps({**RECORDS[n % 3], "id": f"r{n}"}) + "\n" for n in range(7)))
    parts = plan([str(flat), str(records)], articles_per_partition=3)
    assert [p.size() for p in parts] == [3, 3, 3, 3]
    assert parts[0].jsonl == [(str(records), 1, 4)] and parts[2].jsonl == [(str(records), 7, 8)]


def test_a_folder_of_jsonl_files_and_file_urls_are_inputs(tmp_path, cluster):
    from extractor.batch.distributed import facts_bag

    folder = tmp_path / "records"
    folder.mkdir()
    for n, chunk in enumerate([RECORDS[:2], RECORDS[2:]]):
        (folder / f"part-{n}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in chunk), encoding="utf-8")
    pages = tmp_path / "pages"
    shutil.copytree(FIXTURES / "peoples-daily", pages)
    facts = facts_bag([str(folder), f"file://{pages}"], articles_per_partition=2).compute()
    expected = _local_facts([str(folder / "part-0.jsonl"), str(folder / "part-1.jsonl")])
    assert (
        sorted(
            json.dumps(f, separators=(",", ":"), ensure_ascii=False) for f in facts if f["doc_id"] in ("a", "b", "c")
        )
        == expected
    )
    paged = [f for f in facts if f["doc_id"] not in ("a", "b", "c")]
    assert {f["doc_id"] for f in paged} == {f"file://{pages}/c90000-9847469.html"}  # one article of three pages
    assert {f["page"] for f in paged} == {1, 2, 3}


def test_the_core_does_not_import_dask():
    code = (
        "import sys, extractor.cli, extractor.batch.run; extractor.cli._parser(); "
        "print(any(m == 'dask' or m.startswith('dask.') for m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=120)
    assert result.stdout.strip() == "False"
