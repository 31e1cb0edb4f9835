"""The parsed page and what both HTML stages (metadata.py, clean.py) read from it the same way.

- `parse_html`: the one parse; every later stage (metadata, next-page links, cleaning) reads this tree.
- `selectors()`: data/selectors.json compiled (marker patterns, tag lists, title separators, labels).
- `markers` / `marker_kind`: what a page author says an element is (class, id, role, itemprop), and what
  those markers mean (boilerplate, article body, caption...).
- `meta_content`, `jsonld_values`: the page's declared metadata (<meta> tags, JSON-LD objects).
- `norm_space`, `match_key`: the two normal forms texts are compared by.

Decisions:
- Every element is a plain lxml HtmlElement chosen in C (see `_parser`), and the parser is per thread.
- Marker lookups are cached by their string: sites repeat the same class strings hundreds of times.
"""

from __future__ import annotations

import json
import re
import threading
from functools import lru_cache

import lxml.etree
import lxml.html

from ..data import load

__all__ = [
    "END_PUNCT",
    "jsonld_article_body",
    "jsonld_values",
    "marker_kind",
    "markers",
    "match_key",
    "meta_content",
    "norm_space",
    "parse_html",
    "selectors",
]

# a line that ends with one of these ends a sentence or a clause: no headline
END_PUNCT = tuple('.!?:;,。！？；：…"”')


@lru_cache(maxsize=1)
def selectors() -> dict:
    """data/selectors.json: patterns compiled (case-insensitive), tag lists as sets, other lists in order."""
    raw = load("selectors")
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


def norm_space(text: str | None) -> str:
    return " ".join((text or "").split())


def match_key(text: str) -> str:
    """Words only, lower case: how a headline is recognised again in another element or line."""
    return re.sub(r"\W+", " ", text).strip().lower()


def markers(el) -> str:
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
    data = selectors()
    if data["post_wrapper_class"].search(cls):
        cls = data["taxonomy_class"].sub(" ", cls)
    return data["utility_class"].sub(" ", cls)


@lru_cache(maxsize=16384)
def marker_kind(marks: str) -> frozenset:
    """What an element's markers say it is: any of "bad" (boilerplate), "strong_bad" (a substring
    marker such as "sidebar"), "body" (the article body), "keep" (article-ish), "caption".
    Cached: sites repeat the same class strings hundreds of times."""
    if not marks:
        return frozenset()
    data = selectors()
    out = set()
    if data["boilerplate_substring"].search(marks):
        out |= {"bad", "strong_bad"}
    elif data["boilerplate_marker"].search(marks):
        out.add("bad")
    # BEM names write the element separator as "__": "entry__content" is the "entry-content" box
    if data["body_marker"].search(marks.replace("__", "-")) or "articleBody" in marks:
        out.add("body")
    if data["keep_marker"].search(marks):
        out.add("keep")
    if data["caption_marker"].search(marks):
        out.add("caption")
    return frozenset(out)


def meta_content(tree, *names: str) -> str | None:
    """Content of the first <meta> whose property/name/itemprop is one of `names` (case-insensitive)."""
    wanted = {n.lower() for n in names}
    found = {}
    for m in tree.iter("meta"):
        key = (m.get("property") or m.get("name") or m.get("itemprop") or "").strip().lower()
        if key in wanted and key not in found and norm_space(m.get("content")):
            found[key] = norm_space(m.get("content"))
    for n in names:
        if n.lower() in found:
            return found[n.lower()]
    return None


def jsonld_values(tree, keys: tuple[str, ...] = ("datePublished", "dateCreated")) -> list[str]:
    """datePublished values (or those of `keys`) from JSON-LD blocks (top level, lists, @graph), article
    objects first."""
    found: list[tuple[int, str]] = []

    def visit(obj, depth=0):
        if depth > 6:
            return
        if isinstance(obj, list):
            for item in obj:
                visit(item, depth + 1)
        elif isinstance(obj, dict):
            value = next((obj[k] for k in keys if obj.get(k)), None)
            if isinstance(value, str):
                types = obj.get("@type")
                types = " ".join(types) if isinstance(types, list) else str(types or "")
                found.append((0 if re.search(r"Article|Posting|Report|Story", types) else 1, value))
            for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement"):
                if key in obj:
                    visit(obj[key], depth + 1)

    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        data = _lenient_json(script.text)
        if data is not None:
            visit(data)
    return [v for _, v in sorted(found, key=lambda x: x[0])]


def jsonld_article_body(tree) -> str | None:
    """The article's text as its JSON-LD gives it (`articleBody`, article objects first), or None."""
    bodies = jsonld_values(tree, ("articleBody",))
    return bodies[0] if bodies else None


def _lenient_json(text: str):
    """JSON-LD as sites write it: raw newlines inside strings (strict=False) and trailing commas
    ("keywords": ["a", "b", ],) are common and break json.loads; None when it still does not parse."""
    for attempt in (text, re.sub(r",\s*([\]}])", r"\1", text)):
        try:
            return json.loads(attempt, strict=False)
        except ValueError:
            continue
    return None
