"""Pagination: next-page discovery, grouping saved pages into articles, stitching.

Real data: ../shared/eval/paginated (two real multi-page articles, every page saved),
../shared/eval/articles (181 single-article pages; 15 carry next-POST links: the negatives) and
fixtures/peoples-daily (page 1 real, pages 2 and 3 written by us: see fixtures/README.md).
"""

from __future__ import annotations

import gzip
import json
import random
import re
from pathlib import Path

import pytest

from extractor.html.clean import TextBlock
from extractor.html.dom import parse_html
from extractor.html.metadata import PageMeta
from extractor.pages.grouping import group_pages
from extractor.pages.links import next_page_links
from extractor.pages.page import ParsedPage
from extractor.pages.patterns import page_of_url, title_key
from extractor.pages.stitch import stitch
from extractor.pipeline import parse_page

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
PAGINATED = SHARED / "eval" / "paginated"
ARTICLES = SHARED / "eval" / "articles"
PEOPLES = REPO / "fixtures" / "peoples-daily"
PEOPLES_FILES = [PEOPLES / f"c90000-9847469{suffix}.html" for suffix in ("", "-2", "-3")]

needs_shared = pytest.mark.skipif(
    not PAGINATED.is_dir() or not ARTICLES.is_dir(),
    reason="../shared/eval is absent (eval data lives outside the repo)",
)

ARS = "https://arstechnica.com/gadgets/2016/08/the-connected-renter-how-to-make-your-apartment-smarter/"
REG_P2 = "http://www.regtransfers.co.uk/content/celebrity-customers/most-expensive-240215-p2/"


def _read(path: Path) -> str:
    raw = path.read_bytes()
    return (gzip.decompress(raw) if path.name.endswith(".gz") else raw).decode("utf-8")


def _saved(path: Path) -> ParsedPage:
    """A saved file as the pipeline reads it: the path as source, no URL."""
    return parse_page(_read(path), str(path))


def _links(path: Path, url: str | None = None) -> list[str]:
    return next_page_links(parse_html(_read(path)), url)


def _manifest() -> list[dict]:
    return [json.loads(line) for line in (PAGINATED / "manifest.jsonl").read_text("utf-8").splitlines() if line]


def _norm(text: str) -> str:
    return " ".join(text.split())


# ---------------------------------------------------------------- next_page_links on real pages


@needs_shared
def test_ars_next_links_are_the_page_bar_not_next_story():
    page1 = _links(PAGINATED / "arstechnica-connected-renter/page1.html")
    assert page1 == [ARS + "2/", ARS + "3/"]
    assert _links(PAGINATED / "arstechnica-connected-renter/page2.html") == [ARS + "3/"]
    assert _links(PAGINATED / "arstechnica-connected-renter/page3.html") == []
    html = _read(PAGINATED / "arstechnica-connected-renter/page1.html")
    story = re.search(r'href="([^"]+)" rel="next">Next story', html).group(1)  # the rel=next trap is there
    assert story not in page1


@needs_shared
def test_ars_page_number_comes_from_the_bar_even_when_url_is_page_one():
    # the pipeline resolves against the canonical, which on every Ars page is page 1's URL
    assert _links(PAGINATED / "arstechnica-connected-renter/page2.html", ARS) == [ARS + "3/"]
    assert _links(PAGINATED / "arstechnica-connected-renter/page3.html", ARS) == []


@needs_shared
@pytest.mark.parametrize("row", _manifest() if PAGINATED.is_dir() else [], ids=lambda r: r["html"])
def test_manifest_next_link_is_found_first(row):
    for url in (None, row["url"]):
        links = _links(PAGINATED / row["html"], url)
        assert (links[0] if links else None) == row["next"]


@needs_shared
def test_regtransfers_continued_link_and_no_link_back_from_page_two():
    folder = PAGINATED / "regtransfers-most-expensive-number-plate"
    assert _links(folder / "page1.html") == [REG_P2]
    assert _links(folder / "page2.html") == []  # "previous page" and the "1" link are not later pages


def test_peoples_daily_bar_and_next_image():
    assert _links(PEOPLES_FILES[0]) == ["/n3/2021/0508/c90000-9847469-2.html", "/n3/2021/0508/c90000-9847469-3.html"]
    assert _links(PEOPLES_FILES[1]) == ["/n3/2021/0508/c90000-9847469-3.html"]
    assert _links(PEOPLES_FILES[2]) == []
    base = "http://en.people.cn/n3/2021/0508/c90000-9847469.html"
    assert _links(PEOPLES_FILES[0], base) == [base.replace(".html", "-2.html"), base.replace(".html", "-3.html")]


def test_next_image_alone_is_enough():
    html = '<p>Body text.</p><a href="/n3/2021/0508/c90000-9847469-2.html"><img src="/img/2007english/Next.jpg"></a>'
    assert next_page_links(parse_html(html), "http://en.people.cn/n3/2021/0508/c90000-9847469.html") == [
        "http://en.people.cn/n3/2021/0508/c90000-9847469-2.html"
    ]


# Markup quoted in ../shared/eval/paginated/README.md from real pages whose next page is not saved.
WEBMD = (
    '<div class="pagination_fmt"><a href="?page=2" title="Page 2">2</a> <a href="?page=3">3</a>'
    "<a href=\"?page=2\" onclick=\"return sl(this,'','pagenum-art_next');\">Next Page <span>&gt;</span></a></div>"
)
ZEIT = (
    '<link rel="next" href="https://www.zeit.de/mobilitaet/2020-01/zugverkehr-lindner/seite-2">'
    '<p>Text.</p><a class="article-pagination__link" href="https://www.zeit.de/mobilitaet/2020-01/zugverkehr-lindner/seite-2"'
    ' data-ct-label="Nächste Seite">Nächste Seite</a><h3>Kommentare</h3>'
    '<a class="pager__button pager__button--next" href="https://www.zeit.de/mobilitaet/2020-01/zugverkehr-lindner?page=2#comments">'
    "Weitere Kommentare</a>"
)
FAZ = (
    '<link rel="next" href="https://www.faz.net/aktuell/wirtschaft/musik-stars-16604622-p2.html"/>'
    '<a class="nvg-Paginator_Link" href="https://www.faz.net/aktuell/wirtschaft/musik-stars-16604622-p2.html"> 2 </a>'
)
LUX = (
    '<link rel="next" href="https://www.luxuriousmagazine.com/2019/06/royal-salute-polo-rome/2/" />'
    '<a href="https://www.luxuriousmagazine.com/2019/06/royal-salute-polo-rome/2/"><span>Next Page</span></a>'
)
ITMEDIA = '<link rel="next" href="news089_2.html"><p>本文</p><a href="news089_2.html">2</a>'
WP_NEXT_POST = '<a href="https://blog.example.de/2019/05/anderer-artikel/" rel="next">Nächster Beitrag »</a>'
BOINGBOING = "<link rel='next' title='Giant size book of EC comic book art' href='https://boingboing.net/2019/11/14/ec-comics.html'>"


@pytest.mark.parametrize(
    "html,url,expected",
    [
        (
            WEBMD,
            "https://www.webmd.com/allergies/news/20150223/babies-peanuts",
            [
                "https://www.webmd.com/allergies/news/20150223/babies-peanuts?page=2",
                "https://www.webmd.com/allergies/news/20150223/babies-peanuts?page=3",
            ],
        ),
        (
            ZEIT,
            "https://www.zeit.de/mobilitaet/2020-01/zugverkehr-lindner",
            ["https://www.zeit.de/mobilitaet/2020-01/zugverkehr-lindner/seite-2"],
        ),
        (
            FAZ,
            "https://www.faz.net/aktuell/wirtschaft/musik-stars-16604622.html",
            ["https://www.faz.net/aktuell/wirtschaft/musik-stars-16604622-p2.html"],
        ),
        (
            LUX,
            "https://www.luxuriousmagazine.com/2019/06/royal-salute-polo-rome/",
            ["https://www.luxuriousmagazine.com/2019/06/royal-salute-polo-rome/2/"],
        ),
        (
            ITMEDIA,
            "https://www.itmedia.co.jp/pcuser/articles/1911/11/news089.html",
            ["https://www.itmedia.co.jp/pcuser/articles/1911/11/news089_2.html"],
        ),
        (WP_NEXT_POST, "https://blog.example.de/2019/05/ein-artikel/", []),
        (BOINGBOING, "https://boingboing.net/2019/11/14/millenials.html", []),
    ],
)
def test_real_pagination_markups(html, url, expected):
    assert next_page_links(parse_html(html), url) == expected


def test_other_sites_and_comment_pagers_are_never_followed():
    html = (
        '<a href="https://other.example/story/2/">Next</a>'
        '<div id="comments"><a href="/story?page=2">Next</a></div>'
        '<a href="/story/2/">Next story</a>'
    )
    assert next_page_links(parse_html(html), "https://news.example/story/") == []


@pytest.mark.parametrize(
    "heading,followed",
    [
        ("Comments", False),
        ("12 comments", False),
        ("Leave a Reply", False),
        ("Отзывы", False),
        ("Related coverage", True),
        ("Comments policy changes at the paper", False),
        ("No comments today", True),
    ],
)
def test_pager_under_a_comments_heading_is_not_followed(heading, followed):
    # the nearest h1-h4 before the pager decides; a comments heading elsewhere on the page does not
    html = (
        f"<h2>Comments</h2><p>none yet</p><h1>Story</h1><p>text</p>"
        f"<h3>{heading}</h3><div><a href='/story/2/'>2</a> <a href='/story/2/'>Next</a></div>"
    )
    expected = ["https://news.example/story/2/"] if followed else []
    assert next_page_links(parse_html(html), "https://news.example/story/") == expected


@pytest.mark.parametrize(
    "url,slug,number",
    [
        (ARS + "2/", "the-connected-renter-how-to-make-your-apartment-smarter", 2),
        (REG_P2, "most-expensive-240215", 2),
        ("/n3/2021/0508/c90000-9847469-3.html", "c90000-9847469", 3),
        ("/n3/2021/0508/c90000-9847469.html", "c90000-9847469", None),
        ("https://x.example/a/seite-2", "a", 2),
        ("https://x.example/a?page=4", "a", 4),
    ],
)
def test_page_of_url(url, slug, number):
    assert page_of_url(url) == (slug, number)


# ---------------------------------------------------------------- grouping real saved pages


@needs_shared
def test_regtransfers_grouped_by_last_path_segment():
    folder = PAGINATED / "regtransfers-most-expensive-number-plate"
    pages = [_saved(folder / "page2.html"), _saved(folder / "page1.html")]
    groups = group_pages(pages)
    assert [[Path(p.source).name for p in g] for g in groups] == [["page1.html", "page2.html"]]


@needs_shared
def test_ars_grouped_best_effort_by_canonical_title_and_page_numbers():
    # All three pages carry page 1's canonical and link absolute URLs, so neither file names nor
    # canonicals name page 2 or 3. The documented rule: same canonical + same title, numbered 1..k
    # by their next links.
    folder = PAGINATED / "arstechnica-connected-renter"
    pages = [_saved(folder / name) for name in ("page3.html", "page1.html", "page2.html")]
    groups = group_pages(pages)
    assert [[Path(p.source).name for p in g] for g in groups] == [["page1.html", "page2.html", "page3.html"]]


@needs_shared
def test_ars_with_urls_groups_by_url():
    pages = []
    for row in _manifest():
        if row["article"] == "arstechnica-connected-renter":
            html = _read(PAGINATED / row["html"])
            pages.append(parse_page(html, row["url"], row["url"]))
    groups = group_pages(pages[::-1])
    assert [[p.url for p in g] for g in groups] == [[ARS, ARS + "2/", ARS + "3/"]]


@needs_shared
def test_ars_pages_two_and_three_alone_stay_single():
    folder = PAGINATED / "arstechnica-connected-renter"
    pages = [_saved(folder / name) for name in ("page2.html", "page3.html")]
    assert len(group_pages(pages)) == 2  # no page 1: the pages do not number themselves 1..k


def test_peoples_daily_three_pages_grouped_in_order():
    pages = [_saved(path) for path in (PEOPLES_FILES[2], PEOPLES_FILES[0], PEOPLES_FILES[1])]
    groups = group_pages(pages)
    assert [[Path(p.source).name for p in g] for g in groups] == [[f.name for f in PEOPLES_FILES]]


def test_peoples_daily_page_one_alone_is_single_even_though_it_links_on():
    assert len(group_pages([_saved(PEOPLES_FILES[0])])) == 1


@pytest.mark.slow
@needs_shared
def test_181_single_pages_stay_single_and_real_articles_still_group():
    single = [_saved(path) for path in sorted((ARTICLES / "html").glob("*.html.gz"))]
    assert len(single) == 181
    assert len(group_pages(single)) == 181
    paged = [_saved(path) for path in sorted(PAGINATED.glob("*/page*.html"))] + [_saved(p) for p in PEOPLES_FILES]
    everything = single[:90] + paged + single[90:]
    random.Random(7).shuffle(everything)
    groups = group_pages(everything)
    assert len(groups) == 181 + 3
    assert sorted(len(g) for g in groups if len(g) > 1) == [2, 3, 3]


# ---------------------------------------------------------------- loops and odd links


def _page(name: str, *links: str, canonical: str | None = None, title: str | None = None) -> ParsedPage:
    return ParsedPage(
        source=f"saved/{name}",
        url=None,
        meta=PageMeta(title=title, canonical=canonical),
        blocks=[],
        next_links=list(links),
    )


@pytest.mark.parametrize(
    "pages",
    [
        [_page("a.html", "b.html"), _page("b.html", "a.html")],
        [_page("a.html", "a.html")],
        [_page("a.html", "b.html"), _page("b.html", "c.html"), _page("c.html", "a.html")],
        [_page("a.html", "c.html"), _page("b.html", "c.html"), _page("c.html", "b.html")],
    ],
)
def test_loops_end_and_use_every_page_once(pages):
    groups = group_pages(pages)
    assert sorted(p.source for g in groups for p in g) == sorted(p.source for p in pages)


def test_chain_follows_links_from_the_page_nobody_links_to():
    pages = [
        _page("x-3.html"),
        _page("x-2.html", "/n/x-3.html"),
        _page("x.html", "/n/x-2.html", "/n/x-3.html"),
        _page("other.html"),
    ]
    groups = group_pages(pages)
    assert [[p.source for p in g] for g in groups] == [
        ["saved/x.html", "saved/x-2.html", "saved/x-3.html"],
        ["saved/other.html"],
    ]


def test_same_file_name_in_another_folder_does_not_match():
    pages = [_page("x.html", "/n/x-2.html"), ParsedPage("elsewhere/x-2.html", None, PageMeta(), [])]
    assert len(group_pages(pages)) == 2


# ---------------------------------------------------------------- stitch


def _b(text: str, section: str = "body") -> TextBlock:
    return TextBlock(section, text)


def test_stitch_numbers_pages_and_keeps_the_title_once():
    pages = [
        [_b("Plates", "title"), _b("Lead paragraph."), _b("One.")],
        [_b("Plates page 2", "title"), _b("Plates page 2"), _b("Lead paragraph."), _b("Two.")],
        [_b("Plates", "title"), _b("Three.")],
    ]
    assert [(n, b.text) for n, b in stitch(pages)] == [
        (1, "Plates"),
        (1, "Lead paragraph."),
        (1, "One."),
        (2, "Two."),
        (3, "Three."),
    ]


def test_stitch_drops_boilerplate_repeated_at_the_end_of_every_page():
    dvla = _b("DVLA is the body responsible for enforcing UK private number plates.")
    see_also = _b("See also: Private Plates, Cherished Plates.")
    pages = [[_b("T", "title"), _b("One."), dvla, see_also], [_b("Two."), see_also, dvla]]
    assert [(n, b.text) for n, b in stitch(pages)] == [(1, "T"), (1, "One."), (2, "Two.")]


def test_stitch_keeps_a_repeated_caption_once_and_single_pages_untouched():
    photo = _b("A doctor examines villagers, March 13, 2021.", "caption")
    pages = [[_b("T", "title"), photo, _b("One.")], [photo, _b("Two.")]]
    assert [(n, b.text) for n, b in stitch(pages)] == [(1, "T"), (1, photo.text), (1, "One."), (2, "Two.")]
    single = [[_b("T", "title"), _b("Same."), _b("Same.")]]
    assert [b.text for _, b in stitch(single)] == ["T", "Same.", "Same."]


def test_stitch_cuts_a_title_line_run_into_the_first_paragraph():
    title = "China's pairing assistance program gives impetus to the development of Xinjiang"
    pages = [[_b(title, "title"), _b("One.")], [_b(f"{title} Jiangsu province helped.")]]
    assert [(n, b.text) for n, b in stitch(pages)] == [(1, title), (1, "One."), (2, "Jiangsu province helped.")]


def test_title_key_ignores_page_suffixes_and_site_name():
    assert title_key("The UK’s Most Expensive Number Plate page 2 | Regtransfers.co.uk") == title_key(
        "The UK’s Most Expensive Number Plate"
    )
    assert title_key("新型PC（1/2 ページ）") == title_key("新型PC")


def test_peoples_daily_stitched_once():
    pages = [_saved(path) for path in PEOPLES_FILES]
    numbered = stitch([p.blocks for p in pages])
    texts = [b.text for _, b in numbered]
    title = "China's pairing assistance program gives impetus to the development of Xinjiang"
    assert sum(title in t for t in texts) == 1 and numbered[0][1].section == "title"
    assert [n for n, _ in numbered] == sorted(n for n, _ in numbered)
    assert {n for n, _ in numbered} == {1, 2, 3}
    assert len(texts) == len(set(texts))

    def page_of(start: str) -> int:
        return next(n for n, b in numbered if b.text.startswith(start))

    assert page_of("These provinces and cities have invested") == 1
    assert page_of("Guangdong province, which has paired up") == 2
    assert page_of("Jiangsu province, which pairs up") == 3  # page 3's first paragraph, title line cut


@needs_shared
@pytest.mark.parametrize("article", ["arstechnica-connected-renter", "regtransfers-most-expensive-number-plate"])
def test_real_articles_stitched_in_order_with_every_page(article):
    rows = [r for r in _manifest() if r["article"] == article]
    pages = [_saved(PAGINATED / r["html"]) for r in rows]
    numbered = stitch([p.blocks for p in pages])
    text = _norm(" ".join(b.text for _, b in numbered))
    spots = []
    for r in rows:
        spots += [text.find(_norm(r["body_starts_with"])), text.find(_norm(r["body_ends_with"]))]
    assert -1 not in spots and spots == sorted(spots)
    assert "Next story" not in text
    assert text.count("DVLA is the body responsible") == 0
    first_title = next(b.text for _, b in numbered if b.section == "title")
    assert sum(b.section == "title" for _, b in numbered) == 1 and "page 2" not in first_title


def test_join_fast_path_is_urljoin():
    # _join skips urljoin for plain root-relative hrefs: it must give what urljoin gives, for every href
    from urllib.parse import urljoin

    from extractor.pages.links import _PLAIN_ROOT_HREF, _join

    bases = [
        "http://127.0.0.1:8080/n3/2021/0508/c90000-9847469.html",
        "HTTPS://Www.Example.com/a/b/c?x=1#f",
        "http://example.com",
        "https://u:p@example.com:443/a/b/",
        "http://h.com?q",
        "ftp://h.com/a",
        "/relative/only",
        "http:/h",
        " http://h.com/x",
    ]
    hrefs = {el.get("href") for f in PEOPLES_FILES for el in parse_html(f.read_text()).iter("a") if el.get("href")}
    hrefs |= {
        "/",
        "/a/../b",
        "/a/./b",
        "/a/.",
        "/a/..",
        "/a/..;x",
        "/x;",
        "/x;p",
        "/.hidden/x",
        "/a.b/c..d/e.",
        "/a?",
        "/a#",
        "/a?#",
        "/a?x#",
        "/a b",
        "/a\tb",
        "//h/x",
        "/\u00e9t\u00e9/x",
        "/x?a=..",
        "/x#../y",
        "/a//b",
    }
    rng = random.Random(3)
    alphabet = list("/.;?#%:@ aZ9-_~\t\n\x00\x7f\u00e9&=+") + ["..", "/..", "/.", "//", "?#"]
    hrefs |= {"/" + "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8))) for _ in range(6000)}
    assert sum(bool(_PLAIN_ROOT_HREF.fullmatch(h)) for h in hrefs) > 400  # the fast path is taken, and checked
    assert [(b, h, _join(b, h)) for b in bases for h in hrefs if _join(b, h) != urljoin(b, h)] == []
