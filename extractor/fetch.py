"""Polite, fault-tolerant HTTP fetching: one shared async httpx client behind the crawler.

What it guarantees, per request:
- at most `concurrency` requests in flight overall and `per_host` per host, with at least `delay`
  seconds (or the site's robots.txt Crawl-delay, capped) between request starts to one host;
- robots.txt read once per origin and obeyed, unless `ignore_robots` (the user's responsibility);
- connect/read timeouts, plus a deadline for a whole attempt so a server dripping bytes cannot hold a slot;
- retries with exponential backoff and jitter on connection errors, timeouts, 429 and 5xx,
  waiting what Retry-After asks for when it says so;
- redirects followed by hand (each hop is checked against robots.txt and throttled like any request),
  at most `max_redirects`, loops reported as such;
- a body cap that counts decompressed bytes, so a gzip bomb stops at `max_bytes`;
- successful pages stored in / served from the page cache.
Every failure is a FetchError naming the URL and the status or exception.
"""

from __future__ import annotations

import asyncio
import contextlib
import email.utils
import heapq
import itertools
import random
import ssl
import time
import urllib.request
import urllib.robotparser
import zlib
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from urllib.parse import urldefrag, urljoin, urlsplit

import httpx

from .cache import PageCache
from .errors import FetchError

USER_AGENT = "extractor/0.1 (+https://example.invalid/extractor)"
_REDIRECTS = (301, 302, 303, 307, 308)
_MAX_CRAWL_DELAY = 30.0  # a site asking for more would stall the crawl; we honour it up to this
# headers describing the wire form of the body; the body we keep is already decoded
_WIRE_HEADERS = {"content-encoding", "content-length", "transfer-encoding"}
# how many times a finished page's CPU work yields at most to requests still on their way out: each passes
# 3-4 checkpoints before its headers are written (see Fetcher._let_requests_out)
_MAX_YIELDS = 8


@dataclass(frozen=True)
class FetchOptions:
    concurrency: int = 8  # requests in flight overall
    per_host: int = 2  # requests in flight to one host
    delay: float = 0.5  # seconds between request starts to one host
    timeout: float = 20.0  # connect and read timeout, seconds
    retries: int = 3  # further attempts after the first
    max_bytes: int = 20 * 1024 * 1024  # body cap, after decompression
    max_redirects: int = 10
    ignore_robots: bool = False
    user_agent: str = USER_AGENT
    backoff: float = 0.5  # first retry waits about this long; doubles per attempt, with jitter
    max_backoff: float = 30.0
    max_retry_after: float = 120.0  # a longer Retry-After is reported as a failure instead of waited out
    attempt_deadline: float = 120.0  # a whole attempt (headers and body), seconds
    refresh: bool = False  # ignore cached pages (still store what is fetched)


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


class _Retryable(Exception):
    """An attempt that failed in a way worth trying again (connection trouble, 429, 5xx)."""

    def __init__(self, problem: str, wait: float | None = None) -> None:
        super().__init__(problem)
        self.problem = problem
        self.wait = wait  # what Retry-After asked for, if anything


@dataclass
class _Host:
    """Per-origin politeness state."""

    slots: _Slots
    delay: float
    next_start: float = 0.0
    gate: asyncio.Lock = field(default_factory=asyncio.Lock)
    robots: asyncio.Task | None = None


class Fetcher:
    """Use as `async with Fetcher(options, cache) as f: response = await f.fetch(url)`.
    Lives in one event loop; the cache, if any, is used from that loop's thread only."""

    def __init__(self, options: FetchOptions = FetchOptions(), cache: PageCache | None = None) -> None:
        self.options = options
        self.cache = cache
        self.stats = FetchStats()
        self._slots = _Slots(options.concurrency)
        self._hosts: dict[str, _Host] = {}
        self._client = _new_client(options)
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

    async def fetch(self, url: str, priority: int = 0) -> Response:
        """The page at `url` with a 2xx status, from the cache when it holds it. Raises FetchError.
        When requests wait for a slot, lower `priority` goes first (the crawler passes the page's index in
        its article, so the articles in flight advance together; see crawl_article)."""
        url = urldefrag(url).url
        if self.cache is not None and not self.options.refresh:
            hit = self.cache.get(url)
            if hit is not None:
                self.stats.cache_hits += 1
                return Response(url, hit.final_url, hit.status, hit.headers, hit.body, from_cache=True)
        response = await self._fetch_network(url, priority)
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

    async def _fetch_network(self, url: str, priority: int = 0) -> Response:
        chain = [url]
        current = url
        for _ in range(self.options.max_redirects + 1):
            if not await self._allowed(current):
                raise FetchError(
                    url,
                    f"{current} is disallowed by robots.txt of {_origin(current)} "
                    "(--ignore-robots overrides it, at your own responsibility)",
                )
            status, headers, body = await self._get_with_retries(current, url, priority)
            location = headers.get("location")
            if status in _REDIRECTS and location:
                target = urldefrag(urljoin(current, location.strip())).url
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

    async def _get_with_retries(self, url: str, source: str, priority: int = 0) -> tuple[int, dict[str, str], bytes]:
        opts = self.options
        for attempt in range(opts.retries + 1):
            try:
                return await self._get_once(url, source, priority)
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
                await asyncio.sleep(failure.wait if failure.wait is not None else self._backoff(attempt))
        raise AssertionError("unreachable")

    def _backoff(self, attempt: int) -> float:
        # exponential, with jitter so many clients failing together do not come back together
        base = min(self.options.max_backoff, self.options.backoff * 2**attempt)
        return base * random.uniform(0.5, 1.5)

    async def _get_once(self, url: str, source: str, priority: int) -> tuple[int, dict[str, str], bytes]:
        host = self._host(url)
        async with host.slots.take(priority):
            await self._wait_turn(host)
            async with self._slots.take(priority):
                self.stats.requests += 1
                try:
                    async with asyncio.timeout(self.options.attempt_deadline):
                        return await self._exchange(url, source)
                except TimeoutError:
                    raise _Retryable(f"no complete response within {self.options.attempt_deadline:g} s") from None
                except httpx.TimeoutException as err:
                    raise _Retryable(f"{type(err).__name__} (timeout {self.options.timeout:g} s)") from None
                except httpx.TransportError as err:
                    raise _Retryable(f"{type(err).__name__}: {err or 'connection failed'}") from None

    async def _wait_turn(self, host: _Host) -> None:
        # reserve the next start time under the lock, sleep outside it, so waiters queue up in order
        async with host.gate:
            now = time.monotonic()
            start = max(now, host.next_start)
            host.next_start = start + host.delay
        if start > now:
            await asyncio.sleep(start - now)

    async def _exchange(self, url: str, source: str) -> tuple[int, dict[str, str], bytes]:
        sent = False

        async def trace(event: str, info: dict) -> None:  # httpcore's documented "trace" extension
            nonlocal sent
            if event == "http11.send_request_headers.complete" and not sent:
                sent = True
                self._unsent -= 1

        self._unsent += 1
        try:
            return await self._exchange_traced(url, source, trace)
        finally:
            if not sent:  # failed before its headers were written
                self._unsent -= 1

    async def _exchange_traced(self, url: str, source: str, trace: object) -> tuple[int, dict[str, str], bytes]:
        async with self._client.stream("GET", url, extensions={"trace": trace}) as response:
            status = response.status_code
            headers = {k.lower(): v for k, v in response.headers.items()}  # httpx joins repeated headers
            if status == 429 or status >= 500:
                raise _Retryable(f"HTTP {status}", _retry_after(headers.get("retry-after")))
            if status in _REDIRECTS or not 200 <= status < 300:
                return status, headers, b""  # the body of a redirect or an error page is not needed
            body = await self._read_body(response, url, source)
        self.stats.bytes += len(body)
        return status, {k: v for k, v in headers.items() if k not in _WIRE_HEADERS}, body

    async def _read_body(self, response: httpx.Response, url: str, source: str) -> bytes:
        limit = self.options.max_bytes
        encoding = response.headers.get("content-encoding", "identity").strip().lower()
        declared = response.headers.get("content-length", "")
        if encoding == "identity" and declared.isdigit() and int(declared) > limit:
            raise FetchError(source, f"{url} is {int(declared):,} bytes, over the {limit:,}-byte cap (--max-bytes)")
        decoder = _BoundedDecoder(encoding, limit, url, source)
        received = 0
        # raw bytes, decompressed here under the cap: httpx's own decoder would inflate a whole chunk at once
        async for chunk in response.aiter_raw():
            received += len(chunk)
            if received > limit:
                raise FetchError(source, f"{url} sent more than {limit:,} bytes (--max-bytes)")
            decoder.feed(chunk)
        return decoder.result()

    # robots.txt

    async def _allowed(self, url: str) -> bool:
        if self.options.ignore_robots:
            return True
        host = self._host(url)
        if host.robots is None:
            host.robots = asyncio.ensure_future(self._load_robots(_origin(url)))
        # shield: one caller being cancelled must not cancel the load the other callers wait for
        rules = await asyncio.shield(host.robots)
        return rules.can_fetch(self.options.user_agent, url)

    async def _load_robots(self, origin: str) -> urllib.robotparser.RobotFileParser:
        rules = urllib.robotparser.RobotFileParser(origin + "/robots.txt")
        url = origin + "/robots.txt"
        try:
            for _ in range(5):  # RFC 9309: follow at least five redirects
                # before anything else: every request to this host waits for it
                status, headers, body = await self._get_with_retries(url, url, priority=-1)
                if status in _REDIRECTS and headers.get("location"):
                    url = urljoin(url, headers["location"])
                    continue
                break
        except FetchError:
            # unreachable robots.txt: RFC 9309 says assume everything is disallowed
            rules.disallow_all = True
            return rules
        if 200 <= status < 300:
            rules.parse(body.decode("utf-8", errors="replace").splitlines())
            delay = rules.crawl_delay(self.options.user_agent)
            if delay:
                host = self._host(origin)
                host.delay = max(host.delay, min(float(delay), _MAX_CRAWL_DELAY))
        elif 400 <= status < 500:
            rules.allow_all = True  # no robots.txt: no restrictions
        else:
            rules.disallow_all = True
        return rules

    def _host(self, url: str) -> _Host:
        origin = _origin(url)
        host = self._hosts.get(origin)
        if host is None:
            host = self._hosts[origin] = _Host(_Slots(self.options.per_host), self.options.delay)
        return host


def _new_client(options: FetchOptions) -> httpx.AsyncClient:
    limits = httpx.Limits(max_connections=options.concurrency, max_keepalive_connections=options.concurrency)
    settings: dict = dict(
        timeout=httpx.Timeout(options.timeout, pool=None),
        follow_redirects=False,  # followed by hand, see _fetch_network
        headers={
            "User-Agent": options.user_agent,
            # only encodings we decompress ourselves under the size cap
            "Accept-Encoding": "gzip, deflate",
            "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5",
        },
    )
    if urllib.request.getproxies():
        # proxies from the environment: httpx sets up their transports itself, which it does not do for a
        # client given its own transport, so this client is built the ordinary way
        return httpx.AsyncClient(limits=limits, **settings)
    return httpx.AsyncClient(transport=_HttpsOnDemand(limits), **settings)


class _HttpsOnDemand(httpx.AsyncBaseTransport):
    """httpx's transport, with its https side set up on the first https request.

    httpx's default transport loads the CA bundle into an SSL context when the client is created: 20-50 ms
    on the event loop before the first request, which a crawl of http pages never uses. Here that happens
    on the first https request, in a worker thread; the context is httpx's own default
    (`httpx.create_ssl_context()`: certifi, or SSL_CERT_FILE / SSL_CERT_DIR), so certificates are verified
    exactly as before. Each side pools up to `limits` connections; the fetcher's slots bound the requests
    in flight overall."""

    def __init__(self, limits: httpx.Limits) -> None:
        self._limits = limits
        # this side only ever speaks plain http; its context trusts no certificate, should TLS ever reach it
        self._http = httpx.AsyncHTTPTransport(verify=ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT), limits=limits)
        self._https: asyncio.Future[httpx.AsyncHTTPTransport] | None = None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.scheme != "https":
            return await self._http.handle_async_request(request)
        if self._https is None:
            self._https = asyncio.ensure_future(self._open_https())
        # shield: the first request being cancelled must not cancel the set-up the others wait for
        transport = await asyncio.shield(self._https)
        return await transport.handle_async_request(request)

    async def _open_https(self) -> httpx.AsyncHTTPTransport:
        context = await asyncio.to_thread(httpx.create_ssl_context)
        return httpx.AsyncHTTPTransport(verify=context, limits=self._limits)

    async def aclose(self) -> None:
        await self._http.aclose()
        https = self._https
        if https is not None and not https.done():
            https.cancel()
        elif https is not None and not https.cancelled() and https.exception() is None:
            await https.result().aclose()


class _Slots:
    """A semaphore that serves its waiters lowest priority first, in arrival order among equals.

    A released slot is handed straight to the waiter chosen, so a newcomer cannot take it in between."""

    def __init__(self, size: int) -> None:
        self._free = size
        self._waiters: list[tuple[int, int, asyncio.Future]] = []  # a heap; cancelled entries are skipped
        self._order = itertools.count()

    @contextlib.asynccontextmanager
    async def take(self, priority: int = 0) -> AsyncIterator[None]:
        await self._acquire(priority)
        try:
            yield
        finally:
            self._release()

    async def _acquire(self, priority: int) -> None:
        if self._free > 0:  # a free slot means nobody waits: release hands slots to waiters first
            self._free -= 1
            return
        waiter = asyncio.get_running_loop().create_future()
        heapq.heappush(self._waiters, (priority, next(self._order), waiter))
        try:
            await waiter
        except asyncio.CancelledError:
            if waiter.done() and not waiter.cancelled():
                self._release()  # the slot was handed over just as we were cancelled: pass it on
            raise

    def _release(self) -> None:
        while self._waiters:
            waiter = heapq.heappop(self._waiters)[2]
            if not waiter.done():
                waiter.set_result(None)
                return
        self._free += 1


class _BoundedDecoder:
    """Content-Encoding decompression that never produces more than `limit` bytes in total."""

    def __init__(self, encoding: str, limit: int, url: str, source: str) -> None:
        self.limit, self.url, self.source = limit, url, source
        self.encoding = encoding
        self._parts: list[bytes] = []
        self._total = 0
        if encoding in ("gzip", "x-gzip"):
            self._zlib = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self._zlib = None  # zlib-wrapped or raw: decided on the first bytes, see feed()
        elif encoding == "identity":
            self._zlib = None
        else:
            raise FetchError(source, f"{url} uses Content-Encoding {encoding!r}, which is not supported")
        self._raw_deflate_tried = False

    def feed(self, data: bytes) -> None:
        if self.encoding == "identity":
            self._add(data)
            return
        if self._zlib is None:  # deflate: servers send both zlib-wrapped and raw streams
            self._zlib = zlib.decompressobj(zlib.MAX_WBITS if data[:1] == b"\x78" else -zlib.MAX_WBITS)
        try:
            while data:
                # max_length bounds each step's output: a tiny compressed chunk cannot inflate past the cap
                self._add(self._zlib.decompress(data, self.limit - self._total + 1))
                data = self._zlib.unconsumed_tail
        except zlib.error as err:
            raise FetchError(self.source, f"{self.url}: corrupt {self.encoding} body ({err})") from None

    def _add(self, piece: bytes) -> None:
        self._total += len(piece)
        if self._total > self.limit:
            how = "" if self.encoding == "identity" else f" after {self.encoding} decompression"
            raise FetchError(
                self.source, f"{self.url} is over the {self.limit:,}-byte cap{how}; stopped reading (--max-bytes)"
            )
        self._parts.append(piece)

    def result(self) -> bytes:
        if self._zlib is not None:
            self._add(self._zlib.flush())
        return b"".join(self._parts)


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


def _retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header: delta-seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())
