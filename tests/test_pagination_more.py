"""Pagination the crawler used to miss: next links that are only an image (meaning in the file name, or in
the link's place right after the page bar), and pages chained by "Continue reading" beside a "Page k of n"
marker, the last page linking back to the first. Crawled from a real HTTP server on 127.0.0.1 and grouped
as saved pages; "next story" links and teaser lists are never followed."""

from __future__ import annotations

from pathlib import Path

import pytest
from http_server import LocalServer, html_page

from extractor.html.dom import parse_html
from extractor.pages.grouping import group_pages
from extractor.pages.links import next_page_links
from extractor.pipeline import parse_page
from extractor.web.crawl import CrawledArticle, crawl_pages
from extractor.web.options import CrawlOptions, FetchOptions

RIVER = "/news/local/river-cleanup"
HARBOUR = "/features/2019/harbour-expansion"
LIGHTHOUSE = ["/magazine/the-last-lighthouse-keeper.html", "/magazine/the-last-lighthouse-keeper-continued.html"]
LIGHTHOUSE.append("/magazine/lighthouse-keeper-final-part.html")

RELATED = (
    "<aside class='more-news'><h3>More local news</h3>"
    "<a href='/news/local/bridge-repairs.html'><img src='/static/img/next.gif' alt=''></a> Bridge repairs begin</aside>"
)


def article_page(title: str, paragraphs: list[str], pager: str, canonical: str = "") -> str:
    """A news page as sites write them: header, article body, the pager, then the related box."""
    head = f"<link rel='canonical' href='{canonical}'>" if canonical else ""
    return html_page(title, paragraphs, f"<div class='pager'>{pager}</div>{RELATED}").replace(
        "<title>", f"{head}<title>"
    )


def river(n: int) -> str:
    return f"{RIVER}.html" if n == 1 else f"{RIVER}-{n}.html"


RIVER_TEXT = {
    1: ["Volunteers pulled 2.3 tonnes of rubbish from the river on Saturday, the council said."],
    2: ["The clean-up, now in its fourth year, drew 340 people from 12 neighbourhoods."],
    3: ["Organisers plan a second day on 14 September and hope to double the turnout."],
}


def river_pager(n: int) -> str:
    back = (
        f"<a href='{river(n - 1).rsplit('/', 1)[1]}'><img src='/static/img/arrow-left.png' alt=''></a> "
        if n > 1
        else ""
    )
    image = {1: "/static/img/arrow-right.png", 2: "/static/img/next.gif"}.get(n)
    forward = f" <a href='{river(n + 1).rsplit('/', 1)[1]}'><img src='{image}' alt=''></a>" if image else ""
    return f"{back}<span class='current'>{n}</span>{forward}"


HARBOUR_TEXT = {
    1: ["The port authority approved a $450 million expansion of the container terminal on Monday."],
    2: ["Construction is expected to take 30 months and create about 1,100 jobs."],
}


def harbour_pager(n: int) -> str:
    # the arrows are numbered sprites: only their place after "Page k of n" says which way they go
    if n == 1:
        return f"Page 1 of 2 <a href='{HARBOUR}/2'><img src='/img/btn_07.gif' alt=''></a>"
    return f"<a href='{HARBOUR}'><img src='/img/btn_06.gif' alt=''></a> Page 2 of 2"


LIGHTHOUSE_TEXT = [
    ["For 41 years, Tom Hale climbed the 117 steps of the Dunmore light every evening."],
    ["When the light was automated in 1998, the board offered him a cottage and a pension."],
    ["He still walks to the cliff each night, he said, about 3 miles there and back."],
]


def lighthouse_pager(n: int) -> str:
    # the last page's "Continue reading" leads back to page 1, as on the site this copies
    target = LIGHTHOUSE[n] if n < 3 else LIGHTHOUSE[0]
    story = "<p class='next-story'><a href='/magazine/harbour-seals.html'>Next story: The harbour seals</a></p>"
    return f"<p class='page-count'>Page {n} of 3</p><p><a href='{target}'>Continue reading →</a></p>{story}"


def serve_all(server: LocalServer) -> None:
    for n, text in RIVER_TEXT.items():
        server.route(river(n), article_page("River clean-up draws record crowd", text, river_pager(n)))
    server.route(f"{HARBOUR}", article_page("Harbour expansion approved", HARBOUR_TEXT[1], harbour_pager(1)))
    server.route(f"{HARBOUR}/2", article_page("Harbour expansion approved", HARBOUR_TEXT[2], harbour_pager(2)))
    for n, path in enumerate(LIGHTHOUSE, 1):
        server.route(path, article_page("The last lighthouse keeper", LIGHTHOUSE_TEXT[n - 1], lighthouse_pager(n)))
    for other in ("/news/local/bridge-repairs.html", "/magazine/harbour-seals.html"):
        server.route(other, html_page("Another story", ["Not part of the article."]))


@pytest.fixture
def server():
    with LocalServer() as s:
        serve_all(s)
        yield s


@pytest.fixture
def options(tmp_path) -> CrawlOptions:
    return CrawlOptions(
        fetch=FetchOptions(delay=0.0, timeout=1.0, retries=1, allow_private=True),
        cache=tmp_path / "pages.sqlite",
        with_facts=False,
    )


def crawled(server: LocalServer, options: CrawlOptions, path: str) -> list[str]:
    result = next(iter(crawl_pages([server.url(path)], options)))
    assert isinstance(result, CrawledArticle), result
    return [page.url for page in result.pages]


def test_next_links_that_are_only_an_arrow_image_are_followed(server, options):
    assert crawled(server, options, river(1)) == [server.url(river(n)) for n in (1, 2, 3)]
    assert server.hits["/news/local/bridge-repairs.html"] == 0  # the related box's next.gif is another story


def test_image_link_right_after_page_k_of_n_is_followed(server, options):
    assert crawled(server, options, HARBOUR) == [server.url(HARBOUR), server.url(f"{HARBOUR}/2")]


def test_continue_reading_chain_is_followed_and_the_loop_back_ends_it(server, options):
    assert crawled(server, options, LIGHTHOUSE[0]) == [server.url(p) for p in LIGHTHOUSE]
    assert server.hits[LIGHTHOUSE[0]] == 1
    assert server.hits["/magazine/harbour-seals.html"] == 0  # "Next story" is never followed


def test_teaser_list_with_a_page_counter_is_not_an_article_chain(server, options):
    teasers = "".join(
        f"<div class='post'><h2>{title}</h2><p>{title} drew a crowd on Saturday.</p>"
        f"<p><a href='/blog/2019/04/{slug}/'>Continue reading →</a></p></div>"
        for title, slug in (("Spring fair", "spring-fair"), ("Town hall vote", "town-hall-vote"))
    )
    pagenavi = "<div class='wp-pagenavi'><span class='pages'>Page 1 of 30</span></div>"
    server.route("/blog/", f"<html><body><h1>Blog</h1>{teasers}{pagenavi}</body></html>")
    assert crawled(server, options, "/blog/") == [server.url("/blog/")]
    assert server.total - server.hits["/robots.txt"] == 1


def test_continue_link_without_a_marker_is_not_followed():
    html = "<article><p>Short teaser text.</p><p><a href='/2019/04/full-story/'>Continue reading</a></p></article>"
    assert next_page_links(parse_html(html), "https://example.com/2019/04/teaser/") == []


def test_saved_pages_group_through_the_same_links(server, tmp_path):
    # the same pages saved to disk (canonical URLs say where each came from), given in a shuffled order
    files = []
    pages = [
        (LIGHTHOUSE[n - 1], LIGHTHOUSE_TEXT[n - 1], lighthouse_pager(n), "The last lighthouse keeper")
        for n in (3, 1, 2)
    ]
    pages += [(river(n), RIVER_TEXT[n], river_pager(n), "River clean-up draws record crowd") for n in (2, 3, 1)]
    for k, (path, text, pager, title) in enumerate(pages):
        saved = tmp_path / f"saved-{k}.html"
        saved.write_text(article_page(title, text, pager, canonical="https://www.example-news.com" + path))
        files.append(saved)
    groups = group_pages([parse_page(f.read_text(), str(f)) for f in files])
    orders = sorted([Path(p.source).name for p in group] for group in groups)
    assert orders == [
        ["saved-1.html", "saved-2.html", "saved-0.html"],
        ["saved-5.html", "saved-3.html", "saved-4.html"],
    ]


@pytest.mark.parametrize(
    "image,followed",
    [
        ("/static/img/arrow-right.png", True),
        ("/static/img/chevron_right.svg", True),
        ("/images/btn-next.gif", True),
        ("/static/img/next-story.png", False),
        ("/images/btn_next_article.gif", False),
        ("/static/img/arrow-left.png", False),
    ],
)
def test_image_file_name_says_next_page_or_next_story(image, followed):
    # a saved fragment with no URL of its own: only the image says where the link goes
    html = f"<p>Body text.</p><a href='/news/2019/04/harbour-seals-2.html'><img src='{image}' alt=''></a>"
    expected = ["/news/2019/04/harbour-seals-2.html"] if followed else []
    assert next_page_links(parse_html(html), None) == expected
