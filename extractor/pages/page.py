"""`ParsedPage`: one page read and parsed once, the unit the pages stage works on.

The parse stage (pipeline.parse_page) makes it from a saved or fetched page; grouping (grouping.py) links
pages into articles by their next links, and the article builder stitches their blocks (stitch.py). It
lives here, beside the code that consumes it, rather than in the module that finds next links.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..html.clean import TextBlock
from ..html.metadata import PageMeta

__all__ = ["ParsedPage"]


@dataclass
class ParsedPage:
    """A page read and parsed once: what grouping, stitching and the article builder need."""

    source: str  # file path as given, URL fetched, or "jsonl:<id>"
    url: str | None  # the page's own URL where known (fetched URL, JSONL url), else None
    meta: PageMeta
    blocks: list[TextBlock]
    next_links: list[str] = field(default_factory=list)  # absolute (or as-written relative) next-page URLs, best first
    not_article: str | None = None  # why the page is not an article (an error or index page: html/page_kind.py)
