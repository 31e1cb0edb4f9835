"""The fetch layer against a real HTTP server on 127.0.0.1: retries, timeouts, caps, redirects, robots, cache."""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import shutil
import sqlite3
import subprocess
import time
from dataclasses import replace
from pathlib import Path

import pytest
from http_server import LocalServer, Reply

from extractor.errors import FetchError
from extractor.web.cache import PageCache, default_cache_path
from extractor.web.fetch import Fetcher
from extractor.web.options import USER_AGENT, FetchOptions
from extractor.web.response import Response
from extractor.web.throttle import Clock

# fast but otherwise realistic settings: no politeness delay, tiny backoff, small timeouts; the server is on loopback
FAST = FetchOptions(delay=0.0, backoff=0.01, timeout=0.5, retries=2, per_host=4, allow_private=True)


@pytest.fixture
def server():
    with LocalServer() as s:
        yield s


class Waits:
    """A Clock that records the waits the fetcher asks for and spends none of them: time stands still."""

    def __init__(self) -> None:
        self.asked: list[float] = []
        self.clock = Clock(now=lambda: 100.0, sleep=self._sleep)

    async def _sleep(self, seconds: float) -> None:
        self.asked.append(seconds)
        await asyncio.sleep(0)


def fetch(url: str, options: FetchOptions = FAST, cache: PageCache | None = None, clock: Clock = Clock()) -> Response:
    async def go() -> Response:
        async with Fetcher(options, cache, clock) as fetcher:
            return await fetcher.fetch(url)

    return asyncio.run(go())


def test_plain_page_and_user_agent(server):
    server.route("/a.html", "<html><body><p>hello</p></body></html>")
    response = fetch(server.url("/a.html"))
    assert response.status == 200 and b"hello" in response.body
    assert response.final_url == server.url("/a.html")
    assert server.user_agents == {USER_AGENT}
    assert server.hits["/robots.txt"] == 1  # asked once, 404 means no restrictions


def test_500_then_200_is_retried(server):
    server.route("/flaky", Reply(500), Reply(502), "<p>ok</p>")
    assert b"ok" in fetch(server.url("/flaky")).body
    assert server.hits["/flaky"] == 3


def test_5xx_gives_up_after_retries(server):
    server.route("/down", Reply(503))
    with pytest.raises(FetchError, match=r"HTTP 503 .* after 3 attempts"):
        fetch(server.url("/down"))
    assert server.hits["/down"] == 3


def test_404_is_not_retried(server):
    with pytest.raises(FetchError, match="HTTP 404"):
        fetch(server.url("/missing"))
    assert server.hits["/missing"] == 1


def test_429_honours_retry_after(server):
    server.route("/busy", Reply(429, headers={"Retry-After": "7"}), "<p>ok</p>")
    waits = Waits()
    assert b"ok" in fetch(server.url("/busy"), clock=waits.clock).body
    assert waits.asked == [7.0]  # what the server asked, not the 10 ms backoff
    assert server.hits["/busy"] == 2


def test_retry_after_too_long_fails_at_once(server):
    server.route("/later", Reply(429, headers={"Retry-After": "3600"}))
    with pytest.raises(FetchError, match="Retry-After asks for 3600 s"):
        fetch(server.url("/later"))
    assert server.hits["/later"] == 1


def test_hanging_response_times_out_then_fails(server):
    server.route("/hang", Reply(body="late", delay=5))
    waits = Waits()
    with pytest.raises(FetchError, match=r"ReadTimeout \(timeout 0.2 s\) from .* after 2 attempts"):
        fetch(server.url("/hang"), replace(FAST, timeout=0.2, retries=1, backoff=4.0), clock=waits.clock)
    assert server.hits["/hang"] == 2
    assert len(waits.asked) == 1 and 2.0 <= waits.asked[0] <= 6.0  # one backoff: 4 s with +-50% jitter


def test_connection_refused_is_a_fetch_error():
    with LocalServer() as gone:
        url = gone.url("/a")
    with pytest.raises(FetchError, match="ConnectError"):
        fetch(url, replace(FAST, retries=1, ignore_robots=True))


def test_gzip_bomb_stops_at_max_bytes(server):
    bomb = gzip.compress(b"\0" * (64 * 1024 * 1024), compresslevel=9)  # 64 MB in about 64 KB
    assert len(bomb) < 100_000
    server.route("/bomb", Reply(body=bomb, headers={"Content-Encoding": "gzip", "Content-Type": "text/html"}))
    with pytest.raises(FetchError, match=r"over the 1,048,576-byte cap after gzip decompression"):
        fetch(server.url("/bomb"), replace(FAST, max_bytes=1024 * 1024))
    assert server.hits["/bomb"] == 1  # a size failure is not retried


def test_gzip_body_is_decompressed(server):
    server.route("/gz", Reply(body=gzip.compress(b"<p>zipped</p>"), headers={"Content-Encoding": "gzip"}))
    response = fetch(server.url("/gz"))
    assert response.body == b"<p>zipped</p>"
    assert "content-encoding" not in response.headers  # the body kept is the decoded one


def test_plain_body_over_cap(server):
    server.route("/big", Reply(body=b"x" * 5000))
    with pytest.raises(FetchError, match="over the 1,000-byte cap"):
        fetch(server.url("/big"), replace(FAST, max_bytes=1000))


def test_redirect_is_followed(server):
    server.route("/old", Reply(301, headers={"Location": "/new"}))
    server.route("/new", "<p>moved</p>")
    response = fetch(server.url("/old"))
    assert response.url == server.url("/old") and response.final_url == server.url("/new")


def test_redirect_loop(server):
    server.route("/a", Reply(302, headers={"Location": "/b"}))
    server.route("/b", Reply(302, headers={"Location": "/a"}))
    with pytest.raises(FetchError, match="redirect loop"):
        fetch(server.url("/a"))
    assert server.hits["/a"] == 1 and server.hits["/b"] == 1


def test_redirect_limit(server):
    for n in range(20):
        server.route(f"/r{n}", Reply(302, headers={"Location": f"/r{n + 1}"}))
    with pytest.raises(FetchError, match="more than 5 redirects"):
        fetch(server.url("/r0"), replace(FAST, max_redirects=5))


def test_robots_disallow_is_obeyed_and_read_once(server):
    server.route(
        "/robots.txt", Reply(body="User-agent: *\nDisallow: /private/\n", headers={"Content-Type": "text/plain"})
    )
    server.route("/private/a.html", "<p>secret</p>")
    server.route("/private/b.html", "<p>secret</p>")

    async def go() -> list[BaseException | Response]:
        async with Fetcher(FAST) as fetcher:
            return await asyncio.gather(
                fetcher.fetch(server.url("/private/a.html")),
                fetcher.fetch(server.url("/private/b.html")),
                return_exceptions=True,
            )

    results = asyncio.run(go())
    assert all(isinstance(r, FetchError) and "disallowed by robots.txt" in r.message for r in results)
    assert server.hits["/robots.txt"] == 1
    assert server.hits["/private/a.html"] == 0 and server.hits["/private/b.html"] == 0
    assert b"secret" in fetch(server.url("/private/a.html"), replace(FAST, ignore_robots=True)).body


def test_robots_unreachable_means_disallow(server):
    server.route("/robots.txt", Reply(500))
    server.route("/a.html", "<p>x</p>")
    with pytest.raises(FetchError, match=r"robots.txt of http://127.0.0.1:\d+ could not be read \(HTTP 500"):
        fetch(server.url("/a.html"))


def test_per_host_concurrency_and_delay(server):
    for n in range(8):
        server.route(f"/p{n}", Reply(body="<p>x</p>", delay=0.05))
    options = replace(FAST, per_host=2, concurrency=8, delay=3.0, ignore_robots=True)
    waits = Waits()

    async def go() -> None:
        async with Fetcher(options, clock=waits.clock) as fetcher:
            await asyncio.gather(*(fetcher.fetch(server.url(f"/p{n}")) for n in range(8)))

    asyncio.run(go())
    assert server.max_in_flight <= 2
    # time stands still, so request k waits for its start k * 3 s later: 8 starts, each 3 s after the last
    assert sorted(waits.asked) == pytest.approx([3.0 * k for k in range(1, 8)])


def test_cache_serves_second_fetch_and_refresh_bypasses_it(server, tmp_path):
    server.route("/c.html", "<p>cached</p>")
    cache = PageCache(tmp_path / "pages.sqlite")
    first = fetch(server.url("/c.html"), cache=cache)
    before = server.total
    second = fetch(server.url("/c.html"), cache=cache)
    assert server.total == before
    assert second.from_cache and second.body == first.body and second.final_url == first.final_url
    assert second.headers["content-type"].startswith("text/html")
    fetch(server.url("/c.html"), replace(FAST, refresh=True), cache=cache)
    assert server.hits["/c.html"] == 2


def test_failures_are_not_cached(server, tmp_path):
    cache = PageCache(tmp_path / "pages.sqlite")
    with pytest.raises(FetchError):
        fetch(server.url("/nothing"), cache=cache)
    assert len(cache) == 0


def test_default_cache_path(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert default_cache_path() == tmp_path / "extractor" / "pages.sqlite"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert default_cache_path() == Path.home() / ".cache" / "extractor" / "pages.sqlite"


def test_waiting_requests_go_lowest_priority_first_and_cancelled_waiters_free_nothing():
    from extractor.web.throttle import Slots

    async def go() -> list[str]:
        slots, order = Slots(1), []

        async def user(name: str, priority: int, hold: float = 0.0) -> None:
            async with slots.take(priority):
                order.append(name)
                await asyncio.sleep(hold)

        first = asyncio.create_task(user("first", 5, hold=0.05))
        await asyncio.sleep(0.01)  # first holds the only slot; the others queue up behind it
        waiters = [
            asyncio.create_task(user(name, priority))
            for name, priority in (("page3", 2), ("page1-a", 0), ("gone", 0), ("page2", 1), ("page1-b", 0))
        ]
        await asyncio.sleep(0.01)
        waiters[2].cancel()
        await asyncio.gather(first, *waiters, return_exceptions=True)
        async with slots.take():  # the slot came back: cancelling a waiter neither leaked nor doubled it
            assert slots._free == 0
        assert slots._free == 1
        return order

    assert asyncio.run(go()) == ["first", "page1-a", "page1-b", "page2", "page3"]


def test_keep_alive_connections_are_reused(server):
    for n in range(6):
        server.route(f"/k{n}", "<p>x</p>")

    async def go() -> None:
        async with Fetcher(replace(FAST, ignore_robots=True, concurrency=2, per_host=2)) as fetcher:
            for n in range(6):  # one after another: each request finds the previous one's connection idle
                await fetcher.fetch(server.url(f"/k{n}"))

    asyncio.run(go())
    assert server.connections == 1


# https: the client sets its https side up on the first https request (see fetch._HttpsOnDemand);
# certificates must still be verified as httpx's default does


@pytest.fixture(scope="module")
def certificate(tmp_path_factory) -> tuple[str, str]:
    """A self-signed certificate for 127.0.0.1, made with the openssl command."""
    if shutil.which("openssl") is None:
        pytest.skip("no openssl command to make a test certificate")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = str(folder / "cert.pem"), str(folder / "key.pem")
    made = subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "2",
            "-keyout",
            key,
            "-out",
            cert,
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
        ],
        capture_output=True,
    )
    if made.returncode != 0:  # -addext needs OpenSSL 1.1.1
        pytest.skip(f"openssl could not make a test certificate: {made.stderr.decode(errors='replace')[:200]}")
    return cert, key


def test_https_certificate_is_verified(certificate):
    with LocalServer(tls=certificate) as server:
        server.route("/a.html", "<p>hello</p>")
        with pytest.raises(FetchError, match="CERTIFICATE_VERIFY_FAILED"):
            fetch(server.url("/a.html"), replace(FAST, ignore_robots=True, retries=0))
        assert server.hits["/a.html"] == 0  # refused at the handshake: the request was never sent


def test_https_with_a_trusted_certificate(certificate, monkeypatch):
    monkeypatch.setenv("SSL_CERT_FILE", certificate[0])  # httpx's default context trusts this bundle
    with LocalServer(tls=certificate) as server:
        server.route("/a.html", "<p>hello</p>")
        response = fetch(server.url("/a.html"))
        assert response.status == 200 and b"hello" in response.body
        assert server.hits["/robots.txt"] == 1 and server.scheme == "https"


def test_http_and_https_in_one_fetcher(certificate, monkeypatch, server):
    monkeypatch.setenv("SSL_CERT_FILE", certificate[0])
    server.route("/plain.html", "<p>plain</p>")
    with LocalServer(tls=certificate) as secure:
        for n in range(3):
            secure.route(f"/s{n}.html", "<p>secure</p>")

        async def go() -> list[bytes]:
            async with Fetcher(replace(FAST, ignore_robots=True)) as fetcher:
                # several https requests at once share one set-up of the https side
                pages = await asyncio.gather(
                    fetcher.fetch(server.url("/plain.html")),
                    *(fetcher.fetch(secure.url(f"/s{n}.html")) for n in range(3)),
                )
                return [page.body for page in pages]

        assert asyncio.run(go()) == [b"<p>plain</p>"] + [b"<p>secure</p>"] * 3


def test_environment_proxy_is_still_used(server, monkeypatch):
    # with a proxy in the environment the client is httpx's ordinary one, which goes through it
    monkeypatch.setenv("HTTP_PROXY", server.url(""))
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    server.route("http://example.invalid/a.html", "<p>via the proxy</p>")
    response = fetch("http://example.invalid/a.html", replace(FAST, ignore_robots=True))
    assert b"via the proxy" in response.body


def test_cache_wal_is_checkpointed_while_pages_come_in(tmp_path):
    # checkpoints run in the cache's own thread (not inside a put, on the crawl's event loop)
    path = tmp_path / "pages.sqlite"
    cache = PageCache(path)
    body = b"x" * 8000
    for n in range(600):
        cache.put(f"http://example.invalid/{n}", f"http://example.invalid/{n}", 200, {}, body)
    deadline = time.monotonic() + 5
    while path.stat().st_size < 250 * 8000 and time.monotonic() < deadline:
        time.sleep(0.02)  # the checkpointer copies the WAL into the file in its own time
    assert path.stat().st_size >= 250 * 8000
    cache.close()
    assert not (tmp_path / "pages.sqlite-wal").exists()  # the last close still checkpoints the rest
    reopened = PageCache(path)
    assert len(reopened) == 600 and reopened.get("http://example.invalid/599").body == body
    reopened.close()


def test_new_cache_file_is_set_up_then_synced_and_reopens(tmp_path):
    # a new file is set up unsynced (fast) and its checkpointer syncs it at once; then commits are NORMAL
    path = tmp_path / "pages.sqlite"
    cache = PageCache(path)
    assert cache._db.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
    assert cache._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"

    def in_the_file() -> bool:  # immutable: the database file alone, the WAL not read
        # immutable tells SQLite nobody writes the file, yet the checkpointer may be copying pages into it right now:
        # a torn read is "not there yet", asked again (it failed so once on a loaded machine)
        try:
            with contextlib.closing(sqlite3.connect(f"file:{path}?immutable=1", uri=True)) as db:
                return db.execute("SELECT COUNT(*) FROM sqlite_master WHERE name = 'pages'").fetchone()[0] == 1
        except sqlite3.DatabaseError:
            return False

    deadline = time.monotonic() + 5
    while not in_the_file() and time.monotonic() < deadline:
        time.sleep(0.01)  # the checkpoint copies the table's creation from the WAL into the file
    assert in_the_file()
    cache.put("http://example.invalid/a", "http://example.invalid/a", 200, {"x": "y"}, b"body")
    cache.close()
    reopened = PageCache(path)  # an existing file: the ordinary set-up, nothing lost
    assert reopened.get("http://example.invalid/a").headers == {"x": "y"}
    assert reopened._db.execute("PRAGMA synchronous").fetchone()[0] == 1
    reopened.close()


def test_requests_on_their_way_out_are_counted_back_to_zero(server):
    # a finished page yields while requests are between client.stream() and the wire; the count of those
    # must come back to zero whatever happened: sent and answered, retried, refused before the wire
    server.route("/ok", "<p>ok</p>")
    server.route("/flaky", Reply(500), "<p>ok</p>")
    with LocalServer() as gone:
        refused = gone.url("/a")

    async def go() -> tuple[int, list[int]]:
        async with Fetcher(FAST) as fetcher:
            seen: list[int] = []
            original = fetcher._exchange_traced

            async def watched(*args: object) -> tuple[int, dict[str, str], bytes]:
                seen.append(fetcher._unsent)  # this request is counted while it goes out
                return await original(*args)

            fetcher._exchange_traced = watched
            await asyncio.gather(
                fetcher.fetch(server.url("/ok")),
                fetcher.fetch(server.url("/flaky")),
                fetcher.fetch(refused),
                return_exceptions=True,
            )
            return fetcher._unsent, seen

    unsent, seen = asyncio.run(go())
    assert unsent == 0 and seen and min(seen) >= 1
