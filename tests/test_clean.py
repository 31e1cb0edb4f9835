"""clean_page: the article's own text blocks, on the seed fragment, real paginated pages, the benchmark
pages (read in place from ../shared) and small inline cases."""

from __future__ import annotations

import gzip
import html as htmllib
import json

import lxml.html
import pytest
from conftest import FIXTURES, SEED, shared_path

from extractor.html.clean import TextBlock, clean_page
from extractor.html.dom import norm_space, parse_html
from extractor.html.metadata import page_title


def blocks_of(html: str, url: str | None = None) -> list[TextBlock]:
    """The blocks of a page as the pipeline cleans it: given the title metadata reads."""
    tree = parse_html(html)
    return clean_page(tree, page_title(tree))


def sections(blocks, section):
    return [b.text for b in blocks if b.section == section]


# ---------------------------------------------------------------- the seed fragment


def test_seed_fragment_title_caption_and_sixteen_paragraphs():
    blocks = blocks_of(SEED.read_text(encoding="utf-8"))
    assert blocks[0] == TextBlock(
        "title", "China's pairing assistance program gives impetus to the development of Xinjiang"
    )
    captions = sections(blocks, "caption")
    assert len(captions) == 1 and captions[0].startswith("A doctor from Shaoxing")
    body = sections(blocks, "body")
    assert len(body) == 16
    assert body[0].startswith("Thanks to the pairing assistance program")
    assert body[1].startswith("These provinces and cities have invested a total of 96.4 billion yuan")
    assert body[-1].startswith("Considering development an important foundation")
    assert not any("【" in b.text for b in blocks)
    assert all(b.text == norm_space(b.text) and b.text for b in blocks)


@pytest.mark.parametrize(
    "name, first_body, n_captions",
    [
        ("c90000-9847469-2.html", "Guangdong province, which has paired up", 1),
        ("c90000-9847469-3.html", "Jiangsu province, which pairs up", 0),
    ],
)
def test_seed_following_pages(name, first_body, n_captions):
    path = FIXTURES / "peoples-daily" / name
    if not path.exists():
        pytest.skip(f"{name} not in fixtures")
    blocks = blocks_of(path.read_text(encoding="utf-8"))
    assert blocks[0].section == "title" and blocks[0].text.startswith("China's pairing assistance")
    assert sections(blocks, "body")[0].startswith(first_body)
    assert len(sections(blocks, "caption")) == n_captions
    assert not any("【" in b.text for b in blocks)


def test_input_tree_is_not_modified():
    tree = parse_html(SEED.read_text(encoding="utf-8"))
    before = lxml.html.tostring(tree)
    clean_page(tree, page_title(tree))
    assert lxml.html.tostring(tree) == before


# ---------------------------------------------------------------- real paginated pages


def paginated_pages():
    manifest = shared_path("eval", "paginated", "manifest.jsonl")
    return [json.loads(line) for line in manifest.read_text().splitlines() if line.strip()]


@pytest.mark.parametrize("index", range(5))
def test_paginated_pages_keep_body_and_drop_boilerplate(index):
    page = paginated_pages()[index]
    html = shared_path("eval", "paginated", page["html"]).read_text(encoding="utf-8")
    blocks = blocks_of(html, page["url"])
    body = " ".join(sections(blocks, "body"))
    start, end = (norm_space(htmllib.unescape(page[k])) for k in ("body_starts_with", "body_ends_with"))
    assert start in body and end in body
    assert body.index(start) < 100  # no navigation before the story
    assert body.endswith(end)  # nor anything after it
    for junk in ("Next story", "DVLA is the body", "See also:", "continued »", "« previous page", "Page: 1"):
        assert junk not in body


# ---------------------------------------------------------------- the benchmark (181 real pages)


@pytest.mark.slow
def test_benchmark_f1_floor():
    """Guards against regressions: body-block F1 on the Zyte benchmark, scored as score_text.py does."""
    import sys

    articles = shared_path("eval", "articles")
    sys.path.insert(0, str(articles.parent))
    from score_text import page_scores

    gold = json.loads((articles / "ground-truth.json").read_text())
    ps, rs = [], []
    for line in (articles / "manifest.jsonl").read_text().splitlines():
        page = json.loads(line)
        html = gzip.decompress((articles / page["html"]).read_bytes()).decode("utf-8")
        body = "\n\n".join(sections(blocks_of(html, page["url"]), "body"))
        p, r = page_scores(body, gold[page["id"]]["articleBody"])
        ps.append(p)
        rs.append(r)
    prec, rec = sum(ps) / len(ps), sum(rs) / len(rs)
    assert 2 * prec * rec / (prec + rec) > 0.96


# ---------------------------------------------------------------- small inline cases

PARA = (
    "The council approved a budget of 12 million dollars on Tuesday, after a long debate about "
    "roads, schools and the new library, which residents had asked for since 2015."
)
PARA2 = (
    "Officials said work would start in the spring, and that about 300 workers would be hired, "
    "most of them from the county itself, according to the plan."
)


def page(article_inner: str, extra: str = "", head: str = "") -> str:
    return (
        f"<html><head><title>Budget approved | Daily Site</title>{head}</head><body>"
        "<header><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></header>"
        f"<div class='content'><article><h1>Budget approved</h1>{article_inner}</article>{extra}</div>"
        "<footer><p>Copyright 2021 Daily Site. All rights reserved, every one of them, forever.</p></footer>"
        "</body></html>"
    )


CASES = {
    "nav, footer, script and style go": (
        page(f"<p>{PARA}</p><script>var x = 'PARA';</script><style>p {{}}</style><p>{PARA2}</p>"),
        [PARA, PARA2],
        [],
    ),
    "share bar and related list go": (
        page(
            f"<p>{PARA}</p><div class='share-buttons'><a href='#'>Facebook</a> <a href='#'>Twitter</a></div>"
            f"<p>{PARA2}</p>",
            "<div class='related-articles'><h3>Related</h3><ul><li><a href='/a'>Another story about the "
            "budget and the council, with a long title</a></li><li><a href='/b'>Yet another story</a></li></ul></div>",
        ),
        [PARA, PARA2],
        [],
    ),
    "pagination bar and next link go": (
        page(
            f"<p>{PARA}</p><p>{PARA2}</p><nav class='page-numbers'>Page: 1 <a href='/2/'>2</a> "
            "<a href='/3/'>3</a> <a href='/2/'>Next →</a></nav><p align='right'><a href='/2/'>continued </a>»</p>"
            "<p>1 | <a href='/2/'>2</a></p>"
        ),
        [PARA, PARA2],
        [],
    ),
    "figcaption and wp-caption-text are captions": (
        page(
            f"<p>{PARA}</p><figure><img src='a.jpg'><figcaption>The new library, in March.</figcaption></figure>"
            f"<div class='wp-caption'><img src='b.jpg'><p class='wp-caption-text'>Council members vote.</p></div>"
            f"<p>{PARA2}</p>"
        ),
        [PARA, PARA2],
        ["The new library, in March.", "Council members vote."],
    ),
    "br-separated lines are paragraphs": (page(f"<div class='text'>{PARA}<br><br>{PARA2}</div>"), [PARA, PARA2], []),
    "newline-separated lines after a full stop are paragraphs": (
        page(f"<div class='text'>\n{PARA}\n{PARA2}\n</div>"),
        [PARA, PARA2],
        [],
    ),
    "headline is not repeated in the body; subheads stay": (
        page(f"<p>{PARA}</p><h2>What comes next</h2><p>{PARA2}</p>"),
        [PARA, "What comes next", PARA2],
        [],
    ),
    "comments and newsletter box go": (
        page(
            f"<p>{PARA}</p><div class='newsletter-signup'><p>Sign up for our newsletter to get the news "
            f"first, every morning, for free.</p></div><p>{PARA2}</p>",
            "<section id='comments'><p>Great article, I really enjoyed reading it and will share it, "
            "thanks a lot to the author.</p></section>",
        ),
        [PARA, PARA2],
        [],
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_inline_cases(name):
    html, body, captions = CASES[name]
    blocks = blocks_of(html)
    assert blocks[0] == TextBlock("title", "Budget approved")
    assert sections(blocks, "body") == body
    assert sections(blocks, "caption") == captions


@pytest.mark.parametrize(
    "html, title",
    [
        (
            "<html><head><title>Budget approved | Daily Site</title></head><body><p>" + PARA + "</p></body></html>",
            "Budget approved",
        ),
        (
            "<html><head><meta property='og:title' content='Budget approved after long debate'>"
            "<meta property='og:site_name' content='Daily Site'><title>Budget approved after long debate - Daily Site"
            "</title></head><body><h1>Daily Site</h1><p>" + PARA + "</p></body></html>",
            "Budget approved after long debate",
        ),
        (
            "<html><body><h1>Новый бюджет принят после долгих споров</h1><p>" + PARA + "</p></body></html>",
            "Новый бюджет принят после долгих споров",
        ),
    ],
)
def test_title_block(html, title):
    assert blocks_of(html)[0] == TextBlock("title", title)


def test_empty_and_textless_pages():
    assert blocks_of("<html><body></body></html>") == []
    assert sections(blocks_of("<html><body><script>x()</script><nav>Home</nav></body></html>"), "body") == []
