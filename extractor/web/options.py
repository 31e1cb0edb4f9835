"""What the crawler and the fetcher can be told, as small value objects importable without the network stack
(`extractor --help` builds its options from these defaults without loading httpx).

Composed as httpx composes `Timeout` and `Limits` into a client's settings: `FetchOptions` holds everything
about requests (politeness, timeouts, retries, caps, robots.txt, the address guard) and `CrawlOptions` holds
a `FetchOptions` plus what is about articles (pages per article, the page cache, facts or text only). No field
is written twice. The defaults are the polite ones.

`CrawlOptions.with_settings(max_pages=10, delay=1.0)` takes the flat keywords of the command line and of
`extractor.crawl(...)` and puts each where it belongs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from ..settings import DISTRIBUTION, MAX_BYTES, package_version
from .cache import default_cache_path

__all__ = ["USER_AGENT", "CrawlOptions", "FetchOptions"]

# who we are, and how to say who the user is: --user-agent replaces it (a contact address is good manners)
USER_AGENT = f"{DISTRIBUTION}/{package_version()} (news fact extractor; python-httpx)"


@dataclass(frozen=True)
class FetchOptions:
    concurrency: int = 8  # requests in flight overall
    per_host: int = 2  # requests in flight to one host
    delay: float = 0.5  # seconds between request starts to one host (robots.txt Crawl-delay can raise it)
    timeout: float = 20.0  # connect and read timeout, seconds
    retries: int = 3  # further attempts after a connection error, timeout, 429 or 5xx
    max_bytes: int = MAX_BYTES  # body cap per page, after decompression
    max_redirects: int = 10
    ignore_robots: bool = False  # the user's responsibility
    user_agent: str = USER_AGENT  # how requests name the crawler (and robots.txt groups are matched)
    backoff: float = 0.5  # first retry waits about this long; doubles per attempt, with jitter
    max_backoff: float = 30.0
    max_retry_after: float = 120.0  # a longer Retry-After is reported as a failure instead of waited out
    attempt_deadline: float = 120.0  # a whole attempt (headers and body), seconds
    refresh: bool = False  # fetch again even what the cache holds (and store the new copies)
    allow_private: bool = False  # reach loopback, private, link-local... addresses too (urls.py)


_FETCH_FIELDS = frozenset(f.name for f in fields(FetchOptions))


@dataclass
class CrawlOptions:
    """Everything `extractor crawl` can be told; the defaults are the polite ones."""

    max_pages: int = 50  # pages per article at most
    fetch: FetchOptions = field(default_factory=FetchOptions)  # how each request is made
    cache: str | Path | None = None  # SQLite page cache; None means default_cache_path()
    no_cache: bool = False  # neither read nor write the cache
    with_facts: bool = True  # False for `extractor text` and for fetch-only runs
    # called from the crawl thread after every page fetched (url, served from cache?): for progress bars
    on_page: Callable[[str, bool], None] | None = None

    def with_settings(self, **settings: Any) -> CrawlOptions:
        """A copy with flat keywords applied, each where it belongs: `max_pages=10, delay=1.0` sets this
        object's max_pages and its fetch options' delay. An unknown keyword raises TypeError."""
        fetch = {k: v for k, v in settings.items() if k in _FETCH_FIELDS}
        own = {k: v for k, v in settings.items() if k not in _FETCH_FIELDS}
        base = own.pop("fetch", self.fetch)
        return replace(self, fetch=replace(base, **fetch), **own)

    def cache_path(self) -> Path | None:
        return None if self.no_cache else Path(self.cache) if self.cache else default_cache_path()
