"""htmldate's whole-page search is bounded: a page with more text than `pubdate._SEARCH_MAX_CHARS` (2 million
characters, beyond any of the 1,610 benchmark pages) keeps only the dates its metadata, byline and URL state,
so a 19 MB page of text does not pay ~1 CPU s a MB for the search. A real page dated only by that search shows
both sides of the bound (the bound lowered under it, as a page made that long would be slow to build)."""

from __future__ import annotations

import datetime as dt
import gzip

from conftest import shared_path

from extractor.html import pubdate
from extractor.html.dom import parse_html

# an articles/ page that states no date where the page's own rules look: htmldate's search dates it
SEARCHED = "0d46122928b6f468cc4bbc694051d0dbae5702bc75a16dab82a99b58daf150a0"


def dated(monkeypatch, bound: int) -> tuple[dt.date | None, bool]:
    monkeypatch.setattr(pubdate, "_SEARCH_MAX_CHARS", bound)
    page = shared_path("eval", "articles", "html", f"{SEARCHED}.html.gz")
    day, _, searched = pubdate.published_date(parse_html(gzip.decompress(page.read_bytes()).decode("utf-8")), [None])
    return day, searched


def test_the_search_runs_up_to_the_bound_and_not_beyond(monkeypatch):
    assert dated(monkeypatch, 2_000_000) == (dt.date(2019, 11, 19), True)
    assert dated(monkeypatch, 1_000) == (None, False)
