"""Shared paths. The evaluation data in ../shared/ comes from other projects and is read in place, never copied."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "fixtures"
SHARED = REPO.parent / "shared"
SEED = FIXTURES / "peoples-daily" / "c90000-9847469.html"


def shared_path(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not here (CI keeps ../shared beside the clone)")
    return path


def without_summary(stderr: str) -> list[str]:
    """stderr's lines less the summary line every run ends with ("extractor: N articles, M facts ...")."""
    return [line for line in stderr.splitlines() if not re.match(r"extractor: [\d,]+ articles, ", line)]


@pytest.fixture
def server():
    """A real HTTP server on 127.0.0.1 (tests/http_server.py), for the crawl and fetch tests."""
    from http_server import LocalServer

    with LocalServer() as s:
        yield s


@pytest.fixture
def options(tmp_path):
    """Crawl options for tests: polite defaults off for speed, a cache of the test's own, loopback allowed."""
    from extractor.web.options import CrawlOptions, FetchOptions

    return CrawlOptions(
        fetch=FetchOptions(delay=0.0, timeout=1.0, retries=1, allow_private=True),
        cache=tmp_path / "pages.sqlite",
        with_facts=False,
    )
