"""Inputs -> articles, with failures isolated per input and the heavy work spread over processes.

Saved pages are parsed first so that pages of one article can be grouped by their pagination links;
JSONL records are articles already and go straight to the NLP stage. Whether a saved page is linked
to by another page is only known once every page has been read, so pages cannot be released early
without risking a split article. Instead each parsed page is spilled to a temporary file and only its
grouping keys (URLs, title, next links: a few hundred bytes) stay in memory; the NLP stage reads the
pages back group by group. Results come out in input order (saved pages last, once they are grouped)
unless `ordered` is off, whatever the number of jobs. A worker process that dies (a segfault in a
parser, the OOM killer) costs only the article it was working on.
"""

from __future__ import annotations

import datetime as dt
import gc
import os
import pickle
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import IO, TypeVar

from .. import language
from ..errors import ExtractionError, ExtractorError
from ..language import SUPPORTED
from ..models import Article
from ..pages.grouping import group_pages
from ..pages.page import ParsedPage
from ..pipeline import article_doc_id, build_article, parse_page, text_article
from ..settings import MAX_BYTES
from ..sources import RawDocument, RawPage, expand_paths, read_path
from .resume import Skip
from .workers import Pool, windowed

__all__ = ["CRASHED", "BatchOptions", "Result", "document_article", "guarded", "run", "stub"]

Result = Article | ExtractorError
T = TypeVar("T")
R = TypeVar("R")

CRASHED = "worker process crashed on this input (it was retried alone and crashed again)"


@dataclass(frozen=True)
class BatchOptions:
    reference_date: dt.date | None = None  # overrides every page's own publication date
    with_facts: bool = True
    max_bytes: int = MAX_BYTES
    jobs: int = 1
    ordered: bool = True  # results in input order; off: as they complete (same set, less waiting)
    stdin_id: str | None = None  # the doc_id of the page read from stdin ("-"), instead of its URL or "-"
    languages: frozenset[str] | None = SUPPORTED  # facts only for articles in these languages; None: any


def run(
    paths: list[str], options: BatchOptions, tick: Callable[[], None] = lambda: None, skip: Skip | None = None
) -> Iterator[Result]:
    """Every article in the inputs, or the error that stopped it. `tick` is called once per input
    file read, for progress display. Articles in `skip` are left out without being processed."""
    skip = skip or Skip()
    with _mapper(options) as pmap, _Spill() as spill:
        stubs: list[ParsedPage] = []
        tasks = ((item, options) for item in _read_all(paths, options, tick, skip))
        for result in pmap(_first_stage, tasks):
            if isinstance(result, _Spilled):
                stubs.append(spill.keep(result))
            else:
                yield result
        groups = (g for g in group_pages(stubs) if not _done(g, skip))
        yield from pmap(_second_stage, ((spill.load(g), options) for g in groups))


def _read_all(
    paths: list[str], options: BatchOptions, tick: Callable[[], None], skip: Skip
) -> Iterator[RawDocument | RawPage | ExtractorError]:
    seen: Counter[str] = Counter()
    for path in expand_paths(paths):
        if path not in skip.sources:  # a page already done is not even read again
            for item in read_path(path, options.max_bytes):
                if path == "-" and options.stdin_id and isinstance(item, RawPage):
                    item = RawDocument(pages=[item], doc_id=options.stdin_id)
                if isinstance(item, RawDocument) and item.key:
                    seen[item.key] += 1  # the same record twice is two articles: numbered, both kept
                    item.key = f"{item.key}#{seen[item.key]}"
                if not (isinstance(item, RawDocument) and _record_done(item, skip)):
                    yield item
        tick()


def _record_done(doc: RawDocument, skip: Skip) -> bool:
    """Done by the record it came from, not by its id alone: ids may repeat across files (or within one)."""
    return doc.key in skip.inputs or doc.doc_id in skip.doc_ids


def _done(group: list[ParsedPage], skip: Skip) -> bool:
    """Done by its pages' files: two saved pages may share a canonical URL, so a doc_id is not enough."""
    return article_doc_id(group) in skip.doc_ids or all(p.source in skip.sources for p in group)


# --- the two stages (run in worker processes) ------------------------------------------------------


@dataclass
class _Spilled:
    """A parsed saved page on its way to the spill file: grouping keys plus the pickled page."""

    stub: ParsedPage
    blob: bytes


def _first_stage(task: tuple[RawDocument | RawPage | ExtractorError, BatchOptions]) -> Result | _Spilled:
    """A JSONL record becomes its article; a saved page is parsed, to be grouped with its siblings."""
    item, options = task
    if isinstance(item, ExtractorError):
        return item
    if isinstance(item, RawDocument):
        return guarded(item.pages[0].source, lambda: document_article(item, options))
    parsed = guarded(item.source, lambda: parse_page(item.html or "", item.source, item.url))
    if isinstance(parsed, ExtractorError):
        return parsed
    # pickled here, in the worker, so the main process only copies bytes to disk
    return _Spilled(stub(parsed), pickle.dumps(parsed, pickle.HIGHEST_PROTOCOL))


def stub(page: ParsedPage) -> ParsedPage:
    """What group_pages reads: URLs, metadata, next links, and title blocks (a fallback title)."""
    return replace(page, blocks=[b for b in page.blocks if b.section == "title"][:1])


def _second_stage(task: tuple[list[bytes], BatchOptions]) -> Result:
    blobs, options = task
    group: list[ParsedPage] = [pickle.loads(blob) for blob in blobs]
    return guarded(
        group[0].source,
        lambda: build_article(
            group, reference_date=options.reference_date, with_facts=options.with_facts, languages=options.languages
        ),
    )


def document_article(doc: RawDocument, options: BatchOptions) -> Article:
    """A JSONL record: ready text, or the HTML of its pages in order."""
    reference = options.reference_date or doc.reference_date
    if doc.pages[0].text is not None:
        doc_id = doc.doc_id or doc.pages[0].source
        article = text_article(doc.pages[0], doc_id, reference, options.with_facts, options.languages)
    else:
        pages = [parse_page(p.html or "", p.source, p.url) for p in doc.pages]
        article = build_article(
            pages,
            doc_id=doc.doc_id,
            reference_date=reference,
            with_facts=options.with_facts,
            languages=options.languages,
        )
    article._input = doc.key
    return article


def guarded(source: str, work: Callable[[], T]) -> T | ExtractorError:
    """Run one input's work; any failure becomes an error value so the batch goes on."""
    try:
        return work()
    except ExtractorError as err:
        return err
    except RecursionError:  # the tree walks recurse: elements nested thousands deep (lxml's huge_tree allows it)
        return ExtractionError(source, "elements nested too deeply to read")
    except Exception as err:  # a bug on one odd page must not lose the other articles
        return ExtractorError(source, f"internal error: {type(err).__name__}: {err}")


def _source_of(task: tuple) -> str:
    """The input a stage-1 or stage-2 task is about, to name it when its worker dies."""
    item = task[0]
    if isinstance(item, list):  # stage 2: a group's pickled pages
        return pickle.loads(item[0]).source
    if isinstance(item, RawDocument):
        return item.pages[0].source
    return getattr(item, "source", "?")


# --- the spill file --------------------------------------------------------------------------------


class _Spill:
    """Parsed saved pages on disk until they are grouped: memory holds their stubs only."""

    def __enter__(self) -> _Spill:
        self._file: IO[bytes] | None = None
        self._where: dict[int, tuple[int, int]] = {}  # id(stub) -> (offset, length)
        return self

    def __exit__(self, *exc) -> None:
        if self._file is not None:
            self._file.close()  # a TemporaryFile is gone from disk already; closing frees the space

    def keep(self, spilled: _Spilled) -> ParsedPage:
        if self._file is None:
            self._file = tempfile.TemporaryFile(prefix="extractor-pages-")
        self._file.seek(0, os.SEEK_END)
        self._where[id(spilled.stub)] = (self._file.tell(), len(spilled.blob))
        self._file.write(spilled.blob)
        return spilled.stub

    def load(self, group: list[ParsedPage]) -> list[bytes]:
        assert self._file is not None
        blobs = []
        for stub in group:
            offset, length = self._where[id(stub)]
            self._file.seek(offset)
            blobs.append(self._file.read(length))
        return blobs


# --- mapping over processes ------------------------------------------------------------------------

Mapper = Callable[[Callable[[T], R], Iterable[T]], Iterator[R]]


@contextmanager
def _mapper(options: BatchOptions) -> Iterator[Mapper]:
    """A lazy map: in this process for one job, else over worker processes that share the model this
    process loaded before forking them, with a bounded window of tasks in flight so memory stays flat."""
    if options.jobs <= 1:
        yield lambda fn, items: map(fn, items)
        return
    _warm_up_to_share()
    pool = Pool(options.jobs, initializer=_warm_up)
    try:
        yield lambda fn, items: windowed(pool, fn, items, _crashed, window=options.jobs * 8, ordered=options.ordered)
    except BaseException:  # interrupted or terminated: do not wait for the articles in flight
        pool.kill()
        raise
    finally:
        pool.close()
        gc.unfreeze()  # a library caller's heap is collectable again


def _crashed(task: tuple) -> ExtractorError:
    return ExtractorError(_source_of(task), CRASHED)


def _warm_up_to_share() -> None:
    """Load the model and every finder's tables here, before the workers fork: they then share these
    pages with this process (copy on write) instead of each loading its own copy. gc.freeze() keeps
    the collector from writing to, and so copying, the shared objects."""
    text_article(RawPage(source="warm-up", text=WARM_UP_TEXT), "warm-up", dt.date(2020, 1, 1))
    language.load()
    gc.freeze()


def _warm_up() -> None:
    """Pool initializer: a no-op after a fork of a warm parent; loads the model where workers spawn."""
    from ..nlp import load, tune_process

    tune_process()
    load()
    language.load()


WARM_UP_TEXT = "Last week about 1,200 people in Paris, France, paid $5 million for 3 km of road on 4 May 2020."
