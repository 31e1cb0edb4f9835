"""The stages in order, one function each, read top to bottom:

bytes -> tree (html.dom.parse_html) -> metadata (html.metadata, the title worked out once) -> blocks
(html.clean, given the title) -> pages (pages/: next links, grouping, stitching) -> article (build_article)
-> facts (facts.py) -> records (models.Article).

Plain functions; only cli.py and batch/ know about files, processes and the terminal.

Work per article is bounded: facts are looked for in the first `max_text` characters of the article text
(settings.max_text(), `--max-text`), cut back to the last sentence end, else space, before that point. The
record keeps the whole text and says where facts stopped (`facts_cut_at`); facts before the cut are those
the article's text up to the cut would give. No real article comes near the default; a page of megabytes of
text would otherwise keep a process busy for minutes.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from .errors import ExtractionError, NotArticleError
from .facts import extract_facts
from .html.clean import TextBlock, clean_page
from .html.dom import parse_html
from .html.metadata import PageMeta, read_metadata
from .html.page_kind import verdict
from .html.pubdate import text_dateline_date, text_signoff_date
from .language import SUPPORTED, article_language, rules_apply
from .models import Article, Block, PageRef
from .pages.links import next_page_links
from .pages.page import ParsedPage
from .pages.stitch import stitch
from .settings import max_text as configured_max_text
from .sources import RawPage

__all__ = ["BLOCK_SEPARATOR", "article_doc_id", "build_article", "cut_point", "parse_page", "text_article"]

BLOCK_SEPARATOR = "\n\n"
_BLANK_LINES = re.compile(r"\n[ \t]*\n")
_SENTENCE_END = re.compile(r"[.!?。！？]\s+|\n")
# how far back from the cap a sentence end or space is looked for before cutting mid-word
_CUT_LOOKBACK = 10_000


def parse_page(html: str, source: str, url: str | None = None) -> ParsedPage:
    """Parse a page once and read everything later stages need from the tree."""
    tree = parse_html(html)
    meta = read_metadata(tree, url)
    blocks = clean_page(tree, meta.title)
    meta = _with_fragment_title(meta, blocks)
    return ParsedPage(
        source=source,
        url=url,
        meta=meta,
        blocks=blocks,
        next_links=next_page_links(tree, url or meta.canonical),
        not_article=verdict(tree, blocks, meta),
    )


def _with_fragment_title(meta: PageMeta, blocks: list[TextBlock]) -> PageMeta:
    """A page that names no title (a saved fragment) takes the title block the cleaner read from its
    first line, if any."""
    if meta.title is not None:
        return meta
    title = blocks[0].text if blocks and blocks[0].section == "title" else None
    return dataclasses.replace(meta, title=title)


def build_article(
    pages: list[ParsedPage],
    doc_id: str | None = None,
    reference_date: dt.date | None = None,
    with_facts: bool = True,
    languages: frozenset[str] | None = SUPPORTED,
    max_text: int | None = None,
) -> Article:
    """Stitch an article's pages (in order) into one Article record, with its facts unless told not to.
    Facts are found only in articles whose language is in `languages` (None: any language), in the first
    `max_text` characters of its text (None: settings.max_text()). Raises NotArticleError when page 1 is an
    error or index page (later pages of an article are not judged)."""
    first = pages[0]
    if first.not_article:
        raise NotArticleError(first.source, first.not_article)
    text, blocks = _join(stitch([p.blocks for p in pages]))
    published = first.meta.published
    refs = [PageRef(page=n, url=p.url, source=p.source) for n, p in enumerate(pages, start=1)]
    title = first.meta.title or next((text[b.start_char : b.end_char] for b in blocks if b.section == "title"), None)
    return _assemble(
        text,
        blocks,
        refs,
        doc_id=doc_id or article_doc_id(pages),
        url=first.url or first.meta.canonical,
        title=title,
        published=published,
        reference_date=reference_date or published,
        declared_language=first.meta.language,
        facts_for=languages if with_facts else frozenset(),
        max_text=max_text,
    )


def article_doc_id(pages: list[ParsedPage]) -> str:
    """SPEC's doc_id of saved or fetched pages: the canonical URL, else page 1's URL, else its path."""
    first = pages[0]
    return first.meta.canonical or first.url or first.source


def text_article(
    page: RawPage,
    doc_id: str,
    reference_date: dt.date | None = None,
    with_facts: bool = True,
    languages: frozenset[str] | None = SUPPORTED,
    max_text: int | None = None,
) -> Article:
    """An article handed in as ready text: no HTML stage, and its characters are kept exactly, since the
    caller may hold offsets into it. Paragraphs are the stretches between blank lines. Its language is
    told from the text alone (no markup declares it). Its publication date is the one its own dateline or byline
    states, if any (text_dateline_date), else the one a wire sign-off at its end states (text_signoff_date): the
    reference date when none is given."""
    text = page.text or ""
    published = text_dateline_date(text) or text_signoff_date(text)
    refs = [PageRef(page=1, url=page.url, source=page.source)]
    return _assemble(
        text,
        _text_blocks(text),
        refs,
        doc_id=doc_id,
        url=page.url,
        title=None,
        published=published,
        reference_date=reference_date or published,
        declared_language=None,
        facts_for=languages if with_facts else frozenset(),
        max_text=max_text,
    )


def _assemble(
    text: str,
    blocks: list[Block],
    pages: list[PageRef],
    *,
    doc_id: str,
    url: str | None,
    title: str | None,
    published: dt.date | None,
    reference_date: dt.date | None,
    declared_language: str | None,
    facts_for: frozenset[str] | None,
    max_text: int | None,
) -> Article:
    """`facts_for`: the languages whose articles get facts (None: all; empty: no facts, e.g. `extractor text`)."""
    if not text.strip():
        raise ExtractionError(pages[0].source, "no article text found")
    language = article_language(text, declared_language)
    facts, cut = None, None
    if facts_for is None or facts_for:
        # an article in a language the rules are not for keeps its record, with no facts (cli.py says so)
        if rules_apply(language, facts_for):
            cut = cut_point(text, configured_max_text() if max_text is None else max_text)
            read = blocks if cut is None else _blocks_before(text, blocks, cut)
            facts = extract_facts(text, read, doc_id, reference_date)
        else:
            facts = []
    return Article(
        doc_id=doc_id,
        url=url,
        title=title,
        published=published.isoformat() if published else None,
        language=language,
        pages=pages,
        text=text,
        blocks=blocks,
        facts=facts,
        facts_cut_at=cut,
    )


def cut_point(text: str, limit: int) -> int | None:
    """Where facts stop in a text longer than `limit` characters: after the last sentence end (or line
    break) in the last few thousand characters before the limit, else after the last space there, else at
    the limit. None when the whole text is read."""
    if len(text) <= limit:
        return None
    low = max(0, limit - _CUT_LOOKBACK)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, low, limit)]
    if ends:
        return ends[-1]
    space = text.rfind(" ", low, limit)
    return space + 1 if space >= 0 else limit


def _blocks_before(text: str, blocks: list[Block], cut: int) -> list[Block]:
    """The blocks, or the parts of them, that lie before `cut` (trailing white space left out)."""
    kept = []
    for block in blocks:
        if block.start_char >= cut:
            break  # blocks are in text order
        end = min(block.end_char, cut)
        end = block.start_char + len(text[block.start_char : end].rstrip())
        if end > block.start_char:
            kept.append(block.model_copy(update={"end_char": end}))
    return kept


def _join(numbered: list[tuple[int, TextBlock]]) -> tuple[str, list[Block]]:
    parts: list[str] = []
    blocks: list[Block] = []
    offset = 0
    for page, block in numbered:
        if parts:
            offset += len(BLOCK_SEPARATOR)
        parts.append(block.text)
        blocks.append(Block(section=block.section, page=page, start_char=offset, end_char=offset + len(block.text)))
        offset += len(block.text)
    return BLOCK_SEPARATOR.join(parts), blocks


def _text_blocks(text: str) -> list[Block]:
    blocks, start = [], 0
    for match in [*_BLANK_LINES.finditer(text), None]:
        end = match.start() if match else len(text)
        chunk = text[start:end]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            blocks.append(Block(section="body", page=1, start_char=start + lead, end_char=start + len(chunk.rstrip())))
        start = match.end() if match else len(text)
    return blocks
