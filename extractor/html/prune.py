"""Pruning, the cleaner's first step: a copy of the tree without scripts, styles, form widgets, hidden
elements, furniture (<nav>, <aside>, <footer>) and elements whose markers say boilerplate (share bars,
comments, related lists).

Decisions:
- Tags go first, so that the size guard of the marker pass measures visible text, not scripts.
- An element that holds much of the page's prose is the article whatever its class or tag says
  (a WordPress <article class="category-news">, a story inside an unclosed <nav>).
- Wrappers of an element marked as the article body are never boilerplate.
- A box whose only boilerplate words say where it sits or what it carries besides its text
  ("post-bottom-content", "Section--Ads": selectors.json `layout_marker`) is boilerplate only when it
  holds no paragraph of prose. "header" is not such a word: the boxes it would free hold deks, which
  the article bodies of the articles benchmark leave out.
- A caption's expander control ("... [+]", selectors.json `expander_text`) is interface text, not caption.
"""

from __future__ import annotations

import lxml.etree

from .blocks import SENTENCE_END
from .dom import marker_kind, markers

__all__ = ["prune"]


def _is_hidden(el) -> bool:
    style = (el.get("style") or "").replace(" ", "").lower()
    return el.get("hidden") is not None or "display:none" in style or "visibility:hidden" in style


def _prose_chars(el, use_p: bool) -> int:
    """Characters of paragraph text under `el` (all its text on pages that hardly use <p>)."""
    if not use_p:
        return len(el.text_content())
    return sum(len(p.text_content()) for p in el.iter("p"))


def _is_boilerplate(el, data, page_chars: int, use_p: bool) -> bool:
    marks = markers(el)
    if not marks or el.tag in ("html", "body"):
        return False
    kind = marker_kind(marks)
    if "bad" not in kind:
        return False
    if "body" in kind and "strong_bad" not in kind:
        return False  # "article-body meta": the body marker is the stronger statement
    if "strong_bad" not in kind and data["article_part_marker"].search(marks):
        return False  # "article-header", "entry-header": the story's own header holds its lead
    if "strong_bad" not in kind and _only_layout(marks, data) and _holds_prose(el):
        return False  # a "recipe-header" or "post-bottom-content" with paragraphs is the story's own part
    # A wrapper that holds much of the page's prose is the article, whatever its classes say
    # (WordPress puts "category-news tag-x" on the <article> itself).
    return _prose_chars(el, use_p) < 0.4 * page_chars


def _only_layout(marks: str, data) -> bool:
    """True when every boilerplate word of the markers only says where the box sits ("header",
    "bottom"): without them, nothing marks it as boilerplate."""
    return not data["boilerplate_marker"].search(data["layout_marker"].sub(" ", marks))


def _holds_prose(el) -> bool:
    """A paragraph of running text: a site's header or bottom bar holds a logo, menus and short
    labels; a box with a paragraph of a full sentence or more (a lead, a recipe's intro) is article text."""
    for p in el.iter("p"):
        text = " ".join(p.text_content().split())
        if len(text) >= _PROSE_PARAGRAPH and text.endswith(SENTENCE_END):
            return True
    return False


_PROSE_PARAGRAPH = 80


def _empty_noscript(el) -> bool:
    """<noscript> holds tracking pixels and "enable JavaScript" notes, except on pages that render the
    story with a script and put its paragraphs there for readers without one."""
    return el.tag == "noscript" and sum(len(p.text_content()) for p in el.iter("p")) < 200


def prune(root, data) -> None:
    """Remove junk elements in place (root is our own copy), keeping their tail text. Tags first,
    so that the size guard of the class-marker pass measures visible text, not scripts."""
    for el in list(root.iter(lxml.etree.Comment, lxml.etree.ProcessingInstruction)):
        if el.getparent() is not None:
            el.drop_tree()
    _drop_where(root, lambda el: el.tag in data["drop_tags"] or _is_hidden(el) or _empty_noscript(el))
    _drop_expanders(root, data)
    use_p = _prose_chars(root, True) >= 300
    page_chars = _prose_chars(root, use_p)
    # <nav>, <aside>, <footer> are furniture, unless one holds most of the page's prose: an article
    # inside an unclosed <nav>, or a whole page wrapped in an <aside>
    furniture = data["furniture_tags"]
    _drop_where(root, lambda el: el.tag in furniture and _prose_chars(el, use_p) < max(0.4 * page_chars, 250))
    page_chars = _prose_chars(root, use_p)
    # Wrappers of an element the page marks as the article body (Blogger's "widget Blog" around
    # "post-body entry-content") are not boilerplate, whatever their own class says.
    holders = {
        a
        for el in root.iter()
        if isinstance(el.tag, str)
        and (el.get("class") or el.get("id") or el.get("itemprop"))
        and "body" in marker_kind(markers(el))
        for a in el.iterancestors()
    }
    _drop_where(root, lambda el: el not in holders and _is_boilerplate(el, data, page_chars, use_p))


def _drop_expanders(root, data) -> None:
    """A caption's expander control is interface text: an element holding only an ellipsis and "[+]"
    (`<span class="plus">... [+]</span>`) cuts "you can try one ... [+] with synthetic stuffing instead"
    in two. It goes, and leaves a space so that the words on either side stay apart."""
    rx = data["expander_text"]
    for el in list(root.iter()):
        text = el.text
        if not text or "[+]" not in text or len(el) or not isinstance(el.tag, str) or el.getparent() is None:
            continue
        if rx.fullmatch(text.strip()):
            el.tail = " " + (el.tail or "")
            el.drop_tree()


def _drop_where(root, test) -> None:
    """Top-down: drop each element that passes `test`, without looking inside dropped ones."""
    stack = [root]
    while stack:
        el = stack.pop()
        for child in list(el):
            if not isinstance(child.tag, str):
                continue
            if test(child):
                child.drop_tree()
            else:
                stack.append(child)
