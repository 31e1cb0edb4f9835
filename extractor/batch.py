"""Inputs -> articles, one at a time, with failures isolated per input.

Saved pages are read and parsed first so that pages of one article can be grouped by their
pagination links; JSONL records are articles already and go straight through.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable, Iterator

from .errors import ExtractorError
from .models import Article
from .pagination import ParsedPage, group_pages
from .pipeline import build_article, parse_page, text_article
from .sources import MAX_BYTES, RawDocument, RawPage, expand_paths, read_path

Result = Article | ExtractorError


@dataclass(frozen=True)
class BatchOptions:
    reference_date: dt.date | None = None  # overrides every page's own publication date
    with_facts: bool = True
    max_bytes: int = MAX_BYTES


def run(paths: list[str], options: BatchOptions, tick: Callable[[], None] = lambda: None) -> Iterator[Result]:
    """Every article in the inputs, or the error that stopped it, in input order (saved pages last,
    once they are grouped). `tick` is called once per input file, for progress display."""
    saved: list[ParsedPage] = []
    for path in expand_paths(paths):
        for item in read_path(path, options.max_bytes):
            if isinstance(item, ExtractorError):
                yield item
            elif isinstance(item, RawDocument):
                yield _guarded(item.pages[0].source, lambda item=item: document_article(item, options))
            else:
                parsed = _guarded(item.source, lambda item=item: parse_page(item.html or "", item.source, item.url))
                if isinstance(parsed, ExtractorError):
                    yield parsed
                else:
                    saved.append(parsed)
        tick()
    for group in group_pages(saved):
        yield _guarded(group[0].source, lambda group=group: build_article(
            group, reference_date=options.reference_date, with_facts=options.with_facts))


def document_article(doc: RawDocument, options: BatchOptions) -> Article:
    """A JSONL record: ready text, or the HTML of its pages in order."""
    reference = options.reference_date or doc.reference_date
    if doc.pages[0].text is not None:
        return text_article(doc.pages[0], doc.doc_id or doc.pages[0].source, reference, options.with_facts)
    pages = [parse_page(p.html or "", p.source, p.url) for p in doc.pages]
    return build_article(pages, doc_id=doc.doc_id, reference_date=reference, with_facts=options.with_facts)


def _guarded(source: str, work: Callable[[], object]):
    """Run one input's work; any failure becomes an error value so the batch goes on."""
    try:
        return work()
    except ExtractorError as err:
        return err
    except Exception as err:  # a bug on one odd page must not lose the other articles
        return ExtractorError(source, f"internal error: {type(err).__name__}: {err}")
