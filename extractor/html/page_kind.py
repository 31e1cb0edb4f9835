"""Pages that are not articles: error pages, and home or section pages made of teasers.

Such a page gives one error line ("not an article: looks like an index page") and no facts, instead
of a record whose "text" is a site's menu or a list of other stories. The test is built to be
conservative: a refused article loses all its facts, a kept index page only adds noise.

- **Error page**: a segment of the page's `<title>` or `<h1>` (split at "|", "-", ":"...) that is an
  error phrase in itself ("Page not found", "404", "Seite nicht gefunden", "Access denied": the list is
  data/not_article.json), and a short cleaned body. The phrase must be the whole segment: a story
  titled "Why 404 pages matter" is not refused, and neither is a page whose scripts or footer mention
  "page not found" (20 real articles of ../shared/eval/webpages do).
- **Index page**: a page that does not say it is an article (no publication date, no JSON-LD or og:type
  of an article, video or recipe, no single unlinked `<h1>` headline) and holds at least `MIN_TEASERS`
  teasers (a heading of three words or more that is a link to another page), while its cleaned body is
  mostly text that sits inside the teasers' own boxes (headline, summary, byline). A story with a long
  "related stories" list still has its own paragraphs outside them; a slideshow or video page with a
  real description has that description, and usually its date and headline. A body that is merely
  short is not enough: real pages whose body the cleaner mostly lost look the same.
Measured (`benchmarks/not_article_bench.py`): none of the 181 articles of ../shared/eval/articles and
none of the 990 trafilatura pages of ../shared/eval/webpages is refused; of its 439 other pages
(htmldate's set) 3 are, all three home pages (a blog host's, a party chapter's, a newspaper's). Home
pages that call themselves articles (og:type "article") are let through: being wrong the other way
costs more.
"""

from __future__ import annotations

import re
from functools import lru_cache

import lxml.html

from ..data import load
from .clean import TextBlock
from .dom import norm_space
from .metadata import PageMeta

__all__ = ["ERROR_PAGE", "INDEX_PAGE", "verdict"]

ERROR_PAGE = "not an article: looks like an error page"
INDEX_PAGE = "not an article: looks like an index page"

ERROR_BODY = 1500  # an error page's own text is a line or two; a longer body is an article that says "404"
MIN_TEASERS = 6  # headline links to other pages, counted once per address
TEASER_BOX = 1000  # a teaser's box (headline, summary, byline) is short; a longer one is a post or story
TEASER_SHARE = 0.5  # the share of the body inside teaser boxes above which the body is the teasers

_SEPARATORS = re.compile(r"\s[|\-–—:·»/]\s|\s[|·»]|[|·»]\s")
_PUNCTUATION = re.compile(r"[^\w\s]|_")
_SPACE = re.compile(r"\s+")
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


@lru_cache(maxsize=1)
def _data() -> tuple[re.Pattern, frozenset[str]]:
    raw = load("not_article")
    error = re.compile("|".join(f"(?:{p})" for p in raw["error_titles"]))
    return error, frozenset(raw["article_types"])


def verdict(tree: lxml.html.HtmlElement, blocks: list[TextBlock], meta: PageMeta) -> str | None:
    """Why the page is not an article (ERROR_PAGE, INDEX_PAGE), or None for a page to process."""
    body = [b.text for b in blocks if b.section == "body"]
    body_chars = sum(len(t) for t in body)
    if body_chars < ERROR_BODY and _error_title(tree, meta):
        return ERROR_PAGE
    stated = meta.published is not None and not meta.published_searched
    if not stated and not _says_article(tree) and not _headline(tree) and _teasers_only(tree, body):
        return INDEX_PAGE
    return None


def _error_title(tree: lxml.html.HtmlElement, meta: PageMeta) -> bool:
    error, _ = _data()
    title = tree.find(".//title")
    h1 = next(tree.iter("h1"), None)
    texts = [
        meta.title,
        title.text_content() if title is not None else None,
        h1.text_content() if h1 is not None else None,
    ]
    for text in filter(None, texts):
        for segment in _SEPARATORS.split(text):
            words = _SPACE.sub(" ", _PUNCTUATION.sub(" ", segment.lower())).strip()
            if words and error.fullmatch(words):
                return True
    return False


def _says_article(tree: lxml.html.HtmlElement) -> bool:
    """og:type or a JSON-LD @type of an article (or a video, a recipe: pages with a story of their own)."""
    _, types = _data()
    for meta in tree.iter("meta"):
        if (meta.get("property") or meta.get("name") or "").lower() == "og:type":
            if (meta.get("content") or "").strip().lower() in types:
                return True
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() == "application/ld+json":
            found = re.findall(r'"@type"\s*:\s*\[?\s*"([^"]+)"', script.text or "")
            if any(t.lower() in types for t in found):
                return True
    return False


def _headline(tree: lxml.html.HtmlElement) -> bool:
    """One <h1> of three words or more that is not a link: a story's own headline (a home page's <h1> is
    its name or logo, a section page has none or several)."""
    h1s = list(tree.iter("h1"))
    return len(h1s) == 1 and len(norm_space(h1s[0].text_content() or "").split()) >= 3 and not _heading_link(h1s[0])


def _teasers_only(tree: lxml.html.HtmlElement, body: list[str]) -> bool:
    boxes = _teaser_boxes(tree)
    if len(boxes) < MIN_TEASERS:
        return False
    inside = sum(len(t) for t in body if any(t in box for box in boxes.values()))
    return inside >= TEASER_SHARE * sum(len(t) for t in body)


def _teaser_boxes(tree: lxml.html.HtmlElement) -> dict[str, str]:
    """Link address -> the text of its teaser's box, for each heading that is a link to another page."""
    boxes: dict[str, str] = {}
    for heading in tree.iter(*_HEADINGS):
        href = _heading_link(heading)
        if href and href not in boxes:
            boxes[href] = _box_text(heading)
    return boxes


def _heading_link(heading: lxml.html.HtmlElement) -> str | None:
    """The address a heading links to when the heading is a headline link (3+ words, nearly all link text)."""
    text = norm_space(heading.text_content() or "")
    if len(text.split()) < 3:
        return None
    parent = heading.getparent()
    if parent is not None and parent.tag == "a" and _real_link(parent.get("href")):
        return parent.get("href")
    links = [a for a in heading.iter("a") if _real_link(a.get("href"))]
    linked = sum(len(norm_space(a.text_content() or "")) for a in links)
    return links[0].get("href") if links and linked >= 0.8 * len(text) else None


def _real_link(href: str | None) -> bool:
    return bool(href) and not href.strip().startswith(("#", "javascript:", "mailto:"))  # type: ignore[union-attr]


def _box_text(heading: lxml.html.HtmlElement) -> str:
    """The text of the largest ancestor that holds this heading, no other heading, and little text."""
    text = norm_space(heading.text_content() or "")
    for ancestor in heading.iterancestors():
        if ancestor.tag in ("body", "html"):
            break
        ancestor_text = norm_space(ancestor.text_content() or "")
        if len(ancestor_text) > TEASER_BOX or sum(1 for _ in ancestor.iter(*_HEADINGS)) > 1:
            break
        text = ancestor_text
    return text
