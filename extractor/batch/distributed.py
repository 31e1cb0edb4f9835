"""Past one machine: the same extraction on Dask, in partitions of about N articles whatever the layout.

Needs the optional extra (`pip install "newsfacts[dask]"`); nothing else in the package imports this
module, so the core runs without Dask.

Planning, then extracting, both on the cluster:
1. Survey (one task per chunk of files): every saved page is read and parsed for what grouping reads (its
   URLs and next links), and every JSONL file's lines are counted. Pages are not kept: re-parsing a page
   later costs ~9 ms against ~60 ms of NLP, and the survey's results stay small.
2. Plan (on the client): the saved pages are grouped into articles exactly as a local run groups them
   (pagination links between any of the given files, wherever they sit), JSONL files are cut into line
   ranges, and articles are dealt into partitions of about `articles_per_partition` in input order.
   A flat folder of 10,000 pages and one JSONL file of 10,000 records both spread over every worker.
3. Extract (one task per partition): each partition becomes `part-NNNNN.jsonl`, written whole or not
   at all, so a task Dask retries on another worker leaves no half part; or, with `facts_bag`, a
   `dask.bag` of fact records for users who keep computing.

Inputs are local paths or fsspec URLs (`file://`, `s3://`, `gs://`... where the matching fsspec backend is
installed). A folder gives its saved pages, or its `.jsonl` files when it has no page. The spaCy model is
loaded once per worker process (nlp.load is cached) and reused by every partition that worker runs.

    from dask.distributed import Client
    from extractor.batch.distributed import extract_to_parts
    with Client("scheduler:8786"):          # or LocalCluster(n_workers=..., threads_per_worker=1)
        extract_to_parts(["s3://bucket/articles/"], "out/facts/")
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import dask.bag as db
import fsspec

from ..errors import ExtractorError, InputError
from ..nlp import tune_process
from ..output import article_lines, error_line, open_output
from ..pages.grouping import group_pages
from ..pages.page import ParsedPage
from ..pipeline import build_article, parse_page
from ..settings import MAX_BYTES
from ..sources import PAGE_SUFFIXES, RawPage, expand_paths, jsonl_record, page_from_bytes, read_path
from .run import BatchOptions, Result, document_article, guarded, stub

__all__ = ["Partition", "extract_partition", "extract_to_parts", "facts_bag", "plan"]

ARTICLES_PER_PARTITION = 100
_FILES_PER_SURVEY = 200
_partitions_done = 0  # per worker process: lets a test see that every worker got work


@dataclass
class Partition:
    """About N articles: groups of saved pages (each an article, its pages in order), JSONL line ranges
    (path, first line, line after the last; 1-based), and inputs that failed the survey."""

    number: int
    pages: list[list[str]] = field(default_factory=list)
    jsonl: list[tuple[str, int, int]] = field(default_factory=list)
    errors: list[ExtractorError] = field(default_factory=list)

    def size(self) -> int:
        return len(self.pages) + sum(stop - start for _, start, stop in self.jsonl) + len(self.errors)


def plan(
    paths: list[str], articles_per_partition: int = ARTICLES_PER_PARTITION, max_bytes: int = MAX_BYTES
) -> list[Partition]:
    """The inputs as partitions of about `articles_per_partition` articles, surveyed on the current Dask
    scheduler. Pages of one article always land in one partition."""
    files = list(_list_inputs(paths))
    pages = [path for kind, path in files if kind == "page"]
    jsonl = [path for kind, path in files if kind == "jsonl"]
    tasks: list[tuple[str, list[str]]] = [("jsonl", [path]) for path in jsonl]
    tasks += [("pages", pages[i : i + _FILES_PER_SURVEY]) for i in range(0, len(pages), _FILES_PER_SURVEY)]
    if not tasks:
        return []
    surveyed = db.from_sequence(tasks, npartitions=len(tasks)).map(_survey, max_bytes=max_bytes).compute()
    return _deal(jsonl, surveyed, articles_per_partition)


def _list_inputs(paths: list[str]) -> Iterator[tuple[str, str]]:
    """("page" | "jsonl", path) for every input file, in a stable order."""
    for path in paths:
        if "://" in path:
            yield from _list_remote(path)
            continue
        found = list(expand_paths([path]))
        if Path(path).is_dir() and found == [path]:  # no saved page in it: its JSONL files, if any
            found = sorted(str(f) for f in Path(path).rglob("*.jsonl") if f.is_file()) or [path]
        yield from ((_kind(f), f) for f in found)


def _list_remote(url: str) -> Iterator[tuple[str, str]]:
    fs, root = fsspec.core.url_to_fs(url)
    if not fs.isdir(root):
        yield _kind(url), url
        return
    files = sorted(fs.find(root))
    pages = [f for f in files if f.lower().endswith(PAGE_SUFFIXES)]
    chosen = pages or [f for f in files if f.lower().endswith(".jsonl")]
    yield from ((_kind(f), fs.unstrip_protocol(f)) for f in chosen)


def _kind(path: str) -> str:
    return "jsonl" if path.lower().endswith(".jsonl") else "page"


def _survey(task: tuple[str, list[str]], max_bytes: int) -> list[ParsedPage | ExtractorError | int]:
    """A JSONL file's line count, or each page's grouping stub (or the error that stopped it)."""
    kind, paths = task
    if kind == "jsonl":
        try:
            with _open_text(paths[0]) as handle:
                return [sum(1 for _ in handle)]
        except (OSError, UnicodeDecodeError) as err:
            return [InputError(paths[0], f"cannot read: {err}")]
    out: list[ParsedPage | ExtractorError | int] = []
    for path in paths:
        page = _read_page(path, max_bytes)
        parsed = page if isinstance(page, ExtractorError) else guarded(path, partial(_parse, page))
        out.append(parsed if isinstance(parsed, ExtractorError) else stub(parsed))
    return out


def _deal(jsonl: list[str], surveyed: list[list], per_partition: int) -> list[Partition]:
    """Articles, in input order (JSONL records, then saved pages as grouped), into partitions."""
    partitions = [Partition(0)]

    def room() -> Partition:
        if partitions[-1].size() >= per_partition:
            partitions.append(Partition(len(partitions)))
        return partitions[-1]

    for path, (result,) in zip(jsonl, surveyed[: len(jsonl)], strict=True):
        if isinstance(result, ExtractorError):
            room().errors.append(result)
            continue
        start = 1
        while start <= result:
            part = room()
            stop = min(result + 1, start + per_partition - part.size())
            part.jsonl.append((path, start, stop))
            start = stop
    stubs = [item for chunk in surveyed[len(jsonl) :] for item in chunk]
    for item in stubs:
        if isinstance(item, ExtractorError):
            room().errors.append(item)
    for group in group_pages([s for s in stubs if isinstance(s, ParsedPage)]):
        room().pages.append([page.source for page in group])
    return [p for p in partitions if p.size()]


def partition_results(partition: Partition, options: BatchOptions) -> Iterator[Result]:
    """Every article of a partition (or the error that stopped it), as a local run gives them."""
    yield from partition.errors
    for path, start, stop in partition.jsonl:
        yield from _jsonl_slice(path, start, stop, options)
    for sources in partition.pages:
        yield _group_article(sources, options)


def _jsonl_slice(path: str, start: int, stop: int, options: BatchOptions) -> Iterator[Result]:
    with _open_text(path) as handle:
        for number, line in enumerate(handle, start=1):
            if number >= stop:
                break
            if number < start or not line.strip():
                continue
            record = jsonl_record(line, f"{path}:{number}", options.max_bytes)
            if isinstance(record, ExtractorError):
                yield record
            else:
                yield guarded(record.pages[0].source, partial(document_article, record, options))


def _group_article(sources: list[str], options: BatchOptions) -> Result:
    pages = []
    for source in sources:
        page = _read_page(source, options.max_bytes)
        if isinstance(page, ExtractorError):
            return page
        parsed = guarded(source, partial(_parse, page))
        if isinstance(parsed, ExtractorError):
            return parsed
        pages.append(parsed)
    return guarded(
        sources[0],
        lambda: build_article(pages, reference_date=options.reference_date, with_facts=options.with_facts),
    )


def _read_page(path: str, max_bytes: int) -> RawPage | ExtractorError:
    if "://" not in path:
        return next(iter(read_path(path, max_bytes)))  # type: ignore[return-value]  # a page path: one item
    try:
        with fsspec.open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
        return page_from_bytes(data, path, max_bytes)
    except InputError as err:
        return err
    except OSError as err:
        return InputError(path, f"cannot read: {err}")


def _parse(page: RawPage) -> ParsedPage:
    return parse_page(page.html or "", page.source, page.url)


def _open_text(path: str):
    return fsspec.open(path, "rt", encoding="utf-8") if "://" in path else open(path, encoding="utf-8")


def extract_to_parts(
    paths: list[str],
    out_dir: str,
    fmt: str = "facts",
    reference_date: dt.date | None = None,
    articles_per_partition: int = ARTICLES_PER_PARTITION,
) -> list[dict]:
    """Run the extraction over `paths` on the current Dask scheduler (a distributed Client if one is
    active), writing out_dir/part-NNNNN.jsonl (and .errors.jsonl when a partition has failures). Returns
    one summary per partition: part, articles, failed."""
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    parts = plan(paths, articles_per_partition)
    if not parts:
        return []
    bag = db.from_sequence(parts, npartitions=len(parts))
    return bag.map(extract_partition, out_dir=out_dir, fmt=fmt, reference_date=reference_date).compute()


def extract_partition(
    partition: Partition, out_dir: str, fmt: str = "facts", reference_date: dt.date | None = None
) -> dict:
    """One partition in this worker process (jobs=1: Dask already spreads partitions over cores)."""
    global _partitions_done
    tune_process()
    options = BatchOptions(reference_date=reference_date, with_facts=True, jobs=1)
    part = Path(out_dir, f"part-{partition.number:05d}.jsonl")
    articles = failed = 0
    errors: list[str] = []
    with open_output(str(part)) as out:
        for result in partition_results(partition, options):
            if isinstance(result, ExtractorError):
                failed += 1
                errors.append(error_line(result))
                continue
            articles += 1
            out.write("".join(line + "\n" for line in article_lines(result, fmt)))
    if errors:
        with open_output(str(part.with_suffix(".errors.jsonl"))) as out:
            out.write("".join(line + "\n" for line in errors))
    _partitions_done += 1
    return {"part": str(part), "articles": articles, "failed": failed}


def facts_bag(
    paths: list[str],
    reference_date: dt.date | None = None,
    articles_per_partition: int = ARTICLES_PER_PARTITION,
) -> db.Bag:
    """The facts of `paths` as a dask.bag of JSON-ready dicts (the records `extract` writes), one bag
    partition per planned partition, for users who keep computing (`.to_dataframe()`, `.filter()`...).
    Inputs that fail are left out; `extract_to_parts` reports them."""
    parts = plan(paths, articles_per_partition)
    if not parts:
        return db.from_sequence([], npartitions=1)
    bag = db.from_sequence(parts, npartitions=len(parts))
    return bag.map_partitions(_facts_of, reference_date=reference_date)


def _facts_of(parts: list[Partition], reference_date: dt.date | None) -> list[dict]:
    tune_process()
    options = BatchOptions(reference_date=reference_date, with_facts=True, jobs=1)
    return [
        json.loads(line)
        for partition in parts
        for result in partition_results(partition, options)
        if not isinstance(result, ExtractorError)
        for line in article_lines(result, "facts")
    ]
