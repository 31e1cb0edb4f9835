"""The crawler against hostile URLs and servers: every bad case is one error in words, the good pages of the
same run are still written, and nothing reaches an address outside the public internet without
--allow-private. Traffic goes to 127.0.0.0/8 only; the private, link-local and metadata ranges are tested
on the address check alone, with a connection layer that records attempts instead of making them."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import socket
import sqlite3
import struct
import subprocess
import sys
import threading
from dataclasses import replace
from pathlib import Path

import httpcore
import pytest
from http_server import LocalServer, Reply, html_page

from extractor.errors import FetchError
from extractor.models import Article
from extractor.web import fetch as fetch_module
from extractor.web import transport as transport_module
from extractor.web import urls as urls_module
from extractor.web.crawl import CrawledArticle, crawl, crawl_pages
from extractor.web.fetch import Fetcher
from extractor.web.options import FetchOptions
from extractor.web.transport import BlockedAddress, GuardedBackend
from extractor.web.urls import address_problem, same_site, strip_credentials, url_problem

REPO = Path(__file__).resolve().parent.parent
FAST = FetchOptions(delay=0.0, backoff=0.01, timeout=0.5, retries=2, per_host=4, allow_private=True)
STORY = [
    "The city council approved a budget of $3.2 million for road repairs on Tuesday, officials said.",
    "About 1,200 residents signed a petition asking for the work to start before the winter.",
]


def fetch(url: str, options: FetchOptions = FAST):
    async def go():
        async with Fetcher(options) as fetcher:
            return await fetcher.fetch(url)

    return asyncio.run(go())


def only(items: list) -> object:
    assert len(items) == 1, items
    return items[0]


def robots(text: str) -> Reply:
    return Reply(body=text, headers={"Content-Type": "text/plain"})


# --- the address check alone: no connection is attempted -------------------------------------------

REFUSED = {
    "10.0.0.1": "private",
    "172.16.5.4": "private",
    "192.168.1.1": "private",
    "169.254.169.254": "link-local",  # cloud metadata
    "127.0.0.2": "loopback",
    "0.0.0.0": "unspecified",
    "224.0.0.251": "multicast",
    "100.64.0.1": "not a globally routable",  # carrier-grade NAT
    "::1": "loopback",
    "fe80::1": "link-local",
    "fd00:ec2::254": "private",  # AWS metadata over IPv6
    "ff02::1": "multicast",
    "::ffff:169.254.169.254": "link-local",  # IPv4-mapped
    "::ffff:10.1.2.3": "private",
    "64:ff9b::a9fe:a9fe": "link-local",  # NAT64 of 169.254.169.254
    "2002:a9fe:a9fe::1": "link-local",  # 6to4 of 169.254.169.254
}


@pytest.mark.parametrize("address", sorted(REFUSED))
def test_address_check_refuses_non_public_ranges(address):
    problem = address_problem(address)
    assert problem is not None and REFUSED[address] in problem


@pytest.mark.parametrize("address", ["93.184.215.14", "151.101.1.67", "2606:4700::6810:84e5"])
def test_address_check_lets_public_addresses_through(address):
    assert address_problem(address) is None


class _Recorder(httpcore.AsyncNetworkBackend):
    """Stands in for the real connection layer: records where a connection would go, opens none."""

    def __init__(self) -> None:
        self.attempts: list[tuple[str, int]] = []

    async def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        self.attempts.append((host, port))
        raise httpcore.ConnectError("recorder: no connection is ever made")

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


def _guarded_attempt(monkeypatch, answers: list[str], allow_private: bool = False) -> tuple[object, list]:
    """connect_tcp on a name the fake resolver answers with `answers`; (what it raised, attempts made)."""

    async def fake_resolve(host: str, port: int) -> list[str]:
        return answers

    monkeypatch.setattr(transport_module, "resolve", fake_resolve)
    backend = GuardedBackend(allow_private)
    recorder = backend._inner = _Recorder()

    async def go():
        try:
            await backend.connect_tcp("news.example", 80, timeout=1.0)
        except Exception as err:  # noqa: BLE001 - the test looks at which one
            return err
        return None

    return asyncio.run(go()), recorder.attempts


@pytest.mark.parametrize(
    "answers", [["169.254.169.254"], ["10.0.0.7"], ["93.184.215.14", "10.0.0.7"], ["fd00:ec2::254"]]
)
def test_connection_layer_refuses_a_name_resolving_to_a_private_address_before_connecting(monkeypatch, answers):
    raised, attempts = _guarded_attempt(monkeypatch, answers)
    assert isinstance(raised, BlockedAddress), raised
    assert "news.example resolves to" in raised.problem
    assert attempts == []  # refused before any connection: nothing was sent anywhere


def test_connection_layer_connects_to_the_address_it_checked(monkeypatch):
    # with --allow-private the connection goes to the resolved address itself, never to the name again
    raised, attempts = _guarded_attempt(monkeypatch, ["10.0.0.7", "10.0.0.8"], allow_private=True)
    assert isinstance(raised, httpcore.ConnectError)
    assert attempts == [("10.0.0.7", 80), ("10.0.0.8", 80)]


# --- the guard on loopback itself ---------------------------------------------------------------------


def test_loopback_is_refused_without_allow_private_and_nothing_is_sent(server, options):
    server.route("/a.html", html_page("Local", STORY))
    options = options.with_settings(allow_private=False)
    for url in (server.url("/a.html"), server.url("/a.html", host="localhost"), f"http://[::1]:{server.port}/a.html"):
        error = only(list(crawl_pages([url], options)))
        assert isinstance(error, FetchError) and "loopback address" in error.message, error
        assert "--allow-private" in error.message
    assert server.total == 0  # not even robots.txt


def _let_through_only_127_0_0_1(monkeypatch) -> None:
    """The address guard with this test server's own address allowed: the fetcher checks addresses written
    in URLs, the transport those a name resolves to; both are told."""
    real = urls_module.address_problem
    for module in (fetch_module, transport_module):
        monkeypatch.setattr(module, "address_problem", lambda a: None if str(a) == "127.0.0.1" else real(a))


def test_redirect_to_another_loopback_address_is_refused(server, options, monkeypatch):
    # only this test server's own address is let through the guard: a redirect to 127.0.0.2 must stop
    _let_through_only_127_0_0_1(monkeypatch)
    options = options.with_settings(allow_private=False)
    with LocalServer(host="127.0.0.2") as other:
        other.route("/b.html", html_page("Other", STORY))
        server.route("/a.html", Reply(302, headers={"Location": other.url("/b.html")}))
        error = only(list(crawl_pages([server.url("/a.html")], options)))
        assert isinstance(error, FetchError) and "127.0.0.2" in error.message
        assert other.total == 0


def test_dns_answer_changing_between_check_and_connect_is_caught(server, options, monkeypatch):
    # a rebinding name: localhost answers 127.0.0.1 twice, then 127.0.0.2; each response closes its connection
    _let_through_only_127_0_0_1(monkeypatch)
    answers = iter([["127.0.0.1"], ["127.0.0.1"]])

    async def rebinding(host: str, port: int) -> list[str]:
        return next(answers, ["127.0.0.2"])

    monkeypatch.setattr(transport_module, "resolve", rebinding)
    close = {"Connection": "close"}
    server.route("/robots.txt", Reply(404, headers=close))
    server.route("/a.html", Reply(302, headers={"Location": "/b.html", **close}))
    server.route("/b.html", Reply(body=html_page("B", STORY), headers={"Content-Type": "text/html", **close}))
    options = options.with_settings(allow_private=False)
    error = only(list(crawl_pages([server.url("/a.html", host="localhost")], options)))
    assert isinstance(error, FetchError), error
    assert "localhost resolves to 127.0.0.2, a loopback address" in error.message
    assert server.hits["/a.html"] == 1 and server.hits["/b.html"] == 0


def test_redirect_to_another_port_is_refused(server, options):
    with LocalServer() as other:
        other.route("/b.html", html_page("Other port", STORY))
        server.route("/a.html", Reply(302, headers={"Location": other.url("/b.html")}))
        error = only(list(crawl_pages([server.url("/a.html")], options)))
        assert isinstance(error, FetchError) and "off the site" in error.message
        assert other.total == 0


def test_page_two_elsewhere_is_not_fetched(server, options):
    with LocalServer() as other:
        other.route("/news/story-2.html", html_page("Story", ["Page two."]))
        # a Next link to another port, and page 2 of a second article redirecting to another port
        bar = f"<div class='pagination'><span>1</span> <a href='{other.url('/news/story-2.html')}'>2</a></div>"
        server.route("/news/story.html", html_page("Story", STORY, bar))
        server.route("/news/moved.html", html_page("Moved", STORY, "<a href='/news/moved-2.html'>Next</a>"))
        server.route("/news/moved-2.html", Reply(301, headers={"Location": other.url("/news/story-2.html")}))
        results = {
            r.url if isinstance(r, CrawledArticle) else r.source: r
            for r in crawl_pages([server.url("/news/story.html"), server.url("/news/moved.html")], options)
        }
        assert [p.url for p in results[server.url("/news/story.html")].pages] == [server.url("/news/story.html")]
        moved = results[server.url("/news/moved.html")]
        assert (
            isinstance(moved, FetchError) and moved.message.startswith("page 2: ") and "off the site" in moved.message
        )
        assert other.total == 0


def test_same_site_rule():
    assert same_site("http://example.com/a", "https://www.example.com/b")  # upgrade, www.
    assert same_site("http://example.com:8080/a", "http://example.com:8080/b")
    assert not same_site("http://example.com/a", "http://example.com:8080/b")
    assert not same_site("http://example.com/a", "http://example.org/a")
    assert not same_site("http://example.com/a", "http://[::1/")


# --- hostile URLs and responses: one error each, the good article still written -----------------------


def test_unusable_urls_are_named_in_words():
    assert "port" in url_problem("http://127.0.0.1:99999/")
    assert "IPv6" in url_problem("http://[::1/")
    assert "javascript" in url_problem("javascript:alert(1)")
    assert "file" in url_problem("file:///etc/passwd")
    assert "not a valid domain name" in url_problem("http://xn--/")
    assert "not a valid domain name" in url_problem("http://" + "a" * 70 + ".com/")
    assert url_problem("https://example.com/a.html") is None


@pytest.mark.slow
def test_hostile_crawl_batch_keeps_every_good_fact(server, tmp_path):
    pages = {
        "/news/good.html": html_page("Council budget", STORY, "<a href='/news/good-2.html'>Next</a>"),
        "/news/good-2.html": html_page("Council budget", ["Work starts on 12 March 2024 in Springfield."]),
        "/news/undefined.html": Reply(
            body=html_page("Charset", ["Prices rose 4% in May."]).replace("<meta charset='utf-8'>", ""),
            headers={"Content-Type": "text/html; charset=undefined"},
        ),
        "/news/port.html": html_page(
            "Port", ["Sales fell 7% in June."], "<a href='http://127.0.0.1:99999/news/port-2.html'>Next</a>"
        ),
        "/news/canonical.html": html_page("Canonical", ["Some 300 jobs were cut."]).replace(
            "<head>", "<head><link rel='canonical' href='http://[::1/x'>"
        ),
        "/news/js.html": Reply(302, headers={"Location": "javascript:alert(1)"}),
        "/news/file.html": Reply(302, headers={"Location": "file:///etc/passwd"}),
    }
    for path, reply in pages.items():
        server.route(path, reply)
    bad = ["http://127.0.0.1:99999/", "http://[::1/", server.url("/news/js.html"), server.url("/news/file.html")]
    good = [
        server.url(p) for p in ("/news/good.html", "/news/undefined.html", "/news/port.html", "/news/canonical.html")
    ]
    out, errors = tmp_path / "facts.jsonl", tmp_path / "errors.jsonl"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "extractor",
            "crawl",
            *bad,
            *good,
            "-o",
            str(out),
            "--errors",
            str(errors),
            "--no-cache",
            "--delay",
            "0",
            "--retries",
            "3",
            "--allow-private",
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=300,
    )
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    failed = {e["source"]: e["message"] for e in map(json.loads, errors.read_text().splitlines())}
    assert set(failed) == set(bad)
    assert "port '99999' is not a port number" in failed[bad[0]]
    assert "unbalanced brackets around an IPv6 address" in failed[bad[1]]
    assert "unsupported scheme 'javascript'" in failed[bad[2]]
    assert "unsupported scheme 'file'" in failed[bad[3]] and "robots" not in failed[bad[3]]
    assert all(sum(line.startswith(f"extractor: {url}: ") for line in result.stderr.splitlines()) == 1 for url in bad)
    assert server.hits["/news/js.html"] == 1 and server.hits["/news/file.html"] == 1  # not retried
    facts = [json.loads(line) for line in out.read_text().splitlines()]
    texts = {(f["doc_id"], f["text"]) for f in facts}
    assert (good[0], "$3.2 million") in texts and (good[0], "12 March 2024") in texts, texts  # page 2 followed
    assert {(good[1], "4%"), (good[2], "7%"), (good[3], "Some 300")} <= texts, texts


# --- retries and messages ----------------------------------------------------------------------------


def test_response_that_is_not_http_is_not_retried(server):
    server.route("/big.html", Reply(body="<p>x</p>", headers={"X-Padding": "a" * 200_000}))
    with pytest.raises(FetchError, match="not valid HTTP.*Receive buffer too long"):
        fetch(server.url("/big.html"), replace(FAST, ignore_robots=True))
    assert server.hits["/big.html"] == 1


@contextlib.contextmanager
def resetting_server():
    """Accepts connections, reads the request, then resets the connection (RST): a ReadError with no text."""
    listener = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def serve() -> None:
        listener.settimeout(0.1)
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            conn.recv(65536)
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            conn.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        stop.set()
        thread.join()
        listener.close()


def test_read_error_has_a_reason():
    with resetting_server() as base:
        with pytest.raises(FetchError) as caught:
            fetch(base + "/a.html", replace(FAST, ignore_robots=True, retries=1))
    message = caught.value.message
    assert "Error: " in message and "Error:  " not in message and "after 2 attempts" in message


def test_robots_unreachable_says_what_failed(server):
    server.route("/robots.txt", Reply(503))
    server.route("/a.html", html_page("A", STORY))
    with pytest.raises(FetchError) as caught:
        fetch(server.url("/a.html"), replace(FAST, retries=0))
    assert "robots.txt of http://127.0.0.1" in caught.value.message
    assert "could not be read (HTTP 503" in caught.value.message and "disallowed" not in caught.value.message
    with LocalServer() as gone:
        url = gone.url("/a.html")
    with pytest.raises(FetchError, match=r"could not be read \(ConnectError: "):
        fetch(url, replace(FAST, retries=0))


# --- credentials --------------------------------------------------------------------------------------


def test_credentials_are_sent_but_never_recorded(server, options, tmp_path):
    server.route("/news/private.html", html_page("Members", STORY, "<a href='/news/private-2.html'>Next</a>"))
    server.route("/news/private-2.html", html_page("Members", ["Page two."]))
    options.with_facts = True
    user_url = server.url("/news/private.html").replace("http://", "http://reader:s3cret@")
    results = list(crawl([user_url, user_url.replace("private.html", "missing.html")], options))
    article = only([r for r in results if isinstance(r, Article)])
    error = only([r for r in results if isinstance(r, FetchError)])
    assert len(article.pages) == 2 and "HTTP 404" in error.message
    recorded = [article.doc_id, *(p.url for p in article.pages), *(p.source for p in article.pages)]
    recorded += [f.doc_id for f in article.facts] + [error.source, error.message]
    with sqlite3.connect(options.cache) as db:
        recorded += [value for row in db.execute("SELECT url, final_url FROM pages") for value in row]
    assert recorded and not any("s3cret" in r or "reader" in r for r in recorded), recorded
    expected = "Basic " + base64.b64encode(b"reader:s3cret").decode()
    assert server.authorizations.count(expected) >= 2  # both pages of the article asked with them
    assert strip_credentials("http://u:p@[::1/x") == "http://[::1/x"


# --- robots.txt per RFC 9309 (Protego) ---------------------------------------------------------------


def _allowed(server: LocalServer, path: str, options: FetchOptions = FAST) -> bool:
    server.route(path, html_page("Page", STORY))
    try:
        fetch(server.url(path), options)
    except FetchError as err:
        assert "disallowed by robots.txt" in err.message, err.message
        return False
    return True


def test_robots_wildcards_and_end_anchor(server):
    server.route("/robots.txt", robots("User-agent: *\nDisallow: /*/print\nDisallow: /*.pdf$\n"))
    assert not _allowed(server, "/2021/story/print")
    assert _allowed(server, "/2021/story")
    assert not _allowed(server, "/files/report.pdf")
    assert _allowed(server, "/files/report.pdf.html")


def test_robots_longest_rule_wins_allow_over_disallow(server):
    server.route("/robots.txt", robots("User-agent: *\nDisallow: /\nAllow: /news/\n"))
    assert _allowed(server, "/news/a.html")
    assert not _allowed(server, "/about.html")


def test_robots_group_for_our_agent_wins_over_star(server):
    server.route("/robots.txt", robots("User-agent: *\nDisallow: /\n\nUser-agent: extractor\nAllow: /\n"))
    assert _allowed(server, "/news/a.html")


def test_huge_robots_is_read_to_500_kib(server):
    padding = "# " + "x" * 98 + "\n"
    text = "User-agent: *\nDisallow: /private/\n" + padding * 10_000 + "Disallow: /news/\n"  # about 1 MB
    server.route("/robots.txt", robots(text))
    assert not _allowed(server, "/private/a.html")
    assert _allowed(server, "/news/a.html")  # that rule sits past the first 500 KiB: not read


def test_slow_robots_says_it_timed_out(server):
    server.route("/robots.txt", Reply(body="User-agent: *\nAllow: /\n", delay=1.0))
    server.route("/a.html", html_page("A", STORY))
    with pytest.raises(FetchError, match=r"robots.txt of .* could not be read \(ReadTimeout"):
        fetch(server.url("/a.html"), replace(FAST, timeout=0.2, retries=0))
    assert server.hits["/a.html"] == 0


def test_html_error_page_as_robots_means_no_rules(server):
    page = html_page("Page not found", ["Sorry, we could not find that page.", "Disallow: / is not a rule here."])
    server.route("/robots.txt", Reply(body=page, headers={"Content-Type": "text/html; charset=utf-8"}))
    assert _allowed(server, "/news/a.html")
