"""extractor: news articles in, validated facts out.

>>> from extractor import extract_text
>>> [f.text for f in extract_text("Over 10,000 projects cost 96.4 billion yuan.").facts]
['Over 10,000', '96.4 billion yuan']

The names below are imported on first use (PEP 562), so `import extractor` and the command line's
`--help` do not load spaCy, pydantic or lxml before they are needed.
"""

from __future__ import annotations

import datetime as _dt
from importlib import import_module
from typing import TYPE_CHECKING, Any

from .settings import DISTRIBUTION, package_version

if TYPE_CHECKING:
    from .api import acrawl, crawl, extract_file, extract_many, view
    from .errors import ExtractionError, ExtractorError, FetchError, InputError, NotArticleError, SetupError
    from .models import AmountFact, Article, Block, CountFact, DateFact, Fact, PageRef, PlaceFact
    from .web.options import CrawlOptions, FetchOptions

_LAZY = {
    "acrawl": "api",
    "crawl": "api",
    "extract_file": "api",
    "extract_many": "api",
    "view": "api",
    "CrawlOptions": "web.options",
    "FetchOptions": "web.options",
    "ExtractionError": "errors",
    "ExtractorError": "errors",
    "FetchError": "errors",
    "InputError": "errors",
    "NotArticleError": "errors",
    "SetupError": "errors",
    "AmountFact": "models",
    "Article": "models",
    "Block": "models",
    "CountFact": "models",
    "DateFact": "models",
    "Fact": "models",
    "PageRef": "models",
    "PlaceFact": "models",
}


def __getattr__(name: str) -> Any:
    if name == "__version__":  # read from the package metadata on first use, not at every import
        return package_version()
    if name in _LAZY:
        value = getattr(import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def extract_html(html: str, url: str | None = None, reference_date: _dt.date | None = None) -> Article:
    """One saved page (HTML) -> its Article record with facts."""
    from .pipeline import build_article, parse_page

    page = parse_page(html, source=url or "<html>", url=url)
    return build_article([page], reference_date=reference_date)


def extract_text(text: str, doc_id: str = "text", reference_date: _dt.date | None = None) -> Article:
    """Ready text (paragraphs separated by blank lines) -> its Article record with facts."""
    from .pipeline import text_article
    from .sources import RawPage

    return text_article(RawPage(source=f"jsonl:{doc_id}", text=text), doc_id, reference_date)


__all__ = [
    "DISTRIBUTION",
    "AmountFact",
    "Article",
    "Block",
    "CountFact",
    "CrawlOptions",
    "DateFact",
    "ExtractionError",
    "ExtractorError",
    "Fact",
    "FetchError",
    "FetchOptions",
    "InputError",
    "NotArticleError",
    "PageRef",
    "PlaceFact",
    "SetupError",
    "__version__",
    "acrawl",
    "crawl",
    "extract_file",
    "extract_html",
    "extract_many",
    "extract_text",
    "view",
]
