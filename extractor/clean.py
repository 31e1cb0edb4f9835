"""HTML -> the article's own text blocks (title, body paragraphs, captions), with lxml.

How it works (ideas from readability and trafilatura, our own compact version):
1. prune a copy of the tree: scripts, styles, forms widgets, nav/aside/footer, and elements whose
   class/id marks them as boilerplate (share bars, comments, related lists...), unless they hold
   most of the page's text (a site that calls its article wrapper "post-meta-content" still works);
2. cut the rest into text blocks at block-level tags and <br>s (and at line ends after a full stop
   in loose text, for pages that separate paragraphs by bare newlines);
3. score containers by the paragraphs they hold (length, commas, link density, class hints) and
   keep the best container plus the siblings that look like more of the same article;
4. drop link-heavy and boilerplate-looking blocks and the repeated headline; label captions.
Selectors and boilerplate markers live in data/selectors.json, not in code.
"""

from __future__ import annotations

import copy
import html as html_lib
import json
import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Literal

import lxml.etree
import lxml.html

Section = Literal["title", "body", "caption"]


@dataclass(frozen=True)
class TextBlock:
    """One paragraph of article text, whitespace-normalised, never empty."""

    section: Section
    text: str


@lru_cache(maxsize=1)
def _data() -> dict:
    raw = json.loads(resources.files("extractor").joinpath("data/selectors.json").read_text("utf-8"))
    rx = {k: re.compile(v, re.I) for k, v in raw.items() if isinstance(v, str) and not k.startswith("_")}
    # tag lists are looked up per element; every other list (title separators, meta names) is tried in
    # its written order, which a set would make depend on the string hash seed of the process
    lists = {k: frozenset(v) if k.endswith("_tags") else tuple(v) for k, v in raw.items() if isinstance(v, list)}
    return {**raw, **rx, **lists}


def _parser() -> lxml.etree.HTMLParser:
    """lxml.html's own parser picks each element's class (form, input, label...) with a Python method,
    called every time an element is touched: ~1,800 calls a page. Every element here is a plain
    HtmlElement (the stages use nothing form-specific), chosen in C."""
    # huge_tree: no depth limit of 255 and no 10 MB limit per text node, which drop text silently;
    # the input is already capped by --max-bytes
    parser = lxml.etree.HTMLParser(huge_tree=True)
    parser.set_element_class_lookup(
        lxml.etree.ElementDefaultClassLookup(
            element=lxml.html.HtmlElement,
            comment=lxml.html.HtmlComment,
            pi=lxml.html.HtmlProcessingInstruction,
            entity=lxml.html.HtmlEntity,
        )
    )
    return parser


_PARSERS = threading.local()  # an lxml parser must not be used by two threads at once (the crawl has its own)


_XML_DECLARATION = re.compile(r"^\ufeff?\s*<\?xml[^>]*>")


def parse_html(html: str | bytes) -> lxml.html.HtmlElement:
    """Parse once; every later stage (metadata, pagination, cleaning) reads this tree.
    An XHTML page's `<?xml ... encoding="..."?>` line is dropped: the text is already decoded, and lxml
    refuses a decoded string that still names an encoding (the whole page would be lost)."""
    parser = getattr(_PARSERS, "parser", None) or _parser()
    _PARSERS.parser = parser
    if isinstance(html, str):  # bytes keep their declaration: lxml reads the encoding it names
        html = _XML_DECLARATION.sub("", html, count=1)
    return lxml.html.document_fromstring(html, parser=parser)


def norm_space(text: str) -> str:
    return " ".join(text.split())


def _markers(el) -> str:
    """What a page author says an element is: class, id, role and itemprop, as one string.
    Taxonomy classes that blogs put on the post wrapper ("category-news tag-review") are left out."""
    get = el.get
    return " ".join(filter(None, (_without_taxonomy(get("class")), get("id"), get("role"), get("itemprop"))))


@lru_cache(maxsize=16384)
def _without_taxonomy(cls: str | None) -> str | None:
    """The class string without the words that say nothing about what an element is: taxonomy classes
    on a post wrapper, and CSS spacing classes ("uk-margin-large-bottom", "mg-bottom-38px"), whose
    "bottom" is layout, not a footer. (A class "hidden" is no marker either: tabs, slides and "read
    more" boxes carry it until a script shows them.)"""
    if not cls:
        return cls
    data = _data()
    if data["post_wrapper_class"].search(cls):
        cls = data["taxonomy_class"].sub(" ", cls)
    return data["utility_class"].sub(" ", cls)


@lru_cache(maxsize=16384)
def _kind(marks: str) -> frozenset:
    """What an element's markers say it is: any of "bad" (boilerplate), "strong_bad" (a substring
    marker such as "sidebar"), "body" (the article body), "keep" (article-ish), "caption".
    Cached: sites repeat the same class strings hundreds of times."""
    if not marks:
        return frozenset()
    data = _data()
    out = set()
    if data["boilerplate_substring"].search(marks):
        out |= {"bad", "strong_bad"}
    elif data["boilerplate_marker"].search(marks):
        out.add("bad")
    if data["body_marker"].search(marks) or "articleBody" in marks:
        out.add("body")
    if data["keep_marker"].search(marks):
        out.add("keep")
    if data["caption_marker"].search(marks):
        out.add("caption")
    return frozenset(out)


# ---------------------------------------------------------------- 1. pruning


def _is_hidden(el) -> bool:
    style = (el.get("style") or "").replace(" ", "").lower()
    return el.get("hidden") is not None or "display:none" in style or "visibility:hidden" in style


def _prose_chars(el, use_p: bool) -> int:
    """Characters of paragraph text under `el` (all its text on pages that hardly use <p>)."""
    if not use_p:
        return len(el.text_content())
    return sum(len(p.text_content()) for p in el.iter("p"))


def _is_boilerplate(el, data, page_chars: int, use_p: bool) -> bool:
    marks = _markers(el)
    if not marks or el.tag in ("html", "body"):
        return False
    kind = _kind(marks)
    if "bad" not in kind:
        return False
    if "body" in kind and "strong_bad" not in kind:
        return False  # "article-body meta": the body marker is the stronger statement
    if "strong_bad" not in kind and data["article_part_marker"].search(marks):
        return False  # "article-header", "entry-header": the story's own header holds its lead
    # A wrapper that holds much of the page's prose is the article, whatever its classes say
    # (WordPress puts "category-news tag-x" on the <article> itself).
    return _prose_chars(el, use_p) < 0.4 * page_chars


def _empty_noscript(el) -> bool:
    """<noscript> holds tracking pixels and "enable JavaScript" notes, except on pages that render the
    story with a script and put its paragraphs there for readers without one."""
    return el.tag == "noscript" and sum(len(p.text_content()) for p in el.iter("p")) < 200


def _prune(root, data) -> None:
    """Remove junk elements in place (root is our own copy), keeping their tail text. Tags first,
    so that the size guard of the class-marker pass measures visible text, not scripts."""
    for el in list(root.iter(lxml.etree.Comment, lxml.etree.ProcessingInstruction)):
        if el.getparent() is not None:
            el.drop_tree()
    _drop_where(root, lambda el: el.tag in data["drop_tags"] or _is_hidden(el) or _empty_noscript(el))
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
        and "body" in _kind(_markers(el))
        for a in el.iterancestors()
    }
    _drop_where(root, lambda el: el not in holders and _is_boilerplate(el, data, page_chars, use_p))


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


# ---------------------------------------------------------------- 2. text blocks


@dataclass
class _Block:
    text: str
    link_chars: int
    owner: lxml.html.HtmlElement  # the block-level element whose inline content this is
    caption: bool
    heading: bool


_SENTENCE_END = tuple('.!?。！？…"”»')
_END_PUNCT = tuple('.!?:;,。！？；：…"”')
_SENTENCE_END_NL = re.compile(r"(?<=[.!?。！？\"”’»)])[ \t\r]*\n")


class _Collector:
    """Accumulates inline text and cuts it into blocks at block boundaries."""

    def __init__(self):
        self.blocks: list[_Block] = []
        self.parts: list[tuple[str, bool]] = []

    def add(self, text: str | None, in_link: bool) -> None:
        if text:
            self.parts.append((text, in_link))

    def _split_leading_headline(self) -> None:
        """A loose text run that opens with a short line without final punctuation, then a line
        break, then longer text: that first line is a headline of its own (saved fragments)."""
        text, link = self.parts[0]
        head, nl, rest = text.lstrip().partition("\n")
        head = head.strip()
        if link or not nl or not head or len(head.split()) > 30 or head.endswith(_END_PUNCT):
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
                self.blocks.append(_Block(text, links, owner, caption, heading))


def _is_caption_box(el) -> bool:
    """A photo caption: marked so, and short (a page wrapper whose class happens to say "caption" is not)."""
    return el.tag not in ("body", "html") and "caption" in _kind(_markers(el)) and len(el.text_content()) < 600


def _collect(root, data) -> list[_Block]:
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


# ---------------------------------------------------------------- 3. choosing the article container

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
    marks = _markers(el)
    if not marks:
        return 0
    weight = 0.0
    kind = _kind(marks)
    if "body" in kind:
        weight += 40 * min(1.0, prose / _BODY_PROSE)
    elif "keep" in kind:
        weight += 15 * min(1.0, prose / _BODY_PROSE)
    if "bad" in kind:
        weight -= 25
    return weight


def _choose(blocks: list[_Block], data, chars: dict, links: dict) -> tuple[object | None, set]:
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
    headline = _headline(blocks)
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


def _lead_blocks(blocks: list[_Block], top) -> set[int]:
    """The lead: prose paragraphs between the headline and the body container, inside the box that
    holds both (sites put the lead in the article's header, a sibling of the body). Bylines, dates and
    share bars there are short or link-heavy and stay out; so do a subheadline (a heading, or marked
    as a dek or summary) and key-point bullets: like the headline, they are headline matter.
    Returns the ids of those blocks."""
    first = next((i for i, b in enumerate(blocks) if b.owner.tag == "h1"), None)
    end = (
        next((i for i, b in enumerate(blocks) if _inside(b.owner, {top}) is not None), None)
        if top is not None
        else None
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
    dek = _data()["dek_marker"]
    return {
        id(b)
        for b in blocks[first + 1 : end]
        if _inside(b.owner, {scope}) is not None and _is_prose(b) and not dek.search(_markers(b.owner))
    }


def _story_box(top):
    """On a page without an <h1> block, the box the lead shares with the body: the outermost
    <article>, <main> or article-marked box up to four levels above the body container (the nearest
    is often the body's own wrapper, "entry-content", which the lead sits beside)."""
    found = None
    for depth, el in enumerate(top.iterancestors()):
        if depth >= _STORY_BOX_LEVELS or el.tag in ("body", "html"):
            break
        if el.tag in ("article", "main") or "keep" in _kind(_markers(el)):
            found = el
    return found


_STORY_BOX_LEVELS = 4


def _is_prose(b: _Block) -> bool:
    n = len(b.text)
    if b.caption or b.heading or b.owner.tag == "li" or b.link_chars >= 0.2 * n or _beside_image(b.owner):
        return False
    return n >= 100 or (n >= 40 and b.text.endswith(_SENTENCE_END))


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


def _headline(blocks: list[_Block]):
    """The page's first <h1>, if it holds a block."""
    for b in blocks:
        if b.owner.tag == "h1":
            return b.owner
    return None


def _story_lists(blocks: list[_Block]) -> set:
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


def _text_stats(blocks: list[_Block]) -> tuple[dict, dict]:
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


# ---------------------------------------------------------------- 4. filtering and labelling


def _inside(el, chosen: set) -> object | None:
    """The chosen element that holds `el` (or None)."""
    while el is not None:
        if el in chosen:
            return el
        el = el.getparent()
    return None


def _link_heavy_container(b: _Block, root_el, chars, links) -> bool:
    """A list or box of links inside the article (related stories, tags) rather than prose."""
    el = b.owner
    while el is not None and el is not root_el:
        n = chars.get(el, 0)
        if el.tag in ("ul", "ol", "div", "table", "section", "dl") and n and links.get(el, 0) > 0.5 * n:
            return True
        el = el.getparent()
    return False


def _keep(b: _Block, data) -> bool:
    n = len(b.text)
    if b.link_chars > 0.5 * n or (n < 80 and b.link_chars > 0.3 * n):
        return False
    if n < 120 and data["negative_text"].match(b.text):
        return False
    return not (n < _PROMO_CHARS and data["promo_text"].search(b.text))


_PROMO_CHARS = 250


def clean_page(tree: lxml.html.HtmlElement, url: str | None = None) -> list[TextBlock]:
    """The page's article text in reading order: its title block first (if any), then body paragraphs
    and photo captions. No navigation, pagination bars, bylines, scripts, styles or related-article lists.
    Must not modify `tree` (pagination reads it too)."""
    from .metadata import first_line_title, page_title

    data = _data()
    title = page_title(tree)
    root = copy.deepcopy(tree.getroottree().getroot())
    _prune(root, data)
    blocks = _collect(root, data)
    if title is None:
        title = first_line_title([b.text for b in blocks if not b.caption])
    chars, links = _text_stats(blocks)
    top, chosen = _choose(blocks, data, chars, links)
    lead = _lead_blocks(blocks, top)
    title_key = _key(title) if title else None
    out = [TextBlock("title", title)] if title else []
    kept: list[tuple[_Block, TextBlock]] = []
    for b in blocks:
        holder = _inside(b.owner, chosen) if chosen else root
        if holder is None and id(b) in lead:
            holder = b.owner
        if holder is None or not _keep(b, data):
            continue
        if _key(b.text) == title_key or (b.heading and b.owner.tag == "h1"):
            continue  # the headline is the title block, not body text
        if not b.caption and _link_heavy_container(b, holder, chars, links):
            continue
        if _copyright_notice(b.text, data):
            continue
        caption = b.caption or _credit_line(b.text, data)
        kept.append((b, TextBlock("caption" if caption else "body", b.text)))
    blocks_out = [block for _, block in _without_dangling_tail(_once(kept))]
    return out + _script_body(tree, blocks_out)


def _script_body(tree, blocks: list[TextBlock]) -> list[TextBlock]:
    """Pages that render the story with a script hold its text only in their JSON-LD `articleBody`:
    the page shows a teaser or nothing. When that text is much longer than the body read from the
    page (twice as long and 1,000 characters at least), it is the body, one block per line."""
    from .metadata import jsonld_article_body

    text = jsonld_article_body(tree)
    if not text:
        return blocks
    if "&lt;" in text:  # the body's HTML, escaped once more
        text = html_lib.unescape(text)
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


def _credit_line(text: str, data) -> bool:
    """A short line that credits a photo ("Foto: dpa", "Mikaela Shiffrin. © AFP / JEFF PACHOUD") is
    the picture's caption, wherever the page put it, not a paragraph of the story."""
    return len(text) < _CREDIT_CHARS and bool(data["credit_text"].search(text))


def _copyright_notice(text: str, data) -> bool:
    """ "© 2020 ... All Rights Reserved": the publisher's notice, not the story's."""
    return len(text) < _CREDIT_CHARS and bool(data["copyright_text"].search(text))


_CREDIT_CHARS = 200


def _without_dangling_tail(kept: list[tuple[_Block, TextBlock]]) -> list[tuple[_Block, TextBlock]]:
    """Short headings and labels that end the body ("More topics", "Contact:", "Read also:") introduce
    site furniture that was cut below them: nothing of the article follows. Credit lines, sign-offs,
    list items and table cells (a fixture list, ticket prices) are the article's."""
    end = len(kept)
    while end and _dangling(*kept[end - 1]):
        end -= 1
    return kept[:end]


def _dangling(b: _Block, block: TextBlock) -> bool:
    text = block.text
    return (
        block.section == "body"
        and len(text) < 50
        and b.owner.tag not in ("li", "td", "th", "dd", "dt")
        and (b.heading or text.endswith((":", "：")))
    )


def _once(kept: list[tuple[_Block, TextBlock]]) -> list[tuple[_Block, TextBlock]]:
    """Each long paragraph once: pages that carry the story twice (a print copy beside the screen
    copy, a slide's text and the same text in a list) would otherwise give every fact twice. A copy is
    the same text in another box; within one box, and for short lines, list items and table cells, a
    repeat is the author's (interview questions, a meal plan's days)."""
    seen: dict[str, object] = {}
    out = []
    for b, block in kept:
        key = _key(block.text)
        if len(key) >= _REPEAT_MIN_CHARS and b.owner.tag not in ("li", "td", "th", "dd", "dt"):
            box = b.owner.getparent()
            if seen.setdefault(key, box) is not box:
                continue
        out.append((b, block))
    return out


_REPEAT_MIN_CHARS = 150


def _key(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()
