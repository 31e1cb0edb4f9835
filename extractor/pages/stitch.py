"""Stitching (`stitch`): the pages' blocks into one text, with what every page repeats kept once.

Decisions:
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

from ..html.clean import TextBlock
from .patterns import title_key

__all__ = ["stitch"]


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
