"""Text blocks, the cleaner's second step: the pruned tree cut into blocks at block-level tags and <br>s
(and at line ends after a full stop in loose text, for pages that separate paragraphs by bare newlines).
Inside a caption, an element marked as the photo's credit is a block of its own: written right after the
caption's last word, it would otherwise run into it ("a trip to MoroccoCredit: Alamy").

Each `RawBlock` keeps the block-level element it came from (its owner), its link characters, and whether
it sits in a caption or a heading: the container choice and the filters read them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import lxml.html

from .dom import END_PUNCT, marker_kind, markers, norm_space

__all__ = ["SENTENCE_END", "RawBlock", "collect"]


@dataclass
class RawBlock:
    """A block of the pruned page before the article is chosen."""

    text: str
    link_chars: int
    owner: lxml.html.HtmlElement  # the block-level element whose inline content this is
    caption: bool
    heading: bool


SENTENCE_END = tuple('.!?。！？…"”»')
_SENTENCE_END_NL = re.compile(r"(?<=[.!?。！？\"”’»)])[ \t\r]*\n")


class _Collector:
    """Accumulates inline text and cuts it into blocks at block boundaries."""

    def __init__(self) -> None:
        self.blocks: list[RawBlock] = []
        self.parts: list[tuple[str, bool]] = []

    def add(self, text: str | None, in_link: bool) -> None:
        if text:
            self.parts.append((text, in_link))

    def glued(self) -> bool:
        """The text so far ends in a word or a mark, no space: what comes next runs into it."""
        text = self.parts[-1][0] if self.parts else ""
        return bool(text) and not text[-1].isspace()

    def _split_leading_headline(self) -> None:
        """A loose text run that opens with a short line without final punctuation, then a line
        break, then longer text: that first line is a headline of its own (saved fragments)."""
        text, link = self.parts[0]
        head, nl, rest = text.lstrip().partition("\n")
        head = head.strip()
        if link or not nl or not head or len(head.split()) > 30 or head.endswith(END_PUNCT):
            return
        rest_len = len(rest) + sum(len(t) for t, _ in self.parts[1:])
        if len(head.split()) >= 3 and rest_len > 2 * len(head):
            self.parts[0:1] = [(head + "\n", False), ("\x00", False), (rest, False)]

    def flush(self, owner, caption: bool, heading: bool) -> None:
        if not self.parts:
            return
        loose = owner.tag not in ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "dd", "dt")
        pieces: list[list[tuple[str, bool]]] = [[]]
        if loose:
            self._split_leading_headline()
        for text, link in self.parts:
            if text == "\x00":  # the hard break _split_leading_headline puts in
                pieces.append([])
            elif loose and not link and "\n" in text:
                # bare text lines in a container: a line that ends a sentence ends a paragraph
                chunks = _SENTENCE_END_NL.split(text)
                pieces[-1].append((chunks[0], link))
                pieces.extend([[(c, link)] for c in chunks[1:]])
            else:
                pieces[-1].append((text, link))
        self.parts = []
        for piece in pieces:
            text = norm_space("".join(t for t, _ in piece))
            if text:
                links = sum(len(norm_space(t)) for t, link in piece if link)
                self.blocks.append(RawBlock(text, links, owner, caption, heading))


def _is_caption_box(el) -> bool:
    """A photo caption: marked so, and short (a page wrapper whose class happens to say "caption" is not)."""
    return el.tag not in ("body", "html") and "caption" in marker_kind(markers(el)) and len(el.text_content()) < 600


def _is_caption_credit(el, data, glued: bool) -> bool:
    """Inside a caption, the photo's credit in an element of its own (`<figcaption><span>... during a
    trip to Morocco</span><span class="article__credit">Credit: Alamy</span></figcaption>`, itemprop
    "copyrightHolder", `<span class="source">Reuters</span>`): it is a line of its own, or the caption's
    last word and the credit run together ("MoroccoCredit: Alamy") and the place is lost. An unmarked
    element counts when it reads as a credit and is `glued` to the caption's text before it
    (`...phenomenon.</span><span>Credit: Ou Dongqu/Xinhua/ZUMA</span>`); a spaced one is left in its
    line (a lone "Image:" label before the caption is no credit)."""
    marks = markers(el)
    if marks and data["caption_credit_marker"].search(_marker_words(marks)):
        return True
    return glued and credit_line(norm_space(el.text_content()), data)


def credit_line(text: str, data) -> bool:
    """A short line that credits a photo ("Foto: dpa", "Mikaela Shiffrin. © AFP / JEFF PACHOUD") is
    the picture's caption, wherever the page put it, not a paragraph of the story."""
    return len(text) < CREDIT_CHARS and bool(data["credit_text"].search(text))


CREDIT_CHARS = 200  # a credit line or a copyright notice is shorter


def _marker_words(marks: str) -> str:
    """Markers with BEM ("article__credit", "caption--source") and camelCase ("photoCopyright")
    names split into their words."""
    return _CAMEL_CASE.sub("-", marks).replace("__", "-").replace("--", "-")


_CAMEL_CASE = re.compile(r"(?<=[a-z])(?=[A-Z])")


def collect(root, data) -> list[RawBlock]:
    block_tags, caption_tags = data["block_tags"], data["caption_tags"]
    out = _Collector()

    def walk(el, owner, in_link: bool, caption: bool, heading: bool) -> None:
        tag = el.tag
        if tag == "br":
            out.flush(owner, caption, heading)
            return
        if tag in block_tags:
            out.flush(owner, caption, heading)
            owner = el
            caption = caption or tag in caption_tags or _is_caption_box(el)
            heading = heading or tag in ("h1", "h2", "h3", "h4", "h5", "h6")
        elif not caption and el.get("class") and _is_caption_box(el):
            out.flush(owner, caption, heading)
            walk_children(el, owner, in_link, True, heading)
            out.flush(owner, True, heading)
            return
        elif caption and _is_caption_credit(el, data, out.glued()):
            out.flush(owner, caption, heading)
            walk_children(el, owner, in_link or tag == "a", caption, heading)
            out.flush(owner, caption, heading)
            return
        walk_children(el, owner, in_link or tag == "a", caption, heading)
        if tag in block_tags:
            out.flush(owner, caption, heading)

    def walk_children(el, owner, in_link, caption, heading) -> None:
        out.add(el.text, in_link)
        for child in el:
            if isinstance(child.tag, str):
                walk(child, owner, in_link, caption, heading)
            out.add(child.tail, in_link)
        # the tail of a block child is flushed with `owner` at the next boundary

    body = root.find("body")
    walk(body if body is not None else root, root, False, False, False)
    out.flush(root, False, False)
    return out.blocks
