"""What a fetch gives back: the page (`Response`) and the counts of a whole run (`FetchStats`).

Plain dataclasses with no network imports, so the crawl thread, the command line's summary line and the
benchmarks can name them without loading httpx.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["FetchStats", "Response"]


@dataclass(frozen=True)
class Response:
    url: str  # as requested
    final_url: str  # after redirects
    status: int
    headers: dict[str, str]  # lower-case names
    body: bytes  # decompressed
    from_cache: bool = False


@dataclass
class FetchStats:
    requests: int = 0  # HTTP requests sent, robots.txt, retries and redirect hops included
    cache_hits: int = 0
    retries: int = 0
    bytes: int = 0  # decompressed body bytes received
