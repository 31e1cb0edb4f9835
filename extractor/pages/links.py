"""Next-page discovery (`next_page_links`): which links on a page lead to the next pages of the same article.
Used by the crawler (web/crawl.py) and by the parse stage for saved pages. Patterns live in data/pagination.json.

Decisions:
- A link is a candidate when its text is a "next" word ("Next", "continued", "下一页", "Nächste Seite"),
  it wraps a "next" image (`<img src=".../Next.jpg">`, arrow-right.png, chevron_right.svg: a next token or
  an arrow+right pair in the file name and no story/article/post token, or a next word as alt/title),
  its text is a page number ("2", "【2】", "Page 2"), or it is `rel=next` (`<a>` or `<link>`).
- An image link that says nothing (btn_07.gif, empty alt) is "next" by its place: right after the page
  bar (a page number or "Page k of n" just before it); it must then lead to page current+1.
- "Continue reading"-style links (continue_texts) carry an article on only beside a "Page k of n" marker
  (in the link's block, the blocks next to it, or a short block around them) with k < n: they lead to page
  k+1 even when their URL has no page number (chained pages often have names). On the last page (k = n)
  the link back to page 1 is not a candidate. Several "Continue reading" links to different places are a
  teaser list (an index page), and none of them is followed.
- Every other candidate must also *look like a page of this article*: its URL carries a page number
  (`/2/`, `-2.html`, `_2.html`, `-p2`, `/seite-2`, `/page/2/`, `?page=2`) and, with that number taken
  out, its last path segment equals this page's own (from `url`, else the page's canonical / og:url).
  A numbered link's text must equal its URL's page number. This is what rejects "Next story",
  next-post and carousel links even when they carry rel=next: they lead to another slug.
- Links whose text says "next story", "next post", "comments"... or that sit in a comments / carousel /
  post-navigation block are never followed. Other sites are never followed.
- Only *later* pages are returned. The current page number comes from the pagination bar first (the
  number that is not a link, or the link marked current: People's Daily `common_current_page`), then
  the "Page k of n" beside a continue link, then from `url`, else 1. The bar wins because saved Ars
  pages 2 and 3 carry page 1's canonical URL.
- Order: the next page first (a "Next", rel=next, continue or after-the-bar image link if any, else page
  current+1), then the other later pages by number; deduplicated. An href that does not parse
  ("http://[::1/x") names no page. Links are resolved against `url` when given, else against the canonical;
  with neither (a saved fragment) they stay as written.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from urllib.parse import urljoin, urlsplit

import lxml.html
from lxml import etree

from .patterns import load_patterns, norm_text, norm_url, page_of_url, parses, strip_ext, tokens, url_host

__all__ = ["next_page_links"]


@dataclass(frozen=True)
class _Candidate:
    url: str
    number: int  # page number the URL names (or, for "continue", the page after the marker's)
    kind: str  # "next" (text/image), "rel", "number", "continue" (beside a marker), "image" (after a bar)
    element: lxml.html.HtmlElement
    marker_page: int | None = None  # k of the "Page k of n" marker beside a "continue" link


# --- patterns --------------------------------------------------------------------------------------


# compiled once: a string passed to .xpath() is compiled again on every call
_OWN_URL_XPATHS = (etree.XPath('//link[@rel="canonical"]/@href'), etree.XPath('//meta[@property="og:url"]/@content'))
_HEADING_BEFORE = etree.XPath("preceding::*[self::h1 or self::h2 or self::h3 or self::h4][1]")


def _own_url(tree: lxml.html.HtmlElement, url: str | None) -> str | None:
    """The page's own address: `url`, else its canonical or og:url. Read here rather than from
    html/metadata.py so link discovery does not depend on how that module picks a canonical."""
    if url and parses(url):
        return url
    for xpath in _OWN_URL_XPATHS:
        values = [v.strip() for v in xpath(tree) if v.strip()]
        if values and parses(values[0]) and urlsplit(values[0]).scheme in ("http", "https"):
            return values[0]
    return None


def _has_marker(element: lxml.html.HtmlElement, levels: int = 4) -> bool:
    """Comment pagers, carousels and post navigation announce themselves in class/id/rel."""
    markers = load_patterns()["anti_marker"]
    node = element
    for _ in range(levels + 1):
        if node is None or not isinstance(node.tag, str):
            break
        get = node.get
        attrs = f"{get('class', '')} {get('id', '')} {get('rel', '')} {get('data-ct-label', '')}"
        if markers.search(attrs.casefold()):
            return True
        node = node.getparent()
    return False


def _is_comment_heading(heading: lxml.html.HtmlElement) -> bool:
    return load_patterns()["comment_heading"].search(norm_text(heading.text_content())) is not None


def _has_comment_heading(tree: lxml.html.HtmlElement) -> bool:
    """Whether any h1-h4 of the document is a comments heading. Usually none is, and then no link can be
    under one: the per-link search for the nearest heading before it (a scan of the document) is skipped."""
    return any(_is_comment_heading(h) for h in tree.getroottree().iter("h1", "h2", "h3", "h4"))


def _in_comment_block(element: lxml.html.HtmlElement) -> bool:
    """A pager under a "Comments" / "Отзывы" heading (the nearest heading before it) pages the comments."""
    before = _HEADING_BEFORE(element)
    return bool(before) and _is_comment_heading(before[0])


def _is_next_image(link: lxml.html.HtmlElement) -> bool:
    """An image saying "next": its file name (next.gif, arrow-right.png, btn_next.jpg), alt or title."""
    patterns = load_patterns()
    for img in link.iter("img"):
        src = img.get("src", "")
        name = tokens(strip_ext(os.path.basename(urlsplit(src).path)) if parses(src) else "")
        if name & patterns["next_image_anti_tokens"]:
            continue  # next-story.png
        if name & patterns["next_image_tokens"] or any(pair <= name for pair in patterns["next_image_token_pairs"]):
            return True
        if any(norm_text(img.get(a, "")) in patterns["next_texts"] for a in ("alt", "title")):
            return True
    return False


def _link_kind(link: lxml.html.HtmlElement) -> tuple[str, int | None] | None:
    """What the link says it is: ('next', None), ('number', n), ('continue', None), ('image', None),
    ('rel', None) or None."""
    texts = [norm_text(link.text_content())] + [norm_text(v) for a in ("title", "aria-label") if (v := link.get(a))]
    patterns = load_patterns()
    anti = patterns["anti_text"]
    if any(t and anti.search(t) for t in texts):
        return None
    if texts[0] in patterns["next_texts"] or (not texts[0] and _is_next_image(link)):
        return "next", None
    number = patterns["number_text"].match(texts[0])
    if number:
        return "number", int(number.group(1))
    if texts[0] in patterns["continue_texts"] or patterns["continue_pattern"].match(texts[0]):
        return "continue", None
    if not texts[0] and next(link.iter("img", "svg"), None) is not None and _after_page_bar(link):
        return "image", None
    if "next" in tokens(link.get("rel")):
        return "rel", None
    return None


def _page_of(text: str) -> tuple[int, int] | None:
    """(k, n) of a "Page k of n" marker in the text, when it is a sensible one (1 <= k <= n, n > 1)."""
    match = load_patterns()["page_of"].search(text)
    if match is None:
        return None
    k, n = (int(v) for v in (match.groupdict().values()) if v is not None)
    return (k, n) if 1 <= k <= n and n > 1 else None


def _text_before(link: lxml.html.HtmlElement) -> str:
    """The text just before the link: the previous sibling's tail or its text, else the parent's own text;
    for a link alone in a wrapper (<li><a>..</a></li>), what comes before the wrapper."""
    node = link
    for _ in range(2):
        prev, parent = node.getprevious(), node.getparent()
        before = (prev.tail if prev is not None else parent.text if parent is not None else "") or ""
        if not before.strip() and prev is not None and isinstance(prev.tag, str):
            before = prev.text_content()
        if before.strip() or parent is None or len(parent) > 1:
            return before[-80:]
        node = parent
    return ""


def _after_page_bar(link: lxml.html.HtmlElement) -> bool:
    """An image link right after a page bar: a page number or a "Page k of n" marker ends just before it."""
    before = _text_before(link)
    return bool(load_patterns()["number_text"].match(norm_text(before))) or _page_of(before) is not None


def _marker_beside(link: lxml.html.HtmlElement) -> tuple[int, int] | None:
    """The "Page k of n" marker beside the link: in the link's block or the blocks right before and after
    it, or in a short block (up to 300 characters) around those. A teaser's "Continue reading" on an index
    page sits in its teaser, not beside the index's page counter."""
    parent = link.getparent()
    if parent is None:
        return None
    near = [parent, parent.getprevious(), parent.getnext()]
    node = parent.getparent()
    for _ in range(2):
        if node is None or len(node.text_content()) > 300:
            break
        near.append(node)
        node = node.getparent()
    for block in near:
        if block is not None and isinstance(block.tag, str):
            text = block.text_content()
            if len(text) <= 300 and (marker := _page_of(text)) is not None:
                return marker
    return None


# a root-relative href (a page bar's usual "/news/2021/story-2.html") that urljoin would return as the base's
# scheme://netloc + href unchanged: no "//host", no dot segment, no ";params" (urljoin drops an empty one),
# nothing it strips (whitespace, controls) and no empty "?" or "#" (dropped too). Checked against urljoin
# on every href of the saved pages, and fuzzed (test_pagination).
_SEGMENT = r"(?:[^\s\x00-\x1f\x7f?#./;]|\.(?![./;?#]|$))*"  # anything but "." and ".." alone
_PLAIN_ROOT_HREF = re.compile(rf"/(?!/){_SEGMENT}(?:/{_SEGMENT})*(?:\?[^\s\x00-\x1f\x7f#]+)?(?:#\S+)?")
_HTTP_ORIGIN = re.compile(r"(?i)(https?)(://[^/?#\s]+)(?:[/?#]|$)")


def _join(base: str, href: str) -> str:
    """urljoin(base, href), without its parsing of both URLs for the common case (2-8 us a link)."""
    origin = _HTTP_ORIGIN.match(base)
    if origin is not None and _PLAIN_ROOT_HREF.fullmatch(href):
        return origin.group(1).lower() + origin.group(2) + href
    return urljoin(base, href)


@lru_cache(maxsize=1024)  # a bar's "2" and its "Next" usually share one href
def _target(href: str, base: str | None, own_host: str | None) -> tuple[str, str | None, int | None] | None:
    """(the href resolved, its slug, its page number), or None when it leads to another site."""
    target = _join(base, href) if base else href
    if own_host is not None and urlsplit(target).scheme and url_host(target) != own_host:
        return None
    return target, *page_of_url(target)


@dataclass(frozen=True)
class _Scope:
    """What every link of one page is checked against, worked out once per page."""

    tree: lxml.html.HtmlElement
    own: str | None  # the page's own address
    own_slug: str | None
    base: str | None  # what relative links are resolved against

    @cached_property
    def own_host(self) -> str | None:
        return url_host(self.own) if self.own else None

    @cached_property
    def comment_headings(self) -> bool:
        return _has_comment_heading(self.tree)


def _candidate(element: lxml.html.HtmlElement, kind: tuple[str, int | None], scope: _Scope) -> _Candidate | None:
    """The link as a page of this article, or None when it leads elsewhere."""
    href = element.get("href", "").strip()
    if not href or href.startswith(("#", "javascript:", "mailto:")) or "comment" in href.casefold():
        return None
    own_slug = scope.own_slug
    try:
        resolved = _target(href, scope.base, scope.own_host)
    except ValueError:  # an href urljoin cannot parse: names no page
        return None
    if resolved is None:
        return None
    target, slug, number = resolved
    if kind[0] == "continue":
        return _continue_candidate(element, target, slug, number, scope)
    if number is None and own_slug is not None and slug == own_slug and kind[0] == "number":
        number = 1  # the bar's link back to page 1, which has no page marker
    if number is None or number > load_patterns()["max_page_number"]:
        return None
    if (own_slug is not None and slug != own_slug) or (kind[0] == "number" and kind[1] != number):
        return None  # another article ("Next story", next post), or a "2" that is not page 2
    if _has_marker(element) or (scope.comment_headings and _in_comment_block(element)):
        return None
    return _Candidate(target, number, kind[0], element)


def _continue_candidate(
    element: lxml.html.HtmlElement, target: str, slug: str | None, number: int | None, scope: _Scope
) -> _Candidate | None:
    """A "Continue reading" link carries the article on only beside a "Page k of n" marker with k < n; it
    leads to page k+1 (its URL need not say so: chained pages often have names, not numbers). A URL that
    does name a page must name k+1 of this article."""
    marker = _marker_beside(element)
    if marker is None or marker[0] >= marker[1]:
        return None  # no marker, or the last page (whose link leads back to page 1)
    if number is not None and (number != marker[0] + 1 or (scope.own_slug is not None and slug != scope.own_slug)):
        return None
    if norm_url(target) == norm_url(scope.own or "") or _has_marker(element):
        return None
    return _Candidate(target, marker[0] + 1, "continue", element, marker_page=marker[0])


def _candidates(tree: lxml.html.HtmlElement, own: str | None, base: str | None) -> list[_Candidate]:
    links = [(el, _link_kind(el)) for el in tree.iter("a") if el.get("href")]
    teasers = {el.get("href", "").strip() for el, kind in links if kind is not None and kind[0] == "continue"}
    if len(teasers) > 1:  # "Continue reading" to several places: a list of teasers, not a paged article
        links = [(el, kind) for el, kind in links if kind is None or kind[0] != "continue"]
    links += [(el, ("rel", None)) for el in tree.iter("link") if "next" in tokens(el.get("rel"))]
    scope = _Scope(tree, own, page_of_url(own)[0] if own else None, base)
    found = (_candidate(el, kind, scope) for el, kind in links if kind is not None)
    return [c for c in found if c is not None]


def _text_outside_links(element: lxml.html.HtmlElement) -> str:
    parts = [element.text or ""] if element.tag != "a" else []
    for child in element:
        if isinstance(child.tag, str):
            parts.append(_text_outside_links(child))
        parts.append(child.tail or "")
    return " ".join(parts)


def _bare_numbers(container: lxml.html.HtmlElement) -> list[int]:
    """Numbers in the container's text outside links: the current page in '1 <a>2</a> <a>3</a>'."""
    return [int(n) for n in re.findall(r"(?<![\d.,])\d{1,3}(?![\d.,])", _text_outside_links(container))]


def _current_in(container: lxml.html.HtmlElement) -> int | None:
    """The page number a bar marks as current: a link or span classed current/active, else the one
    number that is not a link."""
    if len(container.text_content()) > 300:
        return None  # not a page bar: a paragraph's lone number says nothing about the page
    markers = load_patterns()["current_markers"]
    for el in container.iter():
        if el is container or not isinstance(el.tag, str):
            continue
        if tokens(el.get("class")) & markers or el.get("aria-current"):
            number = load_patterns()["number_text"].match(norm_text(el.text_content()))
            if number:
                return int(number.group(1))
    bare = _bare_numbers(container)
    return bare[0] if len(bare) == 1 else None


def _current_page(candidates: list[_Candidate], own: str | None) -> int:
    """The bar says which page this is; saved Ars pages 2 and 3 carry page 1's canonical URL."""
    for candidate in candidates:
        if candidate.kind != "number":
            continue
        container = candidate.element.getparent()
        for _ in range(2):  # the bar's own element, or the one around it (<nav><span>1 <a>2</a></span>)
            if container is None:
                break
            number = _current_in(container)
            if number is not None:
                return number
            container = container.getparent()
    marked = [c.marker_page for c in candidates if c.marker_page is not None]
    if marked:
        return marked[0]  # "Page k of n" beside a "continue" link
    number = page_of_url(own)[1] if own else None
    return number or 1


def next_page_links(tree: lxml.html.HtmlElement, url: str | None) -> list[str]:
    """URLs of the following pages of this article (numbered bar, "Next" text or image links, rel=next
    when it is pagination, ?page=N, -N.html, /N/), resolved against `url` when given, best first, same site only.
    Must not follow "Next story" / next-post links."""
    own = _own_url(tree, url)
    candidates = _candidates(tree, own, url or own)
    current = _current_page(candidates, url)
    # an image link that only its place after the bar makes "next" must lead to the very next page
    later = [c for c in candidates if c.number > current and (c.kind != "image" or c.number == current + 1)]
    firsts = [c for c in later if c.kind in ("next", "rel", "continue", "image")]
    firsts = firsts or [c for c in later if c.number == current + 1]
    ordered = sorted(firsts, key=lambda c: c.number)[:1] + sorted(later, key=lambda c: c.number)
    return list(dict.fromkeys(c.url for c in ordered))
