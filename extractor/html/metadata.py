"""Page metadata: title, canonical URL, the page's own URL, declared language, and publication date.

The first stage that reads the parsed tree: the title is worked out here, once, and handed to the
cleaner (clean.py), which keeps it as the article's title block. The publication date is pubdate.py's.

Title: the <h1> that matches og:title or <title>, else og:title, else the first substantial <h1>, else
<title> without the site name; a "page 2" suffix is dropped so all pages of an article share one title.
A fragment with no title element gets its title from its first line in the cleaner (pipeline.parse_page).
Marker lists and labels live in data/selectors.json.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from urllib.parse import urljoin

import lxml.html

from .dom import match_key, meta_content, norm_space, selectors
from .pubdate import published_date

__all__ = ["PageMeta", "page_title", "read_metadata", "strip_site_name"]


@dataclass(frozen=True)
class PageMeta:
    title: str | None = None
    canonical: str | None = None  # absolute URL from <link rel=canonical> or og:url, else None
    published: dt.date | None = None
    language: str | None = None  # from <html lang>, e.g. "en"
    self_url: str | None = None  # the page's own URL as the page marks it (current page link), maybe relative
    published_month: str | None = None  # "YYYY-MM" when only the month is known (URL /2016/08/)
    # True when `published` came from htmldate's search, not from a date the page states as its own: a home
    # page has dates too (its newest teaser's), so such a date does not make a page an article (page_kind)
    published_searched: bool = False


# ---------------------------------------------------------------- title


def strip_site_name(title: str, site_name: str | None = None) -> str:
    """ "Story headline | Site" -> "Story headline": drop the site name, else the shorter side parts."""
    title = norm_space(title)
    for sep in selectors()["title_separators"]:
        if sep not in title:
            continue
        parts = [p.strip() for p in title.split(sep)]
        if site_name and match_key(site_name) in {match_key(parts[0]), match_key(parts[-1])}:
            parts = parts[1:] if match_key(parts[0]) == match_key(site_name) else parts[:-1]
            return sep.join(parts)
        # The headline is the long part; site and section names are short.
        best = max(parts, key=len)
        if len(best.split()) >= 3 or len(best) >= 15:
            return best
    return title


def page_title(tree) -> str | None:
    """The article's headline: the <h1> that matches og:title or <title>, else og:title, else the first
    substantial <h1>, else <title> without the site name. None when the page names no title.
    A "page 2" / "(2/3 ページ)" suffix is dropped, so all pages of an article share one title."""
    title = _page_title(tree)
    if title:
        title = selectors()["title_page_suffix"].sub("", title).strip() or title
    return title


def _page_title(tree) -> str | None:
    site = meta_content(tree, "og:site_name", "application-name")
    og = meta_content(tree, "og:title", "twitter:title")
    head_title = norm_space(tree.findtext(".//title"))
    stripped = [strip_site_name(t, site) for t in (og, head_title) if t]
    h1s = [norm_space(h.text_content()) for h in tree.iter("h1")]
    h1s = [h for h in h1s if h]
    keys = {match_key(t) for t in stripped} | {match_key(t) for t in (og, head_title) if t}
    for h in h1s:
        k = match_key(h)
        if k and (k in keys or any(k in t and len(k) > 0.5 * len(t) for t in keys)):
            return h
    if stripped:
        return stripped[0]
    for h in h1s:
        if len(h.split()) >= 3:
            return h
    return None


# ---------------------------------------------------------------- URLs, language


def _canonical(tree, url: str | None) -> str | None:
    href = None
    for link in tree.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and (link.get("href") or "").strip():
            href = link.get("href").strip()
            break
    href = href or meta_content(tree, "og:url")
    if not href:
        return None
    href = _joined(url, href) if url else href
    return href if href and re.match(r"^https?://", href) else None


_PAGE_NUMBER = re.compile(r"^\W*\d{1,3}\W*$")


def _self_url(tree, url: str | None) -> str | None:
    """The link a pagination bar marks as the current page (<a class="common_current_page">【1】</a>):
    the page's own address when the saved file does not say it otherwise."""
    marker = selectors()["current_page_marker"]
    for a in tree.iter("a"):
        href = (a.get("href") or "").strip()
        if (
            href
            and not href.startswith(("#", "javascript:"))
            and marker.search(a.get("class") or "")
            and _PAGE_NUMBER.match(a.text_content() or "")
        ):
            return _joined(url, href) if url else href
    return None


def _joined(url: str, href: str) -> str | None:
    """urljoin, or None for an href it cannot parse ("http://[::1/x"): a hostile page's link names no page."""
    try:
        return urljoin(url, href)
    except ValueError:
        return None


def _language(tree) -> str | None:
    root = tree.getroottree().getroot()
    lang = (
        root.get("lang")
        or root.get("{http://www.w3.org/XML/1998/namespace}lang")
        or meta_content(tree, "og:locale", "language", "content-language", "dc.language")
    )
    if not lang:
        for m in tree.iter("meta"):
            if (m.get("http-equiv") or "").lower() == "content-language":
                lang = m.get("content")
                break
    lang = re.split(r"[-_,; ]", lang.strip())[0].lower() if lang and lang.strip() else None
    return lang if lang and re.fullmatch(r"[a-z]{2,3}", lang) else None


def read_metadata(tree: lxml.html.HtmlElement, url: str | None = None) -> PageMeta:
    """Title (og:title, <h1>, <title>), canonical URL, and publication date from meta
    article:published_time, JSON-LD datePublished, <time datetime>, a date pattern in the URL
    (/2021/0508/, /2019/nov/18/, /2016/08/...), or the dateline under the headline.
    `title` is None when the page names none (a fragment: its first line may be the title, which the
    cleaner reads)."""
    canonical = _canonical(tree, url)
    self_url = _self_url(tree, url)
    title = page_title(tree)
    published, month, searched = published_date(tree, [url, canonical, self_url], title)
    return PageMeta(
        title=title,
        canonical=canonical,
        published=published,
        language=_language(tree),
        self_url=self_url,
        published_month=month,
        published_searched=searched,
    )
