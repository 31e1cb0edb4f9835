"""Choosing the article, the cleaner's third step: containers scored by the paragraphs they hold
(length, commas, link density, class hints); the best one is kept with the other chunks of a split body
and the siblings that look like more of the same article, and the lead that sits beside it.

Ideas from readability (paragraph scores flowing to parent, grandparent and great-grandparent; good
siblings) and trafilatura, in our own compact version.
"""

from __future__ import annotations

import re

from .blocks import SENTENCE_END, RawBlock
from .dom import marker_kind, markers, selectors

__all__ = ["choose", "inside", "lead_blocks", "text_stats"]

_P_LIKE = frozenset({"p", "pre", "blockquote", "li", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th"})
_TAG_PRIOR = {
    "div": 5,
    "article": 8,
    "main": 5,
    "section": 2,
    "td": 3,
    "pre": 3,
    "blockquote": 3,
    "form": -3,
    "ul": -3,
    "ol": -3,
    "dl": -3,
    "li": -3,
    "th": -5,
    "table": -1,
    "h1": -5,
    "h2": -5,
    "h3": -5,
    "h4": -5,
    "h5": -5,
    "h6": -5,
}


_BODY_PROSE = 500


def _paragraph_score(text: str) -> float:
    """A paragraph's weight as article evidence: readability's commas-and-length measure."""
    return 1 + len(re.findall(r"[,，、]", text)) + min(len(text) / 100, 3)


def _class_weight(el, data, prose: int) -> float:
    """What the element's markers say, as score. A box that calls itself the article body but holds
    a line or two (a teaser's "detail-content", an empty "article-body" beside the real one) earns
    the article-body bonus only in proportion to its prose: a paragraph of 500 characters earns it all."""
    marks = markers(el)
    if not marks:
        return 0
    weight = 0.0
    kind = marker_kind(marks)
    if "body" in kind:
        weight += 40 * min(1.0, prose / _BODY_PROSE)
    elif "keep" in kind:
        weight += 15 * min(1.0, prose / _BODY_PROSE)
    if "bad" in kind:
        weight -= 25
    return weight


def choose(blocks: list[RawBlock], data, chars: dict, links: dict) -> tuple[object | None, set]:
    """The best-scored container and the elements whose blocks form the article: it, the other chunks
    of a split body, and its good siblings. Paragraph scores flow to the containers above them."""
    scores: dict = {}
    prose: dict = {}
    scored = [b for b in blocks if not (b.caption or b.heading or len(b.text) < 25 or b.link_chars > 0.5 * len(b.text))]
    for b in scored:
        for el in b.owner.iterancestors():
            prose[el] = prose.get(el, 0) + len(b.text)
        prose[b.owner] = prose.get(b.owner, 0) + len(b.text)
    for b in scored:
        el = b.owner.getparent() if b.owner.tag in _P_LIKE else b.owner
        s = _paragraph_score(b.text)
        for div in (1, 2, 6):  # parent, grandparent, great-grandparent
            if el is None:
                break
            if el not in scores:
                scores[el] = _TAG_PRIOR.get(el.tag, 0) + _class_weight(el, data, prose.get(el, 0))
            scores[el] += s / div
            el = el.getparent()
    if not scores:
        return None, set()
    final = {el: sc * (1 - links.get(el, 0) / max(chars.get(el, 1), 1)) for el, sc in scores.items()}
    for el in _story_lists(blocks):
        if el in final:
            final[el] *= 0.2  # a box of several <article>s lists stories; it is not one
    headline = _first_h1(blocks)
    if headline is not None:
        for el in headline.iterancestors():
            if el in final and final[el] > 0:
                final[el] += 10  # the story's own box usually holds its headline; teasers don't
    best = max(final, key=lambda el: final[el])
    top = _widen(best, prose, chars, links, _story_lists(blocks))
    final[top] = max(final.get(top, 0), final[best])
    return top, {top} | _same_kind_chunks(top, final) | _good_siblings(top, final, chars, links)


def _widen(top, prose: dict, chars: dict, links: dict, lists: set):
    """A body split over many small boxes (a page builder's text widgets, one box a paragraph) gives
    its best-scored box only a part of it: take the highest box up to three levels up that holds at
    least half as much paragraph prose again, with hardly any links (teaser boxes are all links) and
    no list of stories in it."""
    best, el = top, top
    for _ in range(3):
        el = el.getparent()
        if el is None or el.tag in ("body", "html") or el in lists:
            break
        if prose.get(el, 0) >= 1.5 * prose.get(top, 0) and links.get(el, 0) <= 0.1 * max(chars.get(el, 1), 1):
            best = el
    return best


def lead_blocks(blocks: list[RawBlock], top) -> set[int]:
    """The lead: prose paragraphs between the headline and the body container, inside the box that
    holds both (sites put the lead in the article's header, a sibling of the body). Bylines, dates and
    share bars there are short or link-heavy and stay out; so do a subheadline (a heading, or marked
    as a dek or summary) and key-point bullets: like the headline, they are headline matter.
    Returns the ids of those blocks."""
    first = next((i for i, b in enumerate(blocks) if b.owner.tag == "h1"), None)
    end = (
        next((i for i, b in enumerate(blocks) if inside(b.owner, {top}) is not None), None) if top is not None else None
    )
    if end is None:
        return set()
    if first is None:
        first, scope = -1, _story_box(top)
    elif end > first:
        head_line = set(blocks[first].owner.iterancestors())
        scope = next((a for a in top.iterancestors() if a in head_line), None)
    else:
        return set()
    if scope is None or scope.tag in ("body", "html"):
        return set()
    dek = selectors()["dek_marker"]
    return {
        id(b)
        for b in blocks[first + 1 : end]
        if inside(b.owner, {scope}) is not None and _is_prose(b) and not dek.search(markers(b.owner))
    }


def _story_box(top):
    """On a page without an <h1> block, the box the lead shares with the body: the outermost
    <article>, <main> or article-marked box up to four levels above the body container (the nearest
    is often the body's own wrapper, "entry-content", which the lead sits beside)."""
    found = None
    for depth, el in enumerate(top.iterancestors()):
        if depth >= _STORY_BOX_LEVELS or el.tag in ("body", "html"):
            break
        if el.tag in ("article", "main") or "keep" in marker_kind(markers(el)):
            found = el
    return found


_STORY_BOX_LEVELS = 4


def _is_prose(b: RawBlock) -> bool:
    n = len(b.text)
    if b.caption or b.heading or b.owner.tag == "li" or b.link_chars >= 0.2 * n or _beside_image(b.owner):
        return False
    return n >= 100 or (n >= 40 and b.text.endswith(SENTENCE_END))


def _beside_image(el) -> bool:
    """A paragraph that shares its box with a picture is that picture's caption, marked or not."""
    parent = el.getparent()
    return parent is not None and any(child.tag == "img" for child in parent)


def _good_siblings(top, final: dict, chars: dict, links: dict) -> set:
    """Siblings of the top container that look like more of the article (readability's rule)."""
    parent = top.getparent()
    if parent is None:
        return set()
    threshold = max(10.0, final[top] * 0.2)
    top_class = _class_words(top)
    out = set()
    for sib in parent:
        if sib is top or not isinstance(sib.tag, str):
            continue
        if sib.tag == "article" and top.tag == "article":
            continue  # sibling <article>s are other stories (teasers), not more of this one
        bonus = final[top] * 0.2 if top_class and _class_words(sib) == top_class else 0
        if final.get(sib, -1e9) + bonus >= threshold or (sib.tag == "p" and _good_loose_paragraph(sib, chars, links)):
            out.add(sib)
    return out


def _first_h1(blocks: list[RawBlock]):
    """The page's first <h1>, if it holds a block."""
    for b in blocks:
        if b.owner.tag == "h1":
            return b.owner
    return None


def _story_lists(blocks: list[RawBlock]) -> set:
    """Elements that hold two or more <article> elements (teaser lists, "you may also like")."""
    if not blocks:
        return set()
    root = blocks[0].owner.getroottree().getroot()
    counts: dict = {}
    for art in root.iter("article"):
        for el in art.iterancestors():
            counts[el] = counts.get(el, 0) + 1
    return {el for el, n in counts.items() if n >= 2}


def _same_kind_chunks(top, final: dict) -> set:
    """Other parts of a body split into chunks (ads or pull quotes in between): elements with the
    top container's tag and class elsewhere on the page that also hold scored paragraphs."""
    cls = _class_words(top)
    if not cls:
        return set()
    return {
        el
        for el, sc in final.items()
        if sc > 0 and el is not top and el.tag == top.tag and _class_words(el) == cls and not _related(el, top)
    }


def _class_words(el) -> frozenset:
    """An element's class as a set of words: "box " and "box" are the same class (templates differ in
    the spaces and order they write, not in what they say)."""
    return frozenset((el.get("class") or "").split())


def _related(a, b) -> bool:
    """True when one element contains the other."""
    return any(x is b for x in a.iterancestors()) or any(x is a for x in b.iterancestors())


def _good_loose_paragraph(el, chars, links) -> bool:
    n = chars.get(el, 0)
    ld = links.get(el, 0) / n if n else 1
    return (n > 80 and ld < 0.25) or (0 < n <= 80 and ld == 0)


def text_stats(blocks: list[RawBlock]) -> tuple[dict, dict]:
    """Text and link characters under every element that holds a block."""
    chars: dict = {}
    links: dict = {}
    for b in blocks:
        n, k = len(b.text), b.link_chars
        for el in b.owner.iterancestors():
            chars[el] = chars.get(el, 0) + n
            links[el] = links.get(el, 0) + k
        chars[b.owner] = chars.get(b.owner, 0) + n
        links[b.owner] = links.get(b.owner, 0) + k
    return chars, links


def inside(el, chosen: set) -> object | None:
    """The chosen element that holds `el` (or None)."""
    while el is not None:
        if el in chosen:
            return el
        el = el.getparent()
    return None
