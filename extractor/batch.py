"""Inputs -> articles, with failures isolated per input and the heavy work spread over processes.

Saved pages are read and parsed first so that pages of one article can be grouped by their
pagination links; JSONL records are articles already and go straight to the NLP stage. Results come
out in input order (saved pages last, once they are grouped), whatever the number of jobs.
"""
from __future__ import annotations

import datetime as dt
from collections import deque
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator, TypeVar

from .errors import ExtractorError
from .models import Article
from .pagination import ParsedPage, group_pages
from .pipeline import build_article, parse_page, text_article
from .sources import MAX_BYTES, RawDocument, RawPage, expand_paths, read_path

Result = Article | ExtractorError
T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True)
class BatchOptions:
    reference_date: dt.date | None = None  # overrides every page's own publication date
    with_facts: bool = True
    max_bytes: int = MAX_BYTES
    jobs: int = 1


def run(paths: list[str], options: BatchOptions, tick: Callable[[], None] = lambda: None) -> Iterator[Result]:
    """Every article in the inputs, or the error that stopped it. `tick` is called once per input
    file read, for progress display."""
    saved: list[ParsedPage] = []
    with _mapper(options.jobs) as pmap:
        for result in pmap(_first_stage, ((item, options) for item in _read_all(paths, options, tick))):
            if isinstance(result, ParsedPage):
                saved.append(result)
            else:
                yield result
        yield from pmap(_second_stage, ((group, options) for group in group_pages(saved)))


def _read_all(paths: list[str], options: BatchOptions, tick: Callable[[], None]):
    for path in expand_paths(paths):
        yield from read_path(path, options.max_bytes)
        tick()


def _first_stage(task: tuple[RawDocument | RawPage | ExtractorError, BatchOptions]) -> Result | ParsedPage:
    """A JSONL record becomes its article; a saved page is parsed, to be grouped with its siblings."""
    item, options = task
    if isinstance(item, ExtractorError):
        return item
    if isinstance(item, RawDocument):
        return _guarded(item.pages[0].source, lambda: document_article(item, options))
    return _guarded(item.source, lambda: parse_page(item.html or "", item.source, item.url))


def _second_stage(task: tuple[list[ParsedPage], BatchOptions]) -> Result:
    group, options = task
    return _guarded(group[0].source, lambda: build_article(
        group, reference_date=options.reference_date, with_facts=options.with_facts))


def document_article(doc: RawDocument, options: BatchOptions) -> Article:
    """A JSONL record: ready text, or the HTML of its pages in order."""
    reference = options.reference_date or doc.reference_date
    if doc.pages[0].text is not None:
        return text_article(doc.pages[0], doc.doc_id or doc.pages[0].source, reference, options.with_facts)
    pages = [parse_page(p.html or "", p.source, p.url) for p in doc.pages]
    return build_article(pages, doc_id=doc.doc_id, reference_date=reference, with_facts=options.with_facts)


def _guarded(source: str, work: Callable[[], T]) -> T | ExtractorError:
    """Run one input's work; any failure becomes an error value so the batch goes on."""
    try:
        return work()
    except ExtractorError as err:
        return err
    except Exception as err:  # a bug on one odd page must not lose the other articles
        return ExtractorError(source, f"internal error: {type(err).__name__}: {err}")


@contextmanager
def _mapper(jobs: int):
    """An ordered, lazy map: in this process for one job, else over worker processes that each load
    the model once, with a bounded window of tasks in flight so memory stays flat on huge batches."""
    if jobs <= 1:
        yield lambda fn, items: map(fn, items)
        return
    with ProcessPoolExecutor(max_workers=jobs, initializer=_warm_up) as pool:
        yield lambda fn, items: _ordered(pool, fn, items, window=jobs * 8)


def _warm_up() -> None:
    from .nlp import load

    load()


def _ordered(pool: Executor, fn: Callable[[T], R], items: Iterable[T], window: int) -> Iterator[R]:
    pending: deque = deque()
    for item in items:
        pending.append(pool.submit(fn, item))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()
