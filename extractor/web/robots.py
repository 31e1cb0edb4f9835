"""robots.txt, read once per origin and obeyed per RFC 9309, unless `ignore_robots` (the user's responsibility).

Decisions:
- Protego parses it (the parser Scrapy uses: wildcards, `$`, the longest matching rule wins).
- Only its first 500 KiB are read (RFC 9309's minimum).
- A robots.txt that cannot be read (network failure, 5xx) means nothing may be fetched, and the error says
  what failed; a 4xx (or a redirect that leads nowhere) means no rules.
- A Crawl-delay is honoured up to `MAX_CRAWL_DELAY`: a site asking for more would stall the crawl.
The fetcher does the requests (with its retries and address checks); this module says what they mean.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from protego import Protego

__all__ = ["MAX_CRAWL_DELAY", "ROBOTS_MAX_BYTES", "Robots", "origin_of", "read_robots", "unreadable"]

MAX_CRAWL_DELAY = 30.0  # a site asking for more would stall the crawl; we honour it up to this
ROBOTS_MAX_BYTES = 500 * 1024  # RFC 9309 2.5: parse at least the first 500 KiB; the rest is not read
_REDIRECTS = (301, 302, 303, 307, 308)


@dataclass(frozen=True)
class Robots:
    """What an origin's robots.txt allows: its rules, none (no robots.txt), or nothing at all (`problem`)."""

    rules: Protego | None
    problem: str | None = None  # why nothing may be fetched from this origin, in words

    def refusal(self, url: str, user_agent: str) -> str | None:
        if self.problem is not None:
            return self.problem
        if self.rules is not None and not self.rules.can_fetch(url, user_agent):
            return (
                f"{url} is disallowed by robots.txt of {origin_of(url)} "
                "(--ignore-robots overrides it, at your own responsibility)"
            )
        return None


def read_robots(origin: str, status: int, body: bytes, user_agent: str) -> tuple[Robots, float | None]:
    """What the final answer to `origin`/robots.txt means, and the Crawl-delay it asks of `user_agent`
    (capped at MAX_CRAWL_DELAY; None when it asks for none)."""
    if 200 <= status < 300:
        rules = Protego.parse(body.decode("utf-8", errors="replace"))
        delay = rules.crawl_delay(user_agent)
        return Robots(rules), min(float(delay), MAX_CRAWL_DELAY) if delay else None
    if 400 <= status < 500 or status in _REDIRECTS:
        return Robots(None), None  # no robots.txt (or no way to it): no restrictions
    return Robots(None, unreadable(origin, f"HTTP {status}")), None


def unreadable(origin: str, problem: str) -> str:
    return (
        f"robots.txt of {origin} could not be read ({problem}); RFC 9309 says to fetch nothing from the site "
        "then (--ignore-robots overrides it, at your own responsibility)"
    )


def origin_of(url: str) -> str:
    """scheme://host:port of `url`, lower-cased: the unit robots.txt and politeness apply to."""
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"
