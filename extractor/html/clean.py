"""HTML -> the article's own text blocks (title, body paragraphs, captions), with lxml.

Runs after metadata.py and is given the page's title (worked out there, once). The steps, one module each
(ideas from readability and trafilatura, our own compact version):
1. prune.py: a copy of the tree without scripts, styles, form widgets, nav/aside/footer, and elements
   whose class/id marks them as boilerplate (share bars, comments, related lists...), unless they hold
   most of the page's text (a site that calls its article wrapper "post-meta-content" still works);
2. blocks.py: the rest cut into text blocks at block-level tags and <br>s (and at line ends after a
   full stop in loose text, for pages that separate paragraphs by bare newlines);
3. containers.py: containers scored by the paragraphs they hold (length, commas, link density, class
   hints); the best container is kept plus the siblings that look like more of the same article;
4. here: link-heavy and boilerplate-looking blocks and the repeated headline dropped, captions labelled.
A fragment with no title element takes its first line as the title when it reads as a headline.
Selectors and boilerplate markers live in data/selectors.json, not in code.
"""

from __future__ import annotations

import copy
import html as html_lib
import re
from dataclasses import dataclass
from typing import Literal

import lxml.html

from .blocks import CREDIT_CHARS, RawBlock, collect, credit_line
from .containers import choose, inside, lead_blocks, text_stats
from .dom import END_PUNCT, jsonld_article_body, match_key, norm_space, selectors
from .prune import prune

__all__ = ["Section", "TextBlock", "clean_page", "first_line_title"]

Section = Literal["title", "body", "caption"]


@dataclass(frozen=True)
class TextBlock:
    """One paragraph of article text, whitespace-normalised, never empty."""

    section: Section
    text: str


def _link_heavy_container(b: RawBlock, root_el, chars, links) -> bool:
    """A list or box of links inside the article (related stories, tags) rather than prose."""
    el = b.owner
    while el is not None and el is not root_el:
        n = chars.get(el, 0)
        if el.tag in ("ul", "ol", "div", "table", "section", "dl") and n and links.get(el, 0) > 0.5 * n:
            return True
        el = el.getparent()
    return False


def _keep(b: RawBlock, data) -> bool:
    n = len(b.text)
    if b.link_chars > 0.5 * n or (n < 80 and b.link_chars > 0.3 * n):
        return False
    if n < 120 and data["negative_text"].match(b.text):
        return False
    return not (n < _PROMO_CHARS and data["promo_text"].search(b.text))


_PROMO_CHARS = 250


def clean_page(tree: lxml.html.HtmlElement, title: str | None) -> list[TextBlock]:
    """The page's article text in reading order: its title block first (if any), then body paragraphs
    and photo captions. No navigation, pagination bars, bylines, scripts, styles or related-article lists.
    `title` is the page's headline as metadata.page_title reads it (None: the page names none, and a
    fragment's first line may be it). Must not modify `tree` (pagination reads it too)."""
    data = selectors()
    root = copy.deepcopy(tree.getroottree().getroot())
    prune(root, data)
    blocks = collect(root, data)
    if title is None:
        title = first_line_title([b.text for b in blocks if not b.caption])
    chars, links = text_stats(blocks)
    top, chosen = choose(blocks, data, chars, links)
    lead = lead_blocks(blocks, top)
    title_key = match_key(title) if title else None
    out = [TextBlock("title", title)] if title else []
    kept: list[tuple[RawBlock, TextBlock]] = []
    for b in blocks:
        holder = inside(b.owner, chosen) if chosen else root
        if holder is None and id(b) in lead:
            holder = b.owner
        if holder is None or not _keep(b, data):
            continue
        if match_key(b.text) == title_key or (b.heading and b.owner.tag == "h1"):
            continue  # the headline is the title block, not body text
        if not b.caption and _link_heavy_container(b, holder, chars, links):
            continue
        if _copyright_notice(b.text, data):
            continue
        caption = b.caption or credit_line(b.text, data)
        text = _without_expander(b.text, data)
        if text:
            kept.append((b, TextBlock("caption" if caption else "body", text)))
    blocks_out = [block for _, block in _without_dangling_tail(_once(kept))]
    return out + _script_body(tree, blocks_out, data)


def _without_expander(text: str, data) -> str:
    """A caption's expander control that survives as plain text ("September 12, … [+] 2016 in
    Washington, DC.", an element the pruner could not single out) cut out with its spaces."""
    if "[+]" not in text:
        return text
    return norm_space(data["expander_text"].sub(" ", text))


def _script_body(tree, blocks: list[TextBlock], data) -> list[TextBlock]:
    """Pages that render the story with a script hold its text only in their JSON-LD `articleBody`:
    the page shows a teaser or nothing. When that text is much longer than the body read from the
    page (twice as long and 1,000 characters at least), it is the body, one block per line."""
    text = jsonld_article_body(tree)
    if not text:
        return blocks
    if "&lt;" in text:  # the body's HTML, escaped once more
        text = html_lib.unescape(text)
    text = data["expander_text"].sub(" ", text)
    if "<" in text and ">" in text:  # some sites put the body's HTML there: a line per block element
        text = _BLOCK_START.sub(lambda m: "\n" + m.group(0), text)
        text = lxml.html.fragment_fromstring(text, create_parent="div").text_content()
    body = sum(len(b.text) for b in blocks if b.section == "body")
    if len(norm_space(text)) < max(_SCRIPT_BODY_CHARS, 2 * body):
        return blocks
    lines = [TextBlock("body", norm_space(line)) for line in text.splitlines() if line.strip()]
    return lines + [b for b in blocks if b.section == "caption"]


_SCRIPT_BODY_CHARS = 1000
_BLOCK_START = re.compile(r"<(?:p|br|li|h[1-6]|div|blockquote)\b", re.I)


def _copyright_notice(text: str, data) -> bool:
    """ "© 2020 ... All Rights Reserved": the publisher's notice, not the story's."""
    return len(text) < CREDIT_CHARS and bool(data["copyright_text"].search(text))


def _without_dangling_tail(kept: list[tuple[RawBlock, TextBlock]]) -> list[tuple[RawBlock, TextBlock]]:
    """Short headings and labels that end the body ("More topics", "Contact:", "Read also:") introduce
    site furniture that was cut below them: nothing of the article follows. Credit lines, sign-offs,
    list items and table cells (a fixture list, ticket prices) are the article's."""
    end = len(kept)
    while end and _dangling(*kept[end - 1]):
        end -= 1
    return kept[:end]


def _dangling(b: RawBlock, block: TextBlock) -> bool:
    text = block.text
    return (
        block.section == "body"
        and len(text) < 50
        and b.owner.tag not in ("li", "td", "th", "dd", "dt")
        and (b.heading or text.endswith((":", "：")))
    )


def _once(kept: list[tuple[RawBlock, TextBlock]]) -> list[tuple[RawBlock, TextBlock]]:
    """Each long paragraph once: pages that carry the story twice (a print copy beside the screen
    copy, a slide's text and the same text in a list) would otherwise give every fact twice. A copy is
    the same text in another box; within one box, and for short lines, list items and table cells, a
    repeat is the author's (interview questions, a meal plan's days)."""
    seen: dict[str, object] = {}
    out = []
    for b, block in kept:
        key = match_key(block.text)
        if len(key) >= _REPEAT_MIN_CHARS and b.owner.tag not in ("li", "td", "th", "dd", "dt"):
            box = b.owner.getparent()
            if seen.setdefault(key, box) is not box:
                continue
        out.append((b, block))
    return out


_REPEAT_MIN_CHARS = 150


def first_line_title(texts: list[str]) -> str | None:
    """For a fragment with no <title>/<h1>: a short first line without final punctuation that is
    followed by longer prose reads as the headline (how saved article fragments start)."""
    if len(texts) < 2:
        return None
    first = texts[0]
    words = len(first.split())
    if 3 <= words <= 30 and len(first) <= 200 and not first.endswith(END_PUNCT):
        if any(len(t) > 1.5 * len(first) for t in texts[1:4]):
            return first
    return None
