"""Crawl configuration composed as httpx composes Timeout and Limits: CrawlOptions holds a FetchOptions, each
setting written once, and the flat keywords of the command line and of `extractor.crawl` land where they belong."""

from __future__ import annotations

from dataclasses import fields

import pytest

from extractor import cli
from extractor.settings import MAX_BYTES
from extractor.web.options import CrawlOptions, FetchOptions


def test_no_crawl_field_repeats_a_fetch_field():
    crawl_fields = {f.name for f in fields(CrawlOptions)}
    assert not crawl_fields & {f.name for f in fields(FetchOptions)}
    assert CrawlOptions().fetch == FetchOptions()
    assert FetchOptions().max_bytes == MAX_BYTES  # the one 20 MB cap


def test_flat_keywords_go_where_they_belong():
    options = CrawlOptions(cache="pages.sqlite").with_settings(max_pages=10, delay=1.0, allow_private=True)
    assert options.max_pages == 10 and options.cache == "pages.sqlite"
    assert options.fetch == FetchOptions(delay=1.0, allow_private=True)
    chosen = options.with_settings(fetch=FetchOptions(retries=0), timeout=2.0)  # a whole FetchOptions, then a field
    assert chosen.fetch == FetchOptions(retries=0, timeout=2.0)
    with pytest.raises(TypeError):
        options.with_settings(no_such_setting=1)


def test_every_crawl_flag_reaches_its_field():
    argv = ["crawl", "http://127.0.0.1/a.html", "--max-pages", "7", "--concurrency", "3", "--per-host", "1"]
    argv += ["--delay", "1.5", "--timeout", "9", "--retries", "0", "--max-bytes", "1000", "--refresh"]
    argv += ["--ignore-robots", "--allow-private", "--user-agent", "me", "--cache", "c.sqlite", "--no-cache"]
    options = cli._crawl_options(cli._parser().parse_args(argv))
    assert options.max_pages == 7 and options.cache == "c.sqlite" and options.no_cache
    assert options.fetch == FetchOptions(
        concurrency=3,
        per_host=1,
        delay=1.5,
        timeout=9.0,
        retries=0,
        max_bytes=1000,
        refresh=True,
        ignore_robots=True,
        allow_private=True,
        user_agent="me",
    )


def test_the_defaults_of_the_command_line_are_the_options_defaults():
    options = cli._crawl_options(cli._parser().parse_args(["crawl", "http://127.0.0.1/a.html"]))
    assert options.fetch == FetchOptions() and options.max_pages == CrawlOptions().max_pages
