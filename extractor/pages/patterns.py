"""What every pagination step compares by: the patterns of data/pagination.json, link texts and titles in
normal form, and what a URL says about the page it names (its host, slug and page number).

Decisions:
- Link texts are compared casefolded with arrows, brackets and punctuation removed ('Next →' -> 'next').
- Scheme, www., fragment and trailing slash do not make a different page (`norm_url`).
- A URL's page number is in its query (`?page=2`) or its path (`/2/`, `-2.html`, `-p2`, `/seite-2`); the
  slug is the last path segment without extension and without that number (`page_of_url`).
- A title is compared without page suffixes (' page 2', '（1/2 ページ）') and a ' | Site' tail (`title_key`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import parse_qsl, unquote, urlsplit

from ..data import load

__all__ = [
    "norm_text",
    "norm_url",
    "page_of_url",
    "parses",
    "load_patterns",
    "segments",
    "path_slug",
    "strip_ext",
    "title_key",
    "tokens",
    "url_host",
]


@lru_cache(maxsize=1)
def load_patterns() -> dict:
    raw = load("pagination")
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


def norm_text(text: str) -> str:
    """'Next →' -> 'next', '【2】' -> '2'; link texts are compared in this form."""
    return " ".join(_PUNCT.sub(" ", text.casefold()).split())


_NOT_TOKEN = re.compile(r"[^a-z0-9]+")


def tokens(value: str | None) -> set[str]:
    return set(_NOT_TOKEN.split((value or "").casefold())) - {""}


# --- URLs ------------------------------------------------------------------------------------------


def parses(url: str) -> bool:
    """Whether urlsplit takes the URL: a hostile page's "http://[::1/x" names no page and is skipped."""
    try:
        urlsplit(url)
    except ValueError:
        return False
    return True


def url_host(url: str) -> str:
    host = (urlsplit(url).hostname or "") if parses(url) else ""
    return host[4:] if host.startswith("www.") else host


def norm_url(url: str) -> str:
    """Scheme, www., fragment and trailing slash do not make a different page."""
    parts = urlsplit(url)
    path = parts.path.rstrip("/") or "/"
    return f"{url_host(url)}{path}" + (f"?{parts.query}" if parts.query else "")


_EXTENSION = re.compile(r"(\.s?html?|\.php\d?|\.aspx?|\.jsp)?(\.gz)?$", re.I)


def strip_ext(name: str) -> str:
    return _EXTENSION.sub("", name)


def segments(path: str) -> list[str]:
    return [unquote(s) for s in path.split("/") if s]


def path_slug(path: str) -> str | None:
    """The last path segment without extension; with the one before it when it is bare digits (Ars /2/)."""
    segs = segments(path)
    if not segs:
        return None
    last = strip_ext(segs[-1]).casefold()
    if last.isdigit() and len(segs) > 1:
        return f"{segs[-2].casefold()}/{last}"
    return last


@lru_cache(maxsize=4096)  # a crawl asks about the same few URLs (this page, its bar's links) many times
def page_of_url(url: str) -> tuple[str | None, int | None]:
    """(slug with the page marker removed, page number the URL names or None)."""
    if not parses(url):
        return None, None
    parts = urlsplit(url)
    keys = load_patterns()["url_page_query_keys"]
    query = parse_qsl(parts.query, keep_blank_values=True)
    for key, value in query:
        if key.casefold() in keys and value.isdigit():
            return path_slug(parts.path), int(value)
    for pattern in load_patterns()["url_page_patterns"]:
        match = pattern.search(parts.path)
        if match:
            return path_slug(parts.path[: match.start()] + parts.path[match.end() :]), int(match["n"])
    return path_slug(parts.path), None


# --- titles ----------------------------------------------------------------------------------------


def title_key(text: str | None) -> str:
    """A title with page suffixes (' page 2', '（1/2 ページ）') and a ' | Site' tail removed, normalised."""
    text = (text or "").strip()
    for _ in range(2):
        for pattern in load_patterns()["title_page_suffixes"]:
            text = pattern.sub("", text)
        text = re.split(r"\s+[|–—]\s+", text)[0] if re.search(r"\s+[|–—]\s+", text) else text
    return norm_text(text)
