"""Crawling articles by URL against a real HTTP server on 127.0.0.1: pagination, encodings, failures, cache."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from http_server import LocalServer, Reply, html_page

from extractor.errors import ExtractorError, FetchError
from extractor.models import Article
from extractor.web.crawl import CrawledArticle, crawl, crawl_pages
from extractor.web.response import FetchStats

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "peoples-daily"
PD_PATHS = [
    "/n3/2021/0508/c90000-9847469.html",
    "/n3/2021/0508/c90000-9847469-2.html",
    "/n3/2021/0508/c90000-9847469-3.html",
]


def page_path(n: int, slug: str = "/news/2021/story") -> str:
    return f"{slug}.html" if n == 1 else f"{slug}-{n}.html"


def bar(current: int, total: int, slug: str = "/news/2021/story", host: str = "") -> str:
    """A pagination bar as news sites write it: the current page unlinked, the others linked, then Next."""
    items = [
        f"<span>{n}</span>" if n == current else f"<a href='{host}{page_path(n, slug)}'>{n}</a>"
        for n in range(1, total + 1)
    ]
    if current < total:
        items.append(f"<a href='{host}{page_path(current + 1, slug)}'>Next</a>")
    return f"<div class='pagination'>{' '.join(items)}</div>"


def serve_article(server: LocalServer, pages: int, slug: str = "/news/2021/story") -> list[str]:
    for n in range(1, pages + 1):
        server.route(
            page_path(n, slug),
            html_page("A story in parts", [f"Paragraph on page {n} of {slug}."], bar(n, pages, slug)),
        )
    return [server.url(page_path(n, slug)) for n in range(1, pages + 1)]


def only(items: list) -> object:
    assert len(items) == 1, items
    return items[0]


def test_three_page_article_is_stitched_in_order(server, options):
    urls = serve_article(server, 3)
    article = only(list(crawl([urls[0]], options)))
    assert isinstance(article, Article)
    assert [(p.page, p.url, p.source) for p in article.pages] == [(n, u, u) for n, u in enumerate(urls, 1)]
    positions = [article.text.index(f"Paragraph on page {n} ") for n in (1, 2, 3)]
    assert positions == sorted(positions)
    assert {b.page for b in article.blocks} == {1, 2, 3}
    assert article.title == "A story in parts"
    assert all(server.hits[page_path(n)] == 1 for n in (1, 2, 3))


@pytest.mark.skipif(
    not all((FIXTURES / Path(p).name).exists() for p in PD_PATHS),
    reason="People's Daily pages 2 and 3 are not in fixtures/ yet",
)
def test_peoples_daily_fixture_under_its_real_paths(server, options):
    for path in PD_PATHS:
        server.route(path, Reply(body=(FIXTURES / Path(path).name).read_bytes(), headers={"Content-Type": "text/html"}))
    options.with_facts = True
    article = only(list(crawl([server.url(PD_PATHS[0])], options)))
    assert isinstance(article, Article), article
    assert [p.url for p in article.pages] == [server.url(p) for p in PD_PATHS]
    assert "96.4 billion yuan" in article.text
    assert {b.page for b in article.blocks} == {1, 2, 3}
    assert any(f.kind == "amount" and f.text == "96.4 billion yuan" and f.page == 1 for f in article.facts)
    for fact in article.facts:  # every fact carries the page its block came from
        assert any(b.start_char <= fact.start_char < b.end_char and b.page == fact.page for b in article.blocks)


def test_pagination_loop_ends(server, options):
    serve_article(server, 2)
    # page 3 misconfigured: it serves page 1's markup, whose bar leads back to pages 2 and 3
    server.route(page_path(2), html_page("Loop", ["Second page."], bar(2, 3)))
    server.route(page_path(3), html_page("Loop", ["Third page."], bar(1, 3)))
    result = only(list(crawl_pages([server.url(page_path(1))], options)))
    assert isinstance(result, CrawledArticle)
    assert [p.url for p in result.pages] == [server.url(page_path(n)) for n in (1, 2, 3)]
    assert all(server.hits[page_path(n)] == 1 for n in (1, 2, 3))


def test_max_pages_caps_the_article(server, options):
    urls = serve_article(server, 8)
    options.max_pages = 3
    result = only(list(crawl_pages([urls[0]], options)))
    assert [p.url for p in result.pages] == urls[:3]
    assert server.total - server.hits["/robots.txt"] == 3


def test_next_link_to_another_host_is_not_followed(server, options):
    other = f"http://localhost:{server.port}"  # the same server under another host name
    server.route(page_path(1), html_page("Away", ["Page one."], bar(1, 2, host=other)))
    server.route(page_path(2), html_page("Away", ["Page two."], bar(2, 2)))
    result = only(list(crawl_pages([server.url(page_path(1))], options)))
    assert [p.url for p in result.pages] == [server.url(page_path(1))]
    assert server.hits[page_path(2)] == 0


def test_gbk_page_without_charset(server, options):
    chinese = [
        "新疆维吾尔自治区的对口援疆工作取得了显著成效，各族群众的获得感、幸福感、安全感不断增强。",
        "十九个省市累计投入援疆资金九百六十四亿元，实施项目一万多个，引进企业投资超过一万亿元。",
    ]
    html = (
        "<html><head><title>对口援疆</title></head><body>" + "".join(f"<p>{p}</p>" for p in chinese) + "</body></html>"
    )
    server.route("/gbk.html", Reply(body=html.encode("gbk"), headers={"Content-Type": "text/html"}))
    article = only(list(crawl([server.url("/gbk.html")], options)))
    assert isinstance(article, Article), article
    assert chinese[0] in article.text and chinese[1] in article.text


def test_header_charset_wins(server, options):
    html = html_page("Café", ["Crème brûlée à la carte."]).replace("<meta charset='utf-8'>", "")
    server.route(
        "/latin.html", Reply(body=html.encode("latin-1"), headers={"Content-Type": "text/html; charset=ISO-8859-1"})
    )
    article = only(list(crawl([server.url("/latin.html")], options)))
    assert "Crème brûlée à la carte." in article.text


def test_retried_page_and_failed_article_do_not_stop_others(server, options):
    urls = serve_article(server, 2)
    server.route(page_path(2), Reply(500), server.routes[page_path(2)][0])  # page 2: 500, then fine
    serve_article(server, 2, slug="/news/2021/broken")
    server.route(page_path(2, "/news/2021/broken"), Reply(503))
    options = options.with_settings(retries=1)
    results = list(
        crawl([urls[0], server.url("/missing.html"), server.url(page_path(1, "/news/2021/broken"))], options)
    )
    articles = [r for r in results if isinstance(r, Article)]
    errors = {r.source: r for r in results if isinstance(r, FetchError)}
    assert len(results) == 3 and len(articles) == 1 and len(errors) == 2
    assert len(only(articles).pages) == 2 and server.hits[page_path(2)] == 2
    assert "HTTP 404" in errors[server.url("/missing.html")].message
    broken = errors[server.url(page_path(1, "/news/2021/broken"))].message
    assert broken.startswith("page 2: HTTP 503") and "after 2 attempts" in broken


def test_robots_disallowed_article(server, options):
    serve_article(server, 2)
    server.route(
        "/robots.txt", Reply(body="User-agent: extractor\nDisallow: /news/\n", headers={"Content-Type": "text/plain"})
    )
    error = only(list(crawl([server.url(page_path(1))], options)))
    assert isinstance(error, FetchError) and "robots.txt" in error.message
    assert server.hits[page_path(1)] == 0
    options = options.with_settings(ignore_robots=True)
    assert isinstance(only(list(crawl([server.url(page_path(1))], options))), Article)


def test_second_run_is_served_from_the_cache(server, options):
    first_urls = [serve_article(server, 3, slug=f"/news/2021/story{k}")[0] for k in range(4)]
    first = list(crawl(first_urls, options))
    assert all(isinstance(a, Article) for a in first)
    sent = server.total
    assert sent == 4 * 3 + 1  # every page once, robots.txt once
    stats = FetchStats()
    again = list(crawl_pages(first_urls, options, stats=stats))
    assert server.total == sent  # not one request: robots.txt is only read when a page is fetched
    assert stats.cache_hits == 12 and stats.requests == 0
    assert sorted(len(a.pages) for a in again) == [3, 3, 3, 3]
    assert isinstance(only(list(crawl(first_urls[:1], options, stats=stats))), Article)
    assert stats.cache_hits == 3 and stats.requests == 0 and server.total == sent
    options = options.with_settings(refresh=True)
    list(crawl_pages(first_urls[:1], options))
    assert server.total == sent + 3 + 1


def test_no_cache_writes_nothing(server, options, tmp_path):
    urls = serve_article(server, 1)
    options.no_cache = True
    list(crawl_pages(urls, options))
    list(crawl_pages(urls, options))
    assert server.hits[page_path(1)] == 2
    assert not (tmp_path / "pages.sqlite").exists()


def test_not_html_and_bad_urls(server, options):
    server.route("/doc.pdf", Reply(body=b"%PDF-1.4", headers={"Content-Type": "application/pdf"}))
    results = {r.source: r for r in crawl([server.url("/doc.pdf"), "ftp://example.invalid/x"], options)}
    assert "not an HTML page" in results[server.url("/doc.pdf")].message
    assert "not an http(s) URL" in results["ftp://example.invalid/x"].message
    assert all(isinstance(r, ExtractorError) for r in results.values())


def test_stopping_early_ends_the_crawl(server, options):
    for k in range(40):
        server.route(
            f"/slow{k}.html", Reply(body=html_page("Slow", ["Text."]), delay=0.2, headers={"Content-Type": "text/html"})
        )
    options = options.with_settings(concurrency=2)
    results = crawl_pages([server.url(f"/slow{k}.html") for k in range(40)], options)
    next(results)
    results.close()  # what a `break` or Ctrl-C in the caller does; it returns once the crawl thread ended
    assert server.total < 10  # not the 40 pages a crawl left running would have asked for


def test_a_slow_caller_pauses_the_crawl_and_then_gets_every_article(server, options):
    # at most `backlog` (4 here) finished articles wait for the caller; taking one lets the crawl go on
    for k in range(20):
        server.route(f"/s{k}.html", html_page("Short", [f"Text {k}."]))
    options = options.with_settings(concurrency=1)
    results = crawl_pages([server.url(f"/s{k}.html") for k in range(20)], options)
    taken = [next(results)]
    time.sleep(0.5)  # plenty for the other 19 pages, were the crawl not paused
    # robots.txt, the one taken, 4 waiting in the queue, 1 done and held back by each of the 4 workers
    assert server.total <= 1 + 1 + 4 + 4
    taken += list(results)
    assert sorted(a.url for a in taken) == sorted(server.url(f"/s{k}.html") for k in range(20))
