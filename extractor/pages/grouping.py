"""Grouping saved pages into articles (`group_pages`), by the next links each page carries.

Decisions:
- Page A links to page B when one of A's next links (tried in order, the first that names a given
  page wins) names B by: the same URL as B's url, canonical (unless several pages share it) or self URL (the
  link B's own bar marks as current, read by html/metadata.py); the same file name as B's file in the same folder (SPEC:
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
"""

from __future__ import annotations

import os
import re
from urllib.parse import urlsplit

from .page import ParsedPage
from .patterns import norm_url, page_of_url, parses, path_slug, segments, title_key, url_host

__all__ = ["group_pages"]


def _file_key(path: str) -> tuple[str, str]:
    """(folder, file name without .gz): a link's target file name is compared in the same folder."""
    folder, name = os.path.split(os.path.normpath(path))
    return folder, re.sub(r"\.gz$", "", name, flags=re.I).casefold()


def _self_url(page: ParsedPage) -> str | None:
    # metadata reads the address a page's own bar marks as current (People's Daily common_current_page)
    return getattr(page.meta, "self_url", None)


def _page_urls(page: ParsedPage) -> list[str]:
    urls = (page.url, page.meta.canonical, _self_url(page))
    return [u for u in urls if u and parses(u) and urlsplit(u).scheme in ("http", "https")]


class _Index:
    """Ways a link can name a given page: URL, file name in the folder, last path segment on the site."""

    def __init__(self, pages: list[ParsedPage]):
        canon_count: dict[str, int] = {}
        for page in pages:
            if page.meta.canonical:
                key = norm_url(page.meta.canonical)
                canon_count[key] = canon_count.get(key, 0) + 1
        self.by_url: dict[str, int] = {}
        self.by_file: dict[tuple[str, str], int] = {}
        self.by_slug: dict[tuple[str, str], int] = {}
        for i, page in enumerate(pages):
            for u in _page_urls(page):
                shared = u == page.meta.canonical and u != page.url and canon_count.get(norm_url(u), 0) > 1
                if not shared:  # a canonical that several pages carry names none of them
                    self.by_url.setdefault(norm_url(u), i)
                    self.by_slug.setdefault((url_host(u), path_slug(urlsplit(u).path) or ""), i)
            if not page.source.startswith(("http://", "https://", "jsonl:")):
                self.by_file.setdefault(_file_key(page.source), i)
                own = _self_url(page)
                if own and parses(own) and not urlsplit(own).scheme:  # as written: matches links written the same way
                    self.by_file.setdefault((_file_key(page.source)[0], urlsplit(own).path.casefold()), i)

    def find(self, link: str, page: ParsedPage) -> int | None:
        if not parses(link):
            return None
        path = urlsplit(link).path
        name = segments(path)[-1] if segments(path) else ""
        folder = _file_key(page.source)[0]
        hits = [
            self.by_url.get(norm_url(link)) if urlsplit(link).scheme else None,
            self.by_file.get((folder, name.casefold())) if name else None,
            self.by_file.get((folder, path.casefold())) if path.startswith("/") else None,
            self.by_slug.get((url_host(link), path_slug(path) or "")) if urlsplit(link).scheme else None,
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
            clusters.setdefault((norm_url(page.meta.canonical), _page_title(page)), []).append(chain[0])
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
