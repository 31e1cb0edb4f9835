"""Past one machine: the same extraction on Dask, one JSONL part per partition.

Needs the optional extra (`pip install extractor[dask]`); nothing else in the package imports this
module, so the core runs without Dask.

A partition is a unit that can be extracted on its own: each JSONL file is one (Dask and Spark write
their outputs as many part files), and saved pages are partitioned by folder, because the pages of
a multi-page article are grouped by links between given files and must meet in one partition. Each
partition runs `batch.run` in one worker process; the spaCy model is loaded once per worker process
(nlp.load is cached) and reused by every partition that worker runs. Parts are written whole or not
at all, so a retried task (a lost worker) never leaves a half part behind.

    from dask.distributed import Client
    from extractor.dask import extract_to_parts
    with Client("scheduler:8786"):          # or LocalCluster(n_workers=..., threads_per_worker=1)
        extract_to_parts(["s3-mounted/articles/"], "out/facts/")
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from pathlib import Path

import dask.bag as db

from .batch import BatchOptions, run
from .errors import ExtractorError
from .nlp import tune_process
from .output import article_lines, error_line, open_output
from .sources import expand_paths


def partitions(paths: list[str]) -> list[list[str]]:
    """Inputs -> partitions: every JSONL file alone, saved pages by folder, in a stable order."""
    jsonl: list[list[str]] = []
    folders: dict[str, list[str]] = defaultdict(list)
    for path in expand_paths(paths):
        if path.lower().endswith(".jsonl"):
            jsonl.append([path])
        else:
            folders[str(Path(path).parent)].append(path)
    return jsonl + [folders[key] for key in sorted(folders)]


def extract_to_parts(
    paths: list[str], out_dir: str, fmt: str = "facts", reference_date: dt.date | None = None
) -> list[dict]:
    """Run the extraction over the partitions of `paths` on the current Dask scheduler (a
    distributed Client if one is active), writing out_dir/part-NNNNN.jsonl (and .errors.jsonl when
    a partition has failures). Returns one summary per partition: part, articles, failed."""
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    parts = partitions(paths)
    if not parts:
        return []
    bag = db.from_sequence(list(enumerate(parts)), npartitions=len(parts))
    return bag.map(extract_partition, out_dir=out_dir, fmt=fmt, reference_date=reference_date).compute()


def extract_partition(
    numbered: tuple[int, list[str]], out_dir: str, fmt: str = "facts", reference_date: dt.date | None = None
) -> dict:
    """One partition in this worker process (jobs=1: Dask already spreads partitions over cores)."""
    number, paths = numbered
    tune_process()
    options = BatchOptions(reference_date=reference_date, with_facts=True, jobs=1)
    part = Path(out_dir, f"part-{number:05d}.jsonl")
    articles = failed = 0
    errors: list[str] = []
    with open_output(str(part)) as out:
        for result in run(paths, options):
            if isinstance(result, ExtractorError):
                failed += 1
                errors.append(error_line(result))
                continue
            articles += 1
            out.write("".join(line + "\n" for line in article_lines(result, fmt)))
    if errors:
        with open_output(str(part.with_suffix(".errors.jsonl"))) as out:
            out.write("".join(line + "\n" for line in errors))
    return {"part": str(part), "articles": articles, "failed": failed}
