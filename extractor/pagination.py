"""Pagination: which links on a page lead to the next pages of the same article, grouping saved
pages into articles, and stitching the pages' blocks into one text with what every page repeats kept once.

Decisions (patterns live in data/pagination.json, not here):

Next-page discovery (`next_page_links`)
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

Grouping saved pages (`group_pages`)
- Page A links to page B when one of A's next links (tried in order, the first that names a given
  page wins) names B by: the same URL as B's url, canonical (unless several pages share it) or self URL (the
  link B's own bar marks as current, read by metadata.py); the same file name as B's file in the same folder (SPEC:
  `c90000-9847469-2.html`), or the same root-relative path as B's relative self URL;
  or the same last path segment, extension ignored, on the same site (regtransfers: the next link says
  /celebrity-customers/...-p2/ while page 2's canonical says /marketing-your-business/...-p2/).
- Best effort for pages that say nothing about their own URL (Ars: every page carries page 1's
  canonical and the links are absolute, so they match neither file names nor canonicals): pages still
  alone that share canonical URL and title (page suffix " page 2" removed) form one article when their
  next links number them 1..k without gaps (the page whose first next link is page n is page n-1, the
  one page with no next link is page k). Anything else stays single. The sure way is the JSONL
  `pages` form or giving each page's url.
- Each article starts at a page nobody links to and follows the links; a page is used once, so loops
  end. A pure cycle starts at its first page in input order. Articles keep the input order of their
  first-given page.

Stitching (`stitch`)
- The article has one title: page 1's title block(s). Title blocks on later pages are dropped, and so
  is any later block that is the title again (also as "... page 2"). A later block that *starts* with
  the title (a fragment's title line run into the first paragraph) loses that prefix.
- A block that repeats on several pages is site furniture or the repeated lead. Repeats that form the
  *tail* of every page they appear on (after the page's own paragraphs: regtransfers' "DVLA is the
  body responsible..." boxes) are boilerplate and are dropped entirely. Other repeats (a lead or a
  photo caption shown again at the top of each page) are kept once, on the first page that has them.
  Repeats inside a single page are the cleaner's business and are left alone.
- Page numbers are positions in the list given: 1-based.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from urllib.parse import parse_qsl, unquote, urljoin, urlsplit

import lxml.html
from lxml import etree

from .clean import TextBlock
from .metadata import PageMeta


@dataclass
class ParsedPage:
    """A page read and parsed once: what grouping, stitching and the article builder need."""

    source: str  # file path as given, URL fetched, or "jsonl:<id>"
    url: str | None  # the page's own URL where known (fetched URL, JSONL url), else None
    meta: PageMeta
    blocks: list[TextBlock]
    next_links: list[str] = field(default_factory=list)  # absolute (or as-written relative) next-page URLs, best first
    not_article: str | None = None  # why the page is not an article (an error or index page: page_kind.py)


@dataclass(frozen=True)
class _Candidate:
    url: str
    number: int  # page number the URL names (or, for "continue", the page after the marker's)
    kind: str  # "next" (text/image), "rel", "number", "continue" (beside a marker), "image" (after a bar)
    element: lxml.html.HtmlElement
    marker_page: int | None = None  # k of the "Page k of n" marker beside a "continue" link


# --- patterns --------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _patterns() -> dict:
    raw = json.loads(resources.files("extractor").joinpath("data/pagination.json").read_text("utf-8"))
    words = "|".join(re.escape(w) for w in raw["page_words"])
    headings = _any_of(raw["comment_headings"]).pattern
    return {
        **raw,
        "next_texts": frozenset(raw["next_texts"]),
        # substring tests as one regex each: one C-level scan instead of a Python loop per pattern
        "anti_text": _any_of(raw["anti_texts"]),
        "anti_marker": _any_of(raw["anti_markers"]),
        # the heading's whole text, its first words or its last words (normalised like link texts)
        "comment_heading": re.compile(rf"^(?:{headings})(?: |\Z)| (?:{headings})\Z"),
        "next_image_tokens": frozenset(raw["next_image_tokens"]),
        "next_image_token_pairs": [frozenset(pair) for pair in raw["next_image_token_pairs"]],
        "next_image_anti_tokens": frozenset(raw["next_image_anti_tokens"]),
        "continue_texts": frozenset(raw["continue_texts"]),
        "continue_pattern": re.compile("|".join(raw["continue_patterns"])),
        "page_of": re.compile("|".join(f"(?:{p})" for p in _numbered_groups(raw["page_of_markers"])), re.I),
        "current_markers": frozenset(raw["current_markers"]),
        "url_page_query_keys": frozenset(raw["url_page_query_keys"]),
        "url_page_patterns": [re.compile(p, re.I) for p in raw["url_page_patterns"]],
        "title_page_suffixes": [re.compile(p, re.I) for p in raw["title_page_suffixes"]],
        # "2", "page 2", "第2页", "2 ページ": the whole link text is one page number
        "number_text": re.compile(rf"^(?:(?:{words})\s*)?(\d{{1,3}})\s*(?:页|頁|ページ|페이지)?$"),
    }


def _numbered_groups(patterns: list[str]) -> list[str]:
    """k/n groups renamed k0/n0, k1/n1...: one regex may not repeat a group name."""
    return [p.replace("?P<k>", f"?P<k{i}>").replace("?P<n>", f"?P<n{i}>") for i, p in enumerate(patterns)]


def _any_of(substrings: list[str]) -> re.Pattern:
    return re.compile("|".join(re.escape(s) for s in substrings))


_PUNCT = re.compile(r"[\[\]【】()（）{}<>«»‹›→←↑↓⟶⟵▶►▸▷◀◄|:：.,;!?…\"'“”‘’·•*+#=_~/\\–—-]+")


def _norm_text(text: str) -> str:
    """'Next →' -> 'next', '【2】' -> '2'; link texts are compared in this form."""
    return " ".join(_PUNCT.sub(" ", text.casefold()).split())


_NOT_TOKEN = re.compile(r"[^a-z0-9]+")


def _tokens(value: str | None) -> set[str]:
    return set(_NOT_TOKEN.split((value or "").casefold())) - {""}


# --- URLs ------------------------------------------------------------------------------------------


def _parses(url: str) -> bool:
    """Whether urlsplit takes the URL: a hostile page's "http://[::1/x" names no page and is skipped."""
    try:
        urlsplit(url)
    except ValueError:
        return False
    return True


def _host(url: str) -> str:
    host = (urlsplit(url).hostname or "") if _parses(url) else ""
    return host[4:] if host.startswith("www.") else host


def _norm_url(url: str) -> str:
    """Scheme, www., fragment and trailing slash do not make a different page."""
    parts = urlsplit(url)
    path = parts.path.rstrip("/") or "/"
    return f"{_host(url)}{path}" + (f"?{parts.query}" if parts.query else "")


_EXTENSION = re.compile(r"(\.s?html?|\.php\d?|\.aspx?|\.jsp)?(\.gz)?$", re.I)


def _strip_ext(name: str) -> str:
    return _EXTENSION.sub("", name)


def _segments(path: str) -> list[str]:
    return [unquote(s) for s in path.split("/") if s]


def _slug(path: str) -> str | None:
    """The last path segment without extension; with the one before it when it is bare digits (Ars /2/)."""
    segs = _segments(path)
    if not segs:
        return None
    last = _strip_ext(segs[-1]).casefold()
    if last.isdigit() and len(segs) > 1:
        return f"{segs[-2].casefold()}/{last}"
    return last


@lru_cache(maxsize=4096)  # a crawl asks about the same few URLs (this page, its bar's links) many times
def page_of_url(url: str) -> tuple[str | None, int | None]:
    """(slug with the page marker removed, page number the URL names or None)."""
    if not _parses(url):
        return None, None
    parts = urlsplit(url)
    keys = _patterns()["url_page_query_keys"]
    query = parse_qsl(parts.query, keep_blank_values=True)
    for key, value in query:
        if key.casefold() in keys and value.isdigit():
            return _slug(parts.path), int(value)
    for pattern in _patterns()["url_page_patterns"]:
        match = pattern.search(parts.path)
        if match:
            return _slug(parts.path[: match.start()] + parts.path[match.end() :]), int(match["n"])
    return _slug(parts.path), None


# --- next_page_links -------------------------------------------------------------------------------

# compiled once: a string passed to .xpath() is compiled again on every call
_OWN_URL_XPATHS = (etree.XPath('//link[@rel="canonical"]/@href'), etree.XPath('//meta[@property="og:url"]/@content'))
_HEADING_BEFORE = etree.XPath("preceding::*[self::h1 or self::h2 or self::h3 or self::h4][1]")


def _own_url(tree: lxml.html.HtmlElement, url: str | None) -> str | None:
    """The page's own address: `url`, else its canonical or og:url. Read here rather than from
    metadata.py so link discovery does not depend on how that module picks a canonical."""
    if url and _parses(url):
        return url
    for xpath in _OWN_URL_XPATHS:
        values = [v.strip() for v in xpath(tree) if v.strip()]
        if values and _parses(values[0]) and urlsplit(values[0]).scheme in ("http", "https"):
            return values[0]
    return None


def _has_marker(element: lxml.html.HtmlElement, levels: int = 4) -> bool:
    """Comment pagers, carousels and post navigation announce themselves in class/id/rel."""
    markers = _patterns()["anti_marker"]
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
    return _patterns()["comment_heading"].search(_norm_text(heading.text_content())) is not None


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
    patterns = _patterns()
    for img in link.iter("img"):
        src = img.get("src", "")
        name = _tokens(_strip_ext(os.path.basename(urlsplit(src).path)) if _parses(src) else "")
        if name & patterns["next_image_anti_tokens"]:
            continue  # next-story.png
        if name & patterns["next_image_tokens"] or any(pair <= name for pair in patterns["next_image_token_pairs"]):
            return True
        if any(_norm_text(img.get(a, "")) in patterns["next_texts"] for a in ("alt", "title")):
            return True
    return False


def _link_kind(link: lxml.html.HtmlElement) -> tuple[str, int | None] | None:
    """What the link says it is: ('next', None), ('number', n), ('continue', None), ('image', None),
    ('rel', None) or None."""
    texts = [_norm_text(link.text_content())] + [_norm_text(v) for a in ("title", "aria-label") if (v := link.get(a))]
    patterns = _patterns()
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
    if "next" in _tokens(link.get("rel")):
        return "rel", None
    return None


def _page_of(text: str) -> tuple[int, int] | None:
    """(k, n) of a "Page k of n" marker in the text, when it is a sensible one (1 <= k <= n, n > 1)."""
    match = _patterns()["page_of"].search(text)
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
    return bool(_patterns()["number_text"].match(_norm_text(before))) or _page_of(before) is not None


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
    if own_host is not None and urlsplit(target).scheme and _host(target) != own_host:
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
        return _host(self.own) if self.own else None

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
    if number is None or number > _patterns()["max_page_number"]:
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
    if _norm_url(target) == _norm_url(scope.own or "") or _has_marker(element):
        return None
    return _Candidate(target, marker[0] + 1, "continue", element, marker_page=marker[0])


def _candidates(tree: lxml.html.HtmlElement, own: str | None, base: str | None) -> list[_Candidate]:
    links = [(el, _link_kind(el)) for el in tree.iter("a") if el.get("href")]
    teasers = {el.get("href", "").strip() for el, kind in links if kind is not None and kind[0] == "continue"}
    if len(teasers) > 1:  # "Continue reading" to several places: a list of teasers, not a paged article
        links = [(el, kind) for el, kind in links if kind is None or kind[0] != "continue"]
    links += [(el, ("rel", None)) for el in tree.iter("link") if "next" in _tokens(el.get("rel"))]
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
    markers = _patterns()["current_markers"]
    for el in container.iter():
        if el is container or not isinstance(el.tag, str):
            continue
        if _tokens(el.get("class")) & markers or el.get("aria-current"):
            number = _patterns()["number_text"].match(_norm_text(el.text_content()))
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


# --- group_pages -----------------------------------------------------------------------------------


def _file_key(path: str) -> tuple[str, str]:
    """(folder, file name without .gz): a link's target file name is compared in the same folder."""
    folder, name = os.path.split(os.path.normpath(path))
    return folder, re.sub(r"\.gz$", "", name, flags=re.I).casefold()


def _self_url(page: ParsedPage) -> str | None:
    # metadata reads the address a page's own bar marks as current (People's Daily common_current_page)
    return getattr(page.meta, "self_url", None)


def _page_urls(page: ParsedPage) -> list[str]:
    urls = (page.url, page.meta.canonical, _self_url(page))
    return [u for u in urls if u and _parses(u) and urlsplit(u).scheme in ("http", "https")]


class _Index:
    """Ways a link can name a given page: URL, file name in the folder, last path segment on the site."""

    def __init__(self, pages: list[ParsedPage]):
        canon_count: dict[str, int] = {}
        for page in pages:
            if page.meta.canonical:
                key = _norm_url(page.meta.canonical)
                canon_count[key] = canon_count.get(key, 0) + 1
        self.by_url: dict[str, int] = {}
        self.by_file: dict[tuple[str, str], int] = {}
        self.by_slug: dict[tuple[str, str], int] = {}
        for i, page in enumerate(pages):
            for u in _page_urls(page):
                shared = u == page.meta.canonical and u != page.url and canon_count.get(_norm_url(u), 0) > 1
                if not shared:  # a canonical that several pages carry names none of them
                    self.by_url.setdefault(_norm_url(u), i)
                    self.by_slug.setdefault((_host(u), _slug(urlsplit(u).path) or ""), i)
            if not page.source.startswith(("http://", "https://", "jsonl:")):
                self.by_file.setdefault(_file_key(page.source), i)
                own = _self_url(page)
                if own and _parses(own) and not urlsplit(own).scheme:  # as written: matches links written the same way
                    self.by_file.setdefault((_file_key(page.source)[0], urlsplit(own).path.casefold()), i)

    def find(self, link: str, page: ParsedPage) -> int | None:
        if not _parses(link):
            return None
        path = urlsplit(link).path
        name = _segments(path)[-1] if _segments(path) else ""
        folder = _file_key(page.source)[0]
        hits = [
            self.by_url.get(_norm_url(link)) if urlsplit(link).scheme else None,
            self.by_file.get((folder, name.casefold())) if name else None,
            self.by_file.get((folder, path.casefold())) if path.startswith("/") else None,
            self.by_slug.get((_host(link), _slug(path) or "")) if urlsplit(link).scheme else None,
        ]
        return next((h for h in hits if h is not None), None)


def _successors(pages: list[ParsedPage]) -> dict[int, int]:
    """page index -> index of its next page; each page is claimed once, first claimer in input order."""
    index = _Index(pages)
    succ: dict[int, int] = {}
    claimed: set[int] = set()
    for i, page in enumerate(pages):
        for link in page.next_links:
            j = index.find(link, page)
            if j is not None and j != i:
                if j not in claimed:
                    succ[i] = j
                    claimed.add(j)
                break
    return succ


def _chains(count: int, succ: dict[int, int]) -> list[list[int]]:
    claimed = set(succ.values())
    starts = [i for i in range(count) if i not in claimed] + list(range(count))  # cycles last
    seen: set[int] = set()
    chains = []
    for start in starts:
        chain = []
        i: int | None = start
        while i is not None and i not in seen:
            seen.add(i)
            chain.append(i)
            i = succ.get(i)
        if chain:
            chains.append(chain)
    return chains


def title_key(text: str | None) -> str:
    """A title with page suffixes (' page 2', '（1/2 ページ）') and a ' | Site' tail removed, normalised."""
    text = (text or "").strip()
    for _ in range(2):
        for pattern in _patterns()["title_page_suffixes"]:
            text = pattern.sub("", text)
        text = re.split(r"\s+[|–—]\s+", text)[0] if re.search(r"\s+[|–—]\s+", text) else text
    return _norm_text(text)


def _page_title(page: ParsedPage) -> str:
    titles = [b.text for b in page.blocks if b.section == "title"]
    return title_key(page.meta.title or (titles[0] if titles else None))


def _numbers_from_links(group: list[int], pages: list[ParsedPage]) -> dict[int, int] | None:
    """Ars rule: the page whose first next link is page n is page n-1; the one without one is the last."""
    numbers: dict[int, int] = {}
    last = [i for i in group if not pages[i].next_links]
    for i in group:
        if pages[i].next_links:
            number = page_of_url(pages[i].next_links[0])[1]
            if number is None:
                return None
            numbers[i] = number - 1
    if len(last) != 1:
        return None
    numbers[last[0]] = len(group)
    return numbers if sorted(numbers.values()) == list(range(1, len(group) + 1)) else None


def _same_article_groups(chains: list[list[int]], pages: list[ParsedPage]) -> list[list[int]]:
    """Join single pages that share canonical and title and number themselves 1..k (best effort)."""
    clusters: dict[tuple[str, str], list[int]] = {}
    for chain in chains:
        page = pages[chain[0]]
        if len(chain) == 1 and page.meta.canonical and _page_title(page):
            clusters.setdefault((_norm_url(page.meta.canonical), _page_title(page)), []).append(chain[0])
    joined: dict[int, list[int]] = {}
    for group in clusters.values():
        numbers = _numbers_from_links(group, pages) if len(group) > 1 else None
        if numbers:
            joined[min(group)] = sorted(group, key=numbers.__getitem__)
    done = {i for group in joined.values() for i in group}
    out = []
    for chain in chains:
        if chain[0] in joined:
            out.append(joined[chain[0]])
        elif not (len(chain) == 1 and chain[0] in done):
            out.append(chain)
    return out


def group_pages(pages: list[ParsedPage]) -> list[list[ParsedPage]]:
    """Saved pages -> articles, each a list of pages in order. Pages are linked when a page's next link
    names another given page (same file name in the same folder, same URL or canonical, or same last path
    segment). Every other page is an article of its own. Order of articles follows the input order."""
    chains = _same_article_groups(_chains(len(pages), _successors(pages)), pages)
    chains.sort(key=min)
    return [[pages[i] for i in chain] for chain in chains]


# --- stitch ----------------------------------------------------------------------------------------


def _block_key(block: TextBlock) -> str:
    return " ".join(block.text.split())


def _tail_keys(blocks: list[TextBlock], repeated: set[str]) -> set[str]:
    """The run of repeated blocks that ends the page: where site furniture sits."""
    tail: set[str] = set()
    for block in reversed(blocks):
        if _block_key(block) not in repeated:
            break
        tail.add(_block_key(block))
    return tail


def _boilerplate(pages: list[list[TextBlock]]) -> set[str]:
    """Repeated blocks that are in the tail of every page that has them."""
    on_pages: dict[str, int] = {}
    for blocks in pages:
        for key in {_block_key(b) for b in blocks}:
            on_pages[key] = on_pages.get(key, 0) + 1
    repeated = {k for k, n in on_pages.items() if n > 1}
    in_tail: dict[str, int] = {}
    for blocks in pages:
        for key in _tail_keys(blocks, repeated):
            in_tail[key] = in_tail.get(key, 0) + 1
    return {k for k in repeated if in_tail.get(k, 0) == on_pages[k]}


def _article_titles(pages: list[list[TextBlock]]) -> tuple[int, list[str]]:
    """(index of the page whose title blocks are the article's, their texts). With no title block
    anywhere, page 1's first block stands in: fragments open with the headline as a bare line."""
    for index, blocks in enumerate(pages):
        titles = [b.text for b in blocks if b.section == "title"]
        if titles:
            return index, titles
    first = next((blocks[0] for blocks in pages if blocks), None)
    return 0, [first.text] if first else []


def _without_title(block: TextBlock, titles: list[str]) -> TextBlock | None:
    """A later page's block with the repeated title removed: None when it is the title (also as
    "... page 2"); cut when the title line was run into the first paragraph ("Title Jiangsu province...")."""
    if block.section == "title" or title_key(block.text) in {title_key(t) for t in titles} - {""}:
        return None
    for title in titles:
        if len(title) > 10 and block.text.startswith(title + " "):
            return TextBlock(block.section, block.text[len(title) :].strip())
    return block


def _without_repeated_pages(pages: list[list[TextBlock]]) -> list[list[TextBlock]]:
    """A page whose blocks are exactly an earlier page's (a site serving page 1 again as page 2) adds
    nothing; left in, every block would look repeated on every page and be dropped as furniture."""
    seen: set[tuple[str, ...]] = set()
    out = []
    for blocks in pages:
        keys = tuple(_block_key(b) for b in blocks)
        out.append([] if keys in seen else blocks)
        seen.add(keys)
    return out


def stitch(pages: list[list[TextBlock]]) -> list[tuple[int, TextBlock]]:
    """Pages' blocks -> (1-based page number, block) in reading order, with blocks that repeat on
    several pages (site boilerplate, the repeated title and lead) kept once, on the first page."""
    if len(pages) < 2:
        return [(1, block) for blocks in pages for block in blocks]
    pages = _without_repeated_pages(pages)
    title_page, titles = _article_titles(pages)
    drop = _boilerplate(pages)
    seen_on: dict[str, int] = {}
    out = []
    for index, blocks in enumerate(pages):
        for block in blocks:
            key = _block_key(block)
            if key in drop or seen_on.get(key, index) != index:
                continue
            kept = _without_title(block, titles) if index > title_page else block
            if kept is None:
                continue  # the article has one title: the first page's
            seen_on[key] = index
            out.append((index + 1, kept))
    return out
