"""What the crawler and the fetcher can be told, as small value objects importable without the network stack
(`extractor --help` builds its options from these defaults without loading httpx).

The defaults are the polite ones. `CrawlOptions` carries the fetch settings a user sets on the command line
and hands them to the fetcher as a `FetchOptions` (`fetch_options()`); the fetcher's finer settings
(backoff, deadlines) are set on a `FetchOptions` directly.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..settings import DISTRIBUTION, MAX_BYTES, package_version
from .cache import default_cache_path

__all__ = ["USER_AGENT", "CrawlOptions", "FetchOptions"]

# who we are, and how to say who the user is: --user-agent replaces it (a contact address is good manners)
USER_AGENT = f"{DISTRIBUTION}/{package_version()} (news fact extractor; python-httpx)"


@dataclass(frozen=True)
class FetchOptions:
    concurrency: int = 8  # requests in flight overall
    per_host: int = 2  # requests in flight to one host
    delay: float = 0.5  # seconds between request starts to one host
    timeout: float = 20.0  # connect and read timeout, seconds
    retries: int = 3  # further attempts after the first
    max_bytes: int = MAX_BYTES  # body cap, after decompression
    max_redirects: int = 10
    ignore_robots: bool = False
    user_agent: str = USER_AGENT
    backoff: float = 0.5  # first retry waits about this long; doubles per attempt, with jitter
    max_backoff: float = 30.0
    max_retry_after: float = 120.0  # a longer Retry-After is reported as a failure instead of waited out
    attempt_deadline: float = 120.0  # a whole attempt (headers and body), seconds
    refresh: bool = False  # ignore cached pages (still store what is fetched)
    allow_private: bool = False  # connect to loopback, private, link-local... addresses too (urls.py)


@dataclass
class CrawlOptions:
    """Everything `extractor crawl` can be told; the defaults are the polite ones."""

    max_pages: int = 50  # pages per article at most
    concurrency: int = 8  # requests in flight overall
    per_host: int = 2  # requests in flight to one host
    delay: float = 0.5  # seconds between requests to one host (robots.txt Crawl-delay can raise it)
    timeout: float = 20.0  # connect and read timeout, seconds
    retries: int = 3  # further attempts after a connection error, timeout, 429 or 5xx
    max_bytes: int = MAX_BYTES  # body cap per page, after decompression
    cache: str | Path | None = None  # SQLite page cache; None means default_cache_path()
    no_cache: bool = False  # neither read nor write the cache
    refresh: bool = False  # fetch again even what the cache holds (and store the new copies)
    ignore_robots: bool = False  # the user's responsibility
    allow_private: bool = False  # reach loopback, private and link-local addresses too (urls.py)
    user_agent: str = USER_AGENT  # how requests name the crawler (and robots.txt groups are matched)
    with_facts: bool = True  # False for `extractor text` and for fetch-only runs
    # called from the crawl thread after every page fetched (url, served from cache?): for progress bars
    on_page: Callable[[str, bool], None] | None = None

    def fetch_options(self) -> FetchOptions:
        return FetchOptions(
            concurrency=self.concurrency,
            per_host=self.per_host,
            delay=self.delay,
            timeout=self.timeout,
            retries=self.retries,
            max_bytes=self.max_bytes,
            ignore_robots=self.ignore_robots,
            refresh=self.refresh,
            allow_private=self.allow_private,
            user_agent=self.user_agent,
        )

    def cache_path(self) -> Path | None:
        return None if self.no_cache else Path(self.cache) if self.cache else default_cache_path()
