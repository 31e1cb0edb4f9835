"""Pages that are not articles (error pages, home and section pages of teasers) are refused with one
error line and no facts; real articles, even thin ones or ones whose scripts say "page not found", are not."""

from __future__ import annotations

import json

import pytest
from cli_run import run
from conftest import FIXTURES, shared_path, without_summary

from extractor.errors import NotArticleError
from extractor.html.page_kind import INDEX_PAGE
from extractor.pipeline import build_article, parse_page
from extractor.sources import MAX_BYTES, read_path

NGINX_404 = FIXTURES / "not-article" / "nginx-404.html"
NGINX_403 = FIXTURES / "not-article" / "nginx-403.html"
INDEX_PAGES = [
    "575bbfc18e606a40",  # en.blog.wordpress.com: the blog's home page, teasers of posts
    "e0413faf16589e0a",  # a Venezuelan paper's home page: 146 linked headlines, no story of its own
]
KEPT = [
    ("webpages", "2707b6764006ddad"),  # vice.com story; its scripts hold "Page not found"
    ("webpages", "edf232add79289a1"),  # a blog post beside many teasers (its own headline as <h1>)
    ("webpages", "c4ad9b162f47f708"),  # a company's about page: short body, award links as headings
    ("articles", "d605bdef2cde7308"),  # cnn.com video story: a video and its description
    ("articles", "042bb7b5fedab6ea"),  # wsj.com: a 365-character body beside two dozen teasers
]


def parsed(path: str):
    raw = next(iter(read_path(path, MAX_BYTES)))
    return parse_page(raw.html or "", path)


def eval_page(folder: str, page_id: str) -> str:
    if folder == "articles":
        manifest = shared_path("eval", "articles", "manifest.jsonl").read_text(encoding="utf-8").splitlines()
        rel = next(json.loads(line)["html"] for line in manifest if json.loads(line)["id"].startswith(page_id))
        return str(shared_path("eval", "articles", rel))
    return str(shared_path("eval", "webpages", "html", f"{page_id}.html.gz"))


@pytest.mark.slow
def test_error_pages_are_one_error_line_each_and_no_output(tmp_path):
    errors = tmp_path / "errors.jsonl"
    result = run("extract", "--errors", str(errors), str(NGINX_404), str(NGINX_403))
    assert result.returncode == 1
    assert result.stdout == ""
    assert without_summary(result.stderr) == [
        f"extractor: {NGINX_404}: not an article: looks like an error page",
        f"extractor: {NGINX_403}: not an article: looks like an error page",
    ]
    kinds = [json.loads(line)["error"] for line in errors.read_text().splitlines()]
    assert kinds == ["not_article", "not_article"]


@pytest.mark.parametrize("page_id", INDEX_PAGES)
def test_home_pages_of_teasers_are_refused(page_id):
    page = parsed(eval_page("webpages", page_id))
    assert page.not_article == INDEX_PAGE
    with pytest.raises(NotArticleError, match="not an article: looks like an index page"):
        build_article([page], with_facts=False)


@pytest.mark.parametrize(("folder", "page_id"), KEPT)
def test_real_articles_are_not_refused(folder, page_id):
    page = parsed(eval_page(folder, page_id))
    assert page.not_article is None
    assert build_article([page], with_facts=False).text
