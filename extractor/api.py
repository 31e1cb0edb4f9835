"""The library's entry points beyond one string: a file, many inputs, a crawl (sync and async), a review page.

Each is what the command line runs, with the same guarantees: many inputs stream their results as each
article completes (bounded memory: a worker pool with a window of articles in flight, saved pages spilled to
disk while they wait to be grouped), and a failed input is an error value in the stream, never an exception
that loses the others. The heavy modules are imported on first call.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os
from collections.abc import AsyncIterator, Generator, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from .settings import MAX_BYTES

if TYPE_CHECKING:
    from .errors import ExtractorError
    from .models import Article
    from .web.options import CrawlOptions

__all__ = ["acrawl", "crawl", "extract_file", "extract_many", "view"]


def extract_file(
    path: str | os.PathLike[str], reference_date: dt.date | None = None, max_bytes: int = MAX_BYTES
) -> Article:
    """One saved page (`.html`, `.htm`, `.html.gz`) -> its Article with facts. Raises the ExtractorError that
    stopped it (InputError for an unreadable file, ExtractionError for a page with no article text)."""
    from .errors import InputError

    results = list(extract_many([path], reference_date=reference_date, max_bytes=max_bytes))
    if len(results) != 1:
        raise InputError(os.fspath(path), f"holds {len(results)} articles: use extract_many")
    (result,) = results
    if not isinstance(result, Exception):
        return result
    raise result


def extract_many(
    inputs: Iterable[str | os.PathLike[str]],
    jobs: int = 1,
    ordered: bool = True,
    reference_date: dt.date | None = None,
    with_facts: bool = True,
    max_bytes: int = MAX_BYTES,
) -> Iterator[Article | ExtractorError]:
    """Saved pages, folders and JSONL files -> an Article or an ExtractorError per article, yielded as each
    completes (in input order unless `ordered` is False). Pages of a multi-page article given together are
    grouped into one Article. `jobs` > 1 runs worker processes, each loading the model once. Facts are read
    from the first 200,000 characters of an article's text, or $EXTRACTOR_MAX_TEXT (set before the call; the
    workers inherit it); a longer article's `facts_cut_at` says where they stopped."""
    from .batch.run import BatchOptions, run

    options = BatchOptions(
        reference_date=reference_date, with_facts=with_facts, max_bytes=max_bytes, jobs=jobs, ordered=ordered
    )
    yield from run([os.fspath(p) for p in inputs], options)


def crawl(
    urls: Iterable[str], options: CrawlOptions | None = None, **settings: Any
) -> Generator[Article | ExtractorError, None, None]:
    """Page 1 of each article -> its Article (all its pages fetched and stitched) or the FetchError /
    ExtractorError that stopped it, as each completes. `options` (or its fields as keywords, e.g.
    `max_pages=10, delay=1.0`, the fetch settings among them) are those of `extractor crawl`; the defaults
    are the polite ones."""
    from .web.crawl import crawl as crawl_articles
    from .web.options import CrawlOptions

    chosen = (options or CrawlOptions()).with_settings(**settings)
    yield from crawl_articles(list(urls), chosen)


async def acrawl(
    urls: Iterable[str], options: CrawlOptions | None = None, **settings: Any
) -> AsyncIterator[Article | ExtractorError]:
    """`crawl` for asyncio code: the same results, awaited one by one. The crawl runs on its own thread and
    event loop (as the sync entry point does), so this loop stays free while pages are fetched."""
    done = object()
    results = crawl(urls, options, **settings)
    try:
        while (item := await asyncio.to_thread(next, results, done)) is not done:
            yield item  # type: ignore[misc]  # not the sentinel
    finally:
        await asyncio.to_thread(results.close)


def view(articles: Iterable[Article | ExtractorError], path: str | os.PathLike[str]) -> None:
    """The self-contained HTML review page of these articles (`extractor view`): one file, or with a path
    ending in "/" a folder with one file per article and an index."""
    from .review import write_report

    write_report(articles, os.fspath(path))
