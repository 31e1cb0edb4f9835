"""extractor: news articles in, validated facts out.

>>> from extractor import extract_text
>>> [f.text for f in extract_text("Over 10,000 projects cost 96.4 billion yuan.").facts]
"""

from __future__ import annotations

__version__ = "0.1.0"

import datetime as _dt

from .errors import ExtractionError, ExtractorError, FetchError, InputError, NotArticleError
from .models import AmountFact, Article, Block, CountFact, DateFact, Fact, PageRef, PlaceFact


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
    "AmountFact",
    "Article",
    "Block",
    "CountFact",
    "DateFact",
    "ExtractionError",
    "ExtractorError",
    "Fact",
    "FetchError",
    "InputError",
    "NotArticleError",
    "PageRef",
    "PlaceFact",
    "extract_html",
    "extract_text",
    "__version__",
]
