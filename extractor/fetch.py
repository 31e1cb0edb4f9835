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
"""

from __future__ import annotations

import asyncio
import contextlib
import email.utils
import heapq
import itertools
import random
import socket
import ssl
import time
import urllib.request
import zlib
from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass, field
from urllib.parse import urldefrag, urljoin, urlsplit

import h11
import httpcore
import httpx
from protego import Protego

from .cache import PageCache
from .errors import FetchError
from .options import FetchOptions
from .urls import address_problem, credentials, literal_address, same_site, strip_credentials, url_problem

_REDIRECTS = (301, 302, 303, 307, 308)
_MAX_CRAWL_DELAY = 30.0  # a site asking for more would stall the crawl; we honour it up to this
_ROBOTS_MAX_BYTES = 500 * 1024  # RFC 9309 2.5: parse at least the first 500 KiB; the rest is not read
# headers describing the wire form of the body; the body we keep is already decoded
_WIRE_HEADERS = {"content-encoding", "content-length", "transfer-encoding"}
# how many times a finished page's CPU work yields at most to requests still on their way out: each passes
# 3-4 checkpoints before its headers are written (see Fetcher._let_requests_out)
_MAX_YIELDS = 8
_ALLOW_HINT = "(--allow-private allows it)"
_LOCATION = "x-extractor-location"  # where Location waits while httpx looks at the response (_hide_location)


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


class AddressRefused(FetchError):
    """A URL whose host is an address the crawler must not reach (without --allow-private)."""


class BlockedAddress(Exception):
    """A connection refused before it was opened: the host resolves to an address the crawler must not reach."""

    def __init__(self, host: str, problem: str) -> None:
        super().__init__(f"{host}: {problem}")
        self.host = host
        self.problem = problem


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
    robots: asyncio.Task[_Robots] | None = None


@dataclass(frozen=True)
class _Robots:
    """What an origin's robots.txt allows: its rules, none (no robots.txt), or nothing at all (`problem`)."""

    rules: Protego | None
    problem: str | None = None  # why nothing may be fetched from this origin, in words

    def refusal(self, url: str, user_agent: str) -> str | None:
        if self.problem is not None:
            return self.problem
        if self.rules is not None and not self.rules.can_fetch(url, user_agent):
            return (
                f"{url} is disallowed by robots.txt of {_origin(url)} "
                "(--ignore-robots overrides it, at your own responsibility)"
            )
        return None


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
        Host names are checked where connections are opened (_GuardedBackend)."""
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
                await asyncio.sleep(failure.wait if failure.wait is not None else self._backoff(attempt))
        raise AssertionError("unreachable")

    def _backoff(self, attempt: int) -> float:
        # exponential, with jitter so many clients failing together do not come back together
        base = min(self.options.max_backoff, self.options.backoff * 2**attempt)
        return base * random.uniform(0.5, 1.5)

    async def _get_once(
        self, url: str, source: str, priority: int, *, robots: bool = False, auth: tuple[str, str] | None = None
    ) -> tuple[int, dict[str, str], bytes]:
        host = self._host(url)
        async with host.slots.take(priority):
            await self._wait_turn(host)
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
                    raise FetchError(source, f"cannot request {url}: {_describe(err)}") from None
                except httpx.TimeoutException as err:
                    raise _Retryable(f"{type(err).__name__} (timeout {self.options.timeout:g} s)") from None
                except httpx.RemoteProtocolError as err:
                    if _malformed(err):  # the server answers the same bytes next time
                        raise FetchError(source, f"{url} sent a response that is not valid HTTP ({err})") from None
                    raise _Retryable(_describe(err)) from None
                except httpx.TransportError as err:
                    raise _Retryable(_describe(err)) from None

    async def _wait_turn(self, host: _Host) -> None:
        # reserve the next start time under the lock, sleep outside it, so waiters queue up in order
        async with host.gate:
            now = time.monotonic()
            start = max(now, host.next_start)
            host.next_start = start + host.delay
        if start > now:
            await asyncio.sleep(start - now)

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
            if _LOCATION in headers:
                headers["location"] = headers.pop(_LOCATION)
            if status == 429 or status >= 500:
                raise _Retryable(f"HTTP {status}", _retry_after(headers.get("retry-after")))
            if status in _REDIRECTS or not 200 <= status < 300:
                return status, headers, b""  # the body of a redirect or an error page is not needed
            body = await self._read_body(response, url, source, _ROBOTS_MAX_BYTES if robots else None)
        self.stats.bytes += len(body)
        return status, {k: v for k, v in headers.items() if k not in _WIRE_HEADERS}, body

    async def _read_body(self, response: httpx.Response, url: str, source: str, keep: int | None = None) -> bytes:
        """The decompressed body under the cap; with `keep`, its first `keep` bytes (the rest is not read)."""
        limit = keep or self.options.max_bytes
        encoding = response.headers.get("content-encoding", "identity").strip().lower()
        declared = response.headers.get("content-length", "")
        if keep is None and encoding == "identity" and declared.isdigit() and int(declared) > limit:
            raise FetchError(source, f"{url} is {int(declared):,} bytes, over the {limit:,}-byte cap (--max-bytes)")
        decoder = _BoundedDecoder(encoding, limit, url, source, truncate=keep is not None)
        received = 0
        # raw bytes, decompressed here under the cap: httpx's own decoder would inflate a whole chunk at once
        async for chunk in response.aiter_raw():
            received += len(chunk)
            if received > limit and keep is None:
                raise FetchError(source, f"{url} sent more than {limit:,} bytes (--max-bytes)")
            decoder.feed(chunk)
            if decoder.full:
                break
        return decoder.result()

    # robots.txt

    async def _robots_refusal(self, url: str) -> str | None:
        """Why robots.txt forbids fetching `url`, in words; None when it may be fetched."""
        if self.options.ignore_robots:
            return None
        host = self._host(url)
        if host.robots is None:
            host.robots = asyncio.ensure_future(self._load_robots(_origin(url)))
        # shield: one caller being cancelled must not cancel the load the other callers wait for
        robots = await asyncio.shield(host.robots)
        return robots.refusal(url, self.options.user_agent)

    async def _load_robots(self, origin: str) -> _Robots:
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
            return _Robots(None, err.message)
        except FetchError as err:
            return _Robots(None, _unreadable(origin, err.message))
        if 200 <= status < 300:
            rules = Protego.parse(body.decode("utf-8", errors="replace"))
            delay = rules.crawl_delay(self.options.user_agent)
            if delay:
                host = self._host(origin)
                host.delay = max(host.delay, min(float(delay), _MAX_CRAWL_DELAY))
            return _Robots(rules)
        if 400 <= status < 500 or status in _REDIRECTS:
            return _Robots(None)  # no robots.txt (or no way to it): no restrictions
        return _Robots(None, _unreadable(origin, f"HTTP {status}"))

    def _host(self, url: str) -> _Host:
        origin = _origin(url)
        host = self._hosts.get(origin)
        if host is None:
            host = self._hosts[origin] = _Host(_Slots(self.options.per_host), self.options.delay)
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


def _unreadable(origin: str, problem: str) -> str:
    return (
        f"robots.txt of {origin} could not be read ({problem}); RFC 9309 says to fetch nothing from the site "
        "then (--ignore-robots overrides it, at your own responsibility)"
    )


# what an httpx error with no message of its own means
_PLAIN_ERRORS: tuple[tuple[type[Exception], str], ...] = (
    (httpx.ConnectError, "the connection could not be opened"),
    (httpx.ReadError, "the connection broke while the response was read"),
    (httpx.WriteError, "the connection broke while the request was sent"),
    (httpx.RemoteProtocolError, "the server closed the connection without a complete response"),
    (httpx.UnsupportedProtocol, "unsupported scheme (only http and https)"),
)


def _describe(err: Exception) -> str:
    """'ReadError: <what happened>', never an empty reason: the message, a cause's, or what the type means."""
    text = str(err).strip()
    cause = err.__cause__ or err.__context__
    while not text and cause is not None:
        text = str(cause).strip()
        cause = cause.__cause__ or cause.__context__
    if not text:
        text = next((plain for kind, plain in _PLAIN_ERRORS if isinstance(err, kind)), "no details given")
    return f"{type(err).__name__}: {text}"


def _malformed(err: BaseException) -> bool:
    """Whether h11 refused to parse what the server sent ("Receive buffer too long", a bad header line):
    the same server sends the same bytes on a retry. A dropped connection has no h11 error behind it."""
    cause: BaseException | None = err
    while cause is not None:
        if isinstance(cause, h11.ProtocolError):
            return True
        cause = cause.__cause__ or cause.__context__
    return False


async def resolve(host: str, port: int) -> list[str]:
    """The addresses `host` resolves to, in the resolver's order (an IP address is its own answer)."""
    literal = literal_address(host)
    if literal is not None:
        return [str(literal)]
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as err:
        raise httpcore.ConnectError(f"cannot resolve {host}: {getattr(err, 'strerror', None) or err}") from None
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


class _GuardedBackend(httpcore.AsyncNetworkBackend):
    """httpcore's network backend, resolving each host itself: every address is checked before any
    connection is opened, and the connection goes to an address that was checked (no second lookup)."""

    def __init__(self, allow_private: bool) -> None:
        self._inner = httpcore.AnyIOBackend()  # what httpcore's AutoBackend picks under asyncio
        self._allow_private = allow_private

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        try:
            async with asyncio.timeout(timeout):
                addresses = await resolve(host, port)
        except TimeoutError:
            raise httpcore.ConnectTimeout(f"resolving {host} took more than {timeout:g} s") from None
        if not self._allow_private:
            for address in addresses:
                problem = address_problem(address)
                if problem is not None:
                    said = f"{host} is" if address == host else f"{host} resolves to {address},"
                    raise BlockedAddress(host, f"{said} {problem}")
        failure: Exception = httpcore.ConnectError(f"{host} resolves to no address")
        for address in addresses:
            try:
                return await self._inner.connect_tcp(address, port, timeout, local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as err:
                failure = err
        raise failure

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None
    ) -> httpcore.AsyncNetworkStream:
        raise httpcore.ConnectError("unix sockets are not used by the crawler")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


def _guarded(transport: httpx.AsyncHTTPTransport, context: ssl.SSLContext, limits: httpx.Limits, allow_private: bool):
    """The transport with its connection pool rebuilt on _GuardedBackend (httpx takes no network backend).
    Fails loudly, rather than run unguarded, should httpx ever keep its pool elsewhere."""
    if not isinstance(getattr(transport, "_pool", None), httpcore.AsyncConnectionPool):
        raise RuntimeError("httpx's transport layout changed: the address guard cannot be installed")
    transport._pool = httpcore.AsyncConnectionPool(
        ssl_context=context,
        max_connections=limits.max_connections,
        max_keepalive_connections=limits.max_keepalive_connections,
        keepalive_expiry=limits.keepalive_expiry,
        network_backend=_GuardedBackend(allow_private),
    )
    return transport


async def _hide_location(response: httpx.Response) -> None:
    """httpx parses a redirect's Location as the response arrives, even with follow_redirects off, and
    raises on one it cannot parse (`javascript:alert(1)`, `http://[::1/`) before the fetcher sees it.
    The fetcher checks every redirect itself (_redirect_target), so the header is kept out of httpx's sight."""
    if "location" in response.headers:
        response.headers[_LOCATION] = response.headers.pop("location")


def _new_client(options: FetchOptions) -> httpx.AsyncClient:
    limits = httpx.Limits(max_connections=options.concurrency, max_keepalive_connections=options.concurrency)
    settings: dict = dict(
        timeout=httpx.Timeout(options.timeout, pool=None),
        follow_redirects=False,  # followed by hand, see _fetch_network
        event_hooks={"response": [_hide_location]},
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
    return httpx.AsyncClient(transport=_HttpsOnDemand(limits, options.allow_private), **settings)


class _HttpsOnDemand(httpx.AsyncBaseTransport):
    """httpx's transport, with its https side set up on the first https request.

    httpx's default transport loads the CA bundle into an SSL context when the client is created: 20-50 ms
    on the event loop before the first request, which a crawl of http pages never uses. Here that happens
    on the first https request, in a worker thread; the context is httpx's own default
    (`httpx.create_ssl_context()`: certifi, or SSL_CERT_FILE / SSL_CERT_DIR), so certificates are verified
    exactly as before. Each side pools up to `limits` connections; the fetcher's slots bound the requests
    in flight overall."""

    def __init__(self, limits: httpx.Limits, allow_private: bool) -> None:
        self._limits = limits
        self._allow_private = allow_private
        # this side only ever speaks plain http; its context trusts no certificate, should TLS ever reach it
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        self._http = _guarded(httpx.AsyncHTTPTransport(verify=context, limits=limits), context, limits, allow_private)
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
        transport = httpx.AsyncHTTPTransport(verify=context, limits=self._limits)
        return _guarded(transport, context, self._limits, self._allow_private)

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

    def __init__(self, encoding: str, limit: int, url: str, source: str, truncate: bool = False) -> None:
        self.limit, self.url, self.source = limit, url, source
        self.encoding = encoding
        self.truncate = truncate  # keep the first `limit` bytes instead of failing
        self.full = False
        self._parts: list[bytes] = []
        self._total = 0
        self._zlib: zlib._Decompress | None = None
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
            while data and not self.full:
                # max_length bounds each step's output: a tiny compressed chunk cannot inflate past the cap
                self._add(self._zlib.decompress(data, self.limit - self._total + 1))
                data = self._zlib.unconsumed_tail
        except zlib.error as err:
            raise FetchError(self.source, f"{self.url}: corrupt {self.encoding} body ({err})") from None

    def _add(self, piece: bytes) -> None:
        if self.full:
            return
        if self.truncate and self._total + len(piece) >= self.limit:
            piece, self.full = piece[: self.limit - self._total], True
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
