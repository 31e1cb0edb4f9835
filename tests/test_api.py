"""The library API on real inputs: a file, many inputs streamed with their errors, a crawl sync and async."""

from __future__ import annotations

import asyncio

import pytest
from conftest import FIXTURES
from http_server import LocalServer, html_page

import extractor
from extractor import Article, ExtractorError, InputError

PAGE = FIXTURES / "peoples-daily" / "c90000-9847469.html"


def test_extract_file_gives_the_article_and_raises_what_stopped_it(tmp_path):
    article = extractor.extract_file(PAGE)
    assert isinstance(article, Article) and article.published == "2021-05-08"
    assert "96.4 billion yuan" in [f.text for f in article.facts or []]
    with pytest.raises(InputError, match="no such file"):
        extractor.extract_file(tmp_path / "missing.html")


def test_extract_many_streams_articles_and_errors_in_input_order(tmp_path):
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    results = list(extractor.extract_many([empty, FIXTURES / "peoples-daily"], jobs=2))
    assert isinstance(results[0], ExtractorError) and results[0].message == "empty file"
    (article,) = results[1:]
    assert isinstance(article, Article) and [p.page for p in article.pages] == [1, 2, 3]


def _serve_story(server: LocalServer) -> str:
    for n in (1, 2):
        links = "<a href='/story-2.html'>Next</a>" if n == 1 else ""
        path = "/story.html" if n == 1 else "/story-2.html"
        server.route(path, html_page("A story", [f"About {n * 1000} people met in Paris, page {n}."], links))
    return server.url("/story.html")


def test_crawl_sync_and_async_give_the_same_article(tmp_path):
    settings = dict(delay=0.0, retries=0, cache=tmp_path / "pages.sqlite", ignore_robots=True, allow_private=True)
    with LocalServer() as server:
        url = _serve_story(server)
        (synced,) = list(extractor.crawl([url], **settings))

        async def collect() -> list:
            return [item async for item in extractor.acrawl([url], **settings)]

        (awaited,) = asyncio.run(collect())
    assert isinstance(synced, Article) and isinstance(awaited, Article)
    assert [p.page for p in synced.pages] == [1, 2]
    assert synced.model_dump() == awaited.model_dump()
    assert {f.text for f in synced.facts or [] if f.kind == "count"} == {"About 1000", "About 2000"}
