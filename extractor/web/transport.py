"""The wire: the httpx client the fetcher sends through, its address guard, and body reading under a cap.

Decisions:
- No connection to a loopback, private, link-local, multicast or otherwise non-global address unless
  `allow_private`: the connection layer (`GuardedBackend`) resolves each host itself, checks every address
  it resolves to and connects to the address it checked (a DNS answer that changes between check and
  connect cannot slip through). Through a proxy from the environment the proxy resolves names, so only
  hosts written as IP addresses are checked there (by the fetcher, before anything is sent).
- Redirects are not followed here (the fetcher follows them by hand) and a redirect's Location is hidden
  from httpx, which would otherwise reject one it cannot parse before the fetcher could say why.
- The body is read raw and decompressed here under the cap (`BoundedDecoder`): the cap counts
  decompressed bytes, so a gzip bomb stops at `max_bytes`.
- The https side (its CA bundle) is set up on the first https request, off the event loop.
- Every httpx error is described in words (`describe`), never with an empty reason.
"""

from __future__ import annotations

import asyncio
import socket
import ssl
import urllib.request
import zlib
from collections.abc import Iterable

import h11
import httpcore
import httpx

from ..errors import FetchError
from .options import FetchOptions
from .urls import address_problem, literal_address

__all__ = [
    "LOCATION",
    "WIRE_HEADERS",
    "BlockedAddress",
    "BoundedDecoder",
    "GuardedBackend",
    "describe",
    "malformed",
    "new_client",
    "read_body",
    "resolve",
]

# headers describing the wire form of the body; the body we keep is already decoded
WIRE_HEADERS = {"content-encoding", "content-length", "transfer-encoding"}
LOCATION = "x-extractor-location"  # where Location waits while httpx looks at the response (_hide_location)


class BlockedAddress(Exception):
    """A connection refused before it was opened: the host resolves to an address the crawler must not reach."""

    def __init__(self, host: str, problem: str) -> None:
        super().__init__(f"{host}: {problem}")
        self.host = host
        self.problem = problem


# what an httpx error with no message of its own means
_PLAIN_ERRORS: tuple[tuple[type[Exception], str], ...] = (
    (httpx.ConnectError, "the connection could not be opened"),
    (httpx.ReadError, "the connection broke while the response was read"),
    (httpx.WriteError, "the connection broke while the request was sent"),
    (httpx.RemoteProtocolError, "the server closed the connection without a complete response"),
    (httpx.UnsupportedProtocol, "unsupported scheme (only http and https)"),
)


def describe(err: Exception) -> str:
    """'ReadError: <what happened>', never an empty reason: the message, a cause's, or what the type means."""
    text = str(err).strip()
    cause = err.__cause__ or err.__context__
    while not text and cause is not None:
        text = str(cause).strip()
        cause = cause.__cause__ or cause.__context__
    if not text:
        text = next((plain for kind, plain in _PLAIN_ERRORS if isinstance(err, kind)), "no details given")
    return f"{type(err).__name__}: {text}"


def malformed(err: BaseException) -> bool:
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


class GuardedBackend(httpcore.AsyncNetworkBackend):
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
    """The transport with its connection pool rebuilt on GuardedBackend (httpx takes no network backend).
    Fails loudly, rather than run unguarded, should httpx ever keep its pool elsewhere."""
    if not isinstance(getattr(transport, "_pool", None), httpcore.AsyncConnectionPool):
        raise RuntimeError("httpx's transport layout changed: the address guard cannot be installed")
    transport._pool = httpcore.AsyncConnectionPool(
        ssl_context=context,
        max_connections=limits.max_connections,
        max_keepalive_connections=limits.max_keepalive_connections,
        keepalive_expiry=limits.keepalive_expiry,
        network_backend=GuardedBackend(allow_private),
    )
    return transport


async def _hide_location(response: httpx.Response) -> None:
    """httpx parses a redirect's Location as the response arrives, even with follow_redirects off, and
    raises on one it cannot parse (`javascript:alert(1)`, `http://[::1/`) before the fetcher sees it.
    The fetcher checks every redirect itself (_redirect_target), so the header is kept out of httpx's sight."""
    if "location" in response.headers:
        response.headers[LOCATION] = response.headers.pop("location")


def new_client(options: FetchOptions) -> httpx.AsyncClient:
    limits = httpx.Limits(max_connections=options.concurrency, max_keepalive_connections=options.concurrency)
    settings: dict = dict(
        timeout=httpx.Timeout(options.timeout, pool=None),
        follow_redirects=False,  # followed by hand, see fetch.Fetcher
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


class BoundedDecoder:
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


async def read_body(response: httpx.Response, url: str, source: str, max_bytes: int, keep: int | None = None) -> bytes:
    """The decompressed body under the `max_bytes` cap; with `keep`, its first `keep` bytes (the rest is not read)."""
    limit = keep or max_bytes
    encoding = response.headers.get("content-encoding", "identity").strip().lower()
    declared = response.headers.get("content-length", "")
    if keep is None and encoding == "identity" and declared.isdigit() and int(declared) > limit:
        raise FetchError(source, f"{url} is {int(declared):,} bytes, over the {limit:,}-byte cap (--max-bytes)")
    decoder = BoundedDecoder(encoding, limit, url, source, truncate=keep is not None)
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
