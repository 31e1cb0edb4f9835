"""The Dask path on a real two-worker LocalCluster gives exactly the single-process facts."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import FIXTURES, REPO

from extractor.batch import BatchOptions, run
from extractor.models import Article

distributed = pytest.importorskip("dask.distributed")

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


def test_dask_facts_equal_the_single_process_run(inputs, tmp_path):
    from extractor.dask import extract_to_parts, partitions

    assert len(partitions(inputs)) == 4  # two JSONL files, two folders of pages
    expected = sorted(
        fact.model_dump_json()
        for r in run(inputs, BatchOptions(jobs=1))
        if isinstance(r, Article)
        for fact in r.facts or []
    )
    out = tmp_path / "parts"
    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        distributed.Client(cluster) as client,
    ):
        summary = extract_to_parts(inputs, str(out))
        loads = client.run(_model_loads)
    assert sorted(Path(s["part"]).name for s in summary) == [f"part-0000{n}.jsonl" for n in range(4)]
    got = sorted(line for part in sorted(out.glob("part-*.jsonl")) for line in part.read_text().splitlines())
    assert expected and got == expected
    assert sorted(loads.values()) <= [1, 1]  # each worker loaded the model at most once


def test_the_core_does_not_import_dask():
    code = (
        "import sys, extractor.cli, extractor.batch; extractor.cli._parser(); "
        "print(any(m == 'dask' or m.startswith('dask.') for m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=120)
    assert result.stdout.strip() == "False"
