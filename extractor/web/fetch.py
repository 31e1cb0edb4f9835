"""Polite, fault-tolerant HTTP fetching: one shared async httpx client behind the crawler.

What it guarantees, per request:
- at most `concurrency` requests in flight overall and `per_host` per host, with at least `delay`
  seconds (or the site's robots.txt Crawl-delay, capped) between request starts to one host;
- robots.txt read once per origin and obeyed per RFC 9309 (Protego, the parser Scrapy uses: wildcards,
  `$`, the longest matching rule wins), unless `ignore_robots` (the user's responsibility). Only its first
  500 KiB are read (RFC 9309's minimum); a robots.txt that cannot be read (network failure, 5xx) means
  nothing may be fetched, and the error says what failed; a 4xx means no rules;
- no connection to a loopback, private, link-local, multicast or otherwise non-global address unless
  `allow_private`: the connection layer resolves each host itself, checks every address it resolves to
  and connects to the address it checked (a DNS answer that changes between check and connect cannot
  slip through). Through a proxy from the environment the proxy resolves names, so only hosts written as
  IP addresses are checked there;
- connect/read timeouts, plus a deadline for a whole attempt so a server dripping bytes cannot hold a slot;
- retries with exponential backoff and jitter on connection errors, timeouts, 429 and 5xx,
  waiting what Retry-After asks for when it says so. What cannot succeed on retry fails at once: a refused
  address, an invalid URL or Location, an unsupported scheme, a response that is not valid HTTP;
- redirects followed by hand, each hop checked like a new URL (scheme, syntax, address, robots.txt) and
  kept on the site of the URL requested (urls.same_site), at most `max_redirects`, loops reported as such;
- a body cap that counts decompressed bytes, so a gzip bomb stops at `max_bytes`;
- credentials written in a URL are sent as Basic auth to that URL only and never recorded (urls.py);
- successful pages stored in / served from the page cache.
Every failure is a FetchError naming the URL and the reason in words.

This module follows redirects, retries and keeps the cache; the rest lives next door: robots.txt rules in
robots.py, slots, per-host gaps and backoff in throttle.py, the httpx client, address guard and body cap in
transport.py. Every wait between requests or before a retry goes through the fetcher's `Clock`.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from urllib.parse import urldefrag, urljoin, urlsplit

import httpx

from ..errors import FetchError
from .cache import PageCache
from .options import FetchOptions
from .response import FetchStats, Response
from .robots import ROBOTS_MAX_BYTES, Robots, origin_of, read_robots, unreadable
from .throttle import Clock, Slots, Turns, backoff, retry_after
from .transport import LOCATION, WIRE_HEADERS, BlockedAddress, describe, malformed, new_client, read_body
from .urls import address_problem, credentials, literal_address, same_site, strip_credentials, url_problem

__all__ = ["AddressRefused", "Fetcher"]

_REDIRECTS = (301, 302, 303, 307, 308)
# how many times a finished page's CPU work yields at most to requests still on their way out: each passes
# 3-4 checkpoints before its headers are written (see Fetcher._let_requests_out)
_MAX_YIELDS = 8
_ALLOW_HINT = "(--allow-private allows it)"


class AddressRefused(FetchError):
    """A URL whose host is an address the crawler must not reach (without --allow-private)."""


class _Retryable(Exception):
    """An attempt that failed in a way worth trying again (connection trouble, 429, 5xx)."""

    def __init__(self, problem: str, wait: float | None = None) -> None:
        super().__init__(problem)
        self.problem = problem
        self.wait = wait  # what Retry-After asked for, if anything


@dataclass
class _Host:
    """Per-origin state: its politeness turns and its robots.txt (loaded once, shared by every request)."""

    turns: Turns
    robots: asyncio.Task[Robots] | None = None


class Fetcher:
    """Use as `async with Fetcher(options, cache) as f: response = await f.fetch(url)`.
    Lives in one event loop; the cache, if any, is used from that loop's thread only."""

    def __init__(
        self, options: FetchOptions = FetchOptions(), cache: PageCache | None = None, clock: Clock = Clock()
    ) -> None:
        self.options = options
        self.cache = cache
        self.clock = clock  # every wait between requests and before a retry goes through it
        self.stats = FetchStats()
        self._slots = Slots(options.concurrency)
        self._hosts: dict[str, _Host] = {}
        self._client = new_client(options)
        self._unsent = 0  # requests between client.stream() and their headers written, see _let_requests_out

    async def __aenter__(self) -> Fetcher:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        for host in self._hosts.values():
            if host.robots is not None and not host.robots.done():
                host.robots.cancel()
        await self._client.aclose()

    async def fetch(self, url: str, priority: int = 0, auth: tuple[str, str] | None = None) -> Response:
        """The page at `url` with a 2xx status, from the cache when it holds it. Raises FetchError.
        When requests wait for a slot, lower `priority` goes first (the crawler passes the page's index in
        its article, so the articles in flight advance together; see crawl_article). `auth` (user,
        password) is sent as Basic auth, to this URL's site only; credentials written in `url` are taken
        as `auth` and removed from everything recorded (the Response, the cache key, errors)."""
        auth = auth or credentials(url)
        url = strip_credentials(url)
        problem = url_problem(url)
        if problem is not None:
            raise FetchError(url, problem)
        url = urldefrag(url).url
        if self.cache is not None and not self.options.refresh:
            hit = self.cache.get(url)
            if hit is not None:
                self.stats.cache_hits += 1
                return Response(url, hit.final_url, hit.status, hit.headers, hit.body, from_cache=True)
        response = await self._fetch_network(url, priority, auth)
        await self._let_requests_out()
        if self.cache is not None:
            self.cache.put(url, response.final_url, response.status, response.headers, response.body)
        return response

    async def _let_requests_out(self) -> None:
        """Yield to the requests on their way out before this task's CPU work (the caller stores, decodes and
        parses the page: ~0.3 ms). The first yield lets the request that took over this one's slot start.
        From client.stream() to its headers on the wire, httpx/anyio then pass 3-4 checkpoints, each a
        sleep(0) that queues the request behind every task ready at that moment: so finished pages' CPU work
        ran in between and a request took ~2 ms to leave instead of ~1, its slot's time. Bounded, so a
        request stuck before the wire (a slow connect) holds nobody up for more than a few loop turns."""
        await asyncio.sleep(0)
        for _ in range(_MAX_YIELDS):
            if not self._unsent:
                return
            await asyncio.sleep(0)

    async def _fetch_network(self, url: str, priority: int = 0, auth: tuple[str, str] | None = None) -> Response:
        chain = [url]
        current = url
        for _ in range(self.options.max_redirects + 1):
            self._check_literal_address(current, url)
            refusal = await self._robots_refusal(current)
            if refusal is not None:
                raise FetchError(url, refusal)
            status, headers, body = await self._get_with_retries(current, url, priority, auth=auth)
            location = headers.get("location")
            if status in _REDIRECTS and location:
                target = _redirect_target(url, current, location)
                if target in chain:
                    raise FetchError(url, "redirect loop: " + " -> ".join([*chain, target]))
                chain.append(target)
                current = target
                continue
            if not 200 <= status < 300:
                where = "" if current == url else f" (from {current})"
                raise FetchError(url, f"HTTP {status}{where}")
            return Response(url, current, status, headers, body)
        raise FetchError(url, f"more than {self.options.max_redirects} redirects: " + " -> ".join(chain))

    def _check_literal_address(self, url: str, source: str) -> None:
        """Refuse a host written as a forbidden IP address before anything is sent, robots.txt included.
        Host names are checked where connections are opened (transport.GuardedBackend)."""
        if self.options.allow_private:
            return
        address = literal_address(urlsplit(url).hostname or "")
        problem = address_problem(address) if address is not None else None
        if problem is not None:
            raise AddressRefused(source, f"refused to connect to {url}: {address} is {problem} {_ALLOW_HINT}")

    async def _get_with_retries(
        self, url: str, source: str, priority: int = 0, *, robots: bool = False, auth: tuple[str, str] | None = None
    ) -> tuple[int, dict[str, str], bytes]:
        opts = self.options
        for attempt in range(opts.retries + 1):
            try:
                return await self._get_once(url, source, priority, robots=robots, auth=auth)
            except _Retryable as failure:
                if failure.wait is not None and failure.wait > opts.max_retry_after:
                    raise FetchError(
                        source,
                        f"{failure.problem} from {url}, and Retry-After asks for "
                        f"{failure.wait:.0f} s (more than {opts.max_retry_after:.0f} s)",
                    ) from None
                if attempt == opts.retries:
                    tries = "attempt" if attempt == 0 else "attempts"
                    raise FetchError(source, f"{failure.problem} from {url} after {attempt + 1} {tries}") from None
                self.stats.retries += 1
                await self.clock.sleep(failure.wait if failure.wait is not None else self._backoff(attempt))
        raise AssertionError("unreachable")

    def _backoff(self, attempt: int) -> float:
        return backoff(attempt, self.options.backoff, self.options.max_backoff)

    async def _get_once(
        self, url: str, source: str, priority: int, *, robots: bool = False, auth: tuple[str, str] | None = None
    ) -> tuple[int, dict[str, str], bytes]:
        host = self._host(url)
        async with host.turns.slots.take(priority):
            await host.turns.wait(self.clock)
            async with self._slots.take(priority):
                self.stats.requests += 1
                try:
                    async with asyncio.timeout(self.options.attempt_deadline):
                        return await self._exchange(url, source, robots, auth)
                except TimeoutError:
                    raise _Retryable(f"no complete response within {self.options.attempt_deadline:g} s") from None
                except BlockedAddress as err:
                    raise AddressRefused(source, f"refused to connect to {url}: {err.problem} {_ALLOW_HINT}") from None
                except (httpx.InvalidURL, httpx.UnsupportedProtocol, httpx.LocalProtocolError, UnicodeError) as err:
                    raise FetchError(source, f"cannot request {url}: {describe(err)}") from None
                except httpx.TimeoutException as err:
                    raise _Retryable(f"{type(err).__name__} (timeout {self.options.timeout:g} s)") from None
                except httpx.RemoteProtocolError as err:
                    if malformed(err):  # the server answers the same bytes next time
                        raise FetchError(source, f"{url} sent a response that is not valid HTTP ({err})") from None
                    raise _Retryable(describe(err)) from None
                except httpx.TransportError as err:
                    raise _Retryable(describe(err)) from None

    async def _exchange(
        self, url: str, source: str, robots: bool, auth: tuple[str, str] | None
    ) -> tuple[int, dict[str, str], bytes]:
        sent = False

        async def trace(event: str, info: dict) -> None:  # httpcore's documented "trace" extension
            nonlocal sent
            if event == "http11.send_request_headers.complete" and not sent:
                sent = True
                self._unsent -= 1

        self._unsent += 1
        try:
            return await self._exchange_traced(url, source, trace, robots, auth)
        finally:
            if not sent:  # failed before its headers were written
                self._unsent -= 1

    async def _exchange_traced(
        self, url: str, source: str, trace: object, robots: bool, auth: tuple[str, str] | None
    ) -> tuple[int, dict[str, str], bytes]:
        basic = httpx.BasicAuth(*auth) if auth else None
        async with self._client.stream("GET", url, extensions={"trace": trace}, auth=basic) as response:
            status = response.status_code
            headers = {k.lower(): v for k, v in response.headers.items()}  # httpx joins repeated headers
            if LOCATION in headers:
                headers["location"] = headers.pop(LOCATION)
            if status == 429 or status >= 500:
                raise _Retryable(f"HTTP {status}", retry_after(headers.get("retry-after"), self.clock))
            if status in _REDIRECTS or not 200 <= status < 300:
                return status, headers, b""  # the body of a redirect or an error page is not needed
            keep = ROBOTS_MAX_BYTES if robots else None
            body = await read_body(response, url, source, self.options.max_bytes, keep)
        self.stats.bytes += len(body)
        return status, {k: v for k, v in headers.items() if k not in WIRE_HEADERS}, body

    # robots.txt

    async def _robots_refusal(self, url: str) -> str | None:
        """Why robots.txt forbids fetching `url`, in words; None when it may be fetched."""
        if self.options.ignore_robots:
            return None
        host = self._host(url)
        if host.robots is None:
            host.robots = asyncio.ensure_future(self._load_robots(origin_of(url)))
        # shield: one caller being cancelled must not cancel the load the other callers wait for
        robots = await asyncio.shield(host.robots)
        return robots.refusal(url, self.options.user_agent)

    async def _load_robots(self, origin: str) -> Robots:
        url = origin + "/robots.txt"
        try:
            for _ in range(5):  # RFC 9309: follow at least five redirects
                # before anything else: every request to this host waits for it
                status, headers, body = await self._get_with_retries(url, url, priority=-1, robots=True)
                if status in _REDIRECTS and headers.get("location"):
                    url = _redirect_target(url, url, headers["location"], stay=False)
                    self._check_literal_address(url, url)
                    continue
                break
        except AddressRefused as err:  # the address guard: say that, not robots.txt
            return Robots(None, err.message)
        except FetchError as err:
            return Robots(None, unreadable(origin, err.message))
        robots, delay = read_robots(origin, status, body, self.options.user_agent)
        if delay:
            turns = self._host(origin).turns
            turns.delay = max(turns.delay, delay)
        return robots

    def _host(self, url: str) -> _Host:
        origin = origin_of(url)
        host = self._hosts.get(origin)
        if host is None:
            host = self._hosts[origin] = _Host(Turns(Slots(self.options.per_host), self.options.delay))
        return host


def _redirect_target(source: str, current: str, location: str, stay: bool = True) -> str:
    """Where a redirect leads, credentials removed; FetchError when it is no URL the crawler may request
    or (with `stay`) when it leaves the site of `source`, the URL asked for."""
    try:
        joined = urldefrag(urljoin(current, location.strip())).url
    except ValueError:
        joined = ""
    target = strip_credentials(joined)
    problem = url_problem(target if joined else location.strip()) or ("" if joined else "it does not parse")
    if problem:
        raise FetchError(source, f"{current} redirects to an invalid Location {location.strip()[:200]!r}: {problem}")
    if stay and not same_site(source, target):
        raise FetchError(source, f"{current} redirects to {target}, off the site (the crawler stays on one site)")
    return target
