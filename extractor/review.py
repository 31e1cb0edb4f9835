"""Articles and their facts -> a self-contained HTML review page (`extractor view`).

The page is one template (extractor/data/view/) with its CSS and script inlined; the articles travel
as JSON in <script type="application/json"> elements and the script builds the DOM from them with
textContent only, so article text (untrusted) is never parsed as HTML. A Content-Security-Policy
with the hashes of the one inline script and style blocks anything else, and forbids every network
request. Articles are rendered when they scroll near the viewport, so 1,000 of them open at once;
with an output directory, each article gets a file of its own plus index.html.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import IO, Literal

from pydantic import ValidationError

from .batch.run import BatchOptions, run
from .errors import ExtractorError, InputError
from .models import FACT_ADAPTER, Article, Block, PageRef, Section
from .output import open_output

__all__ = [
    "FactsOnlyArticle",
    "is_extract_output",
    "load_records",
    "read_inputs",
    "read_records",
    "script_json",
    "write_report",
]

KINDS: tuple[Literal["amount", "count", "date", "place"], ...] = ("amount", "count", "date", "place")
ARTICLES_MARK = "{{articles}}"  # where the streamed article data goes in the template
SENTENCE_SEPARATOR = "\n\n"


class FactsOnlyArticle(Article):
    """An article rebuilt from `--format facts` output: its text is only the facts' sentences."""


# ---------------------------------------------------------------- public API


def write_report(articles: Iterable[Article | ExtractorError], out: str) -> None:
    """Write the review page to `out`. If `out` ends with "/" or is an existing directory, write one
    file per article (0001.html, ...) plus index.html there instead: the way to review big batches.
    Errors in `articles` (as batch.run yields them) are listed at the top of the page."""
    if out.endswith(("/", os.sep)) or Path(out).is_dir():
        _write_directory(articles, Path(out))
    else:
        _write_single(articles, out)


def load_records(path: str | os.PathLike) -> list[Article]:
    """The articles in a JSONL file that `extractor extract` wrote (see read_records). Raises InputError
    on the first bad line."""
    articles = []
    for item in read_records(path):
        if isinstance(item, InputError):
            raise item
        articles.append(item)
    return articles


def read_records(path: str | os.PathLike) -> Iterator[Article | InputError]:
    """The articles in a JSONL file that `extractor extract` wrote. `--format articles` lines are read as
    they are. `--format facts` lines carry no article text: they are grouped by doc_id into one
    FactsOnlyArticle each, whose text is the facts' sentences in text order (one paragraph each, each
    sentence once), with the facts' offsets moved into that text. A bad line is an InputError of its own:
    the file's other articles are still read."""
    facts: dict[str, list] = defaultdict(list)  # doc_id -> facts, in first-seen order
    with open(path, encoding="utf-8", errors="replace") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                if isinstance(record, dict) and "kind" in record:
                    fact = FACT_ADAPTER.validate_python(record)
                    facts[fact.doc_id].append(fact)
                else:
                    yield Article.model_validate(record)
            except (ValueError, RecursionError) as err:  # ValidationError and JSONDecodeError are ValueErrors
                yield InputError(
                    str(path), f"line {number}: not a record `extractor extract` writes: {_first_error(err)}"
                )
    for doc_id, group in facts.items():
        yield _rebuild(doc_id, group)


def is_extract_output(path: str | os.PathLike) -> bool:
    """True if a .jsonl file holds facts or articles (what `extract` writes), not input documents
    ({"id", "html"|"text"|"pages"}): its first record decides."""
    try:
        with open(path, encoding="utf-8") as handle:
            first = next((line for line in handle if line.strip()), "")
        record = json.loads(first) if first else None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return False  # let the ordinary input reader report it
    return isinstance(record, dict) and ("kind" in record or {"doc_id", "text", "blocks"} <= record.keys())


def read_inputs(paths: list[str], options: BatchOptions | None = None) -> Iterator[Article | ExtractorError]:
    """What `extractor view` reads: JSONL that `extract` wrote, and anything `extract` itself accepts
    (saved pages, folders, input JSONL), the latter run through the pipeline."""
    pipeline_paths = []
    for path in paths:
        if path.endswith(".jsonl") and Path(path).is_file() and is_extract_output(path):
            try:
                yield from read_records(path)
            except OSError as err:
                yield InputError(path, f"cannot read: {err.strerror or err}")
        else:
            pipeline_paths.append(path)
    if pipeline_paths:
        yield from run(pipeline_paths, options or BatchOptions())


# ---------------------------------------------------------------- writing the page


@dataclass(frozen=True)
class _Template:
    head: str  # everything before the article data
    tail: str  # the config slot and the script, after it


def _write_single(items: Iterable[Article | ExtractorError], out: str) -> None:
    template = _template()
    entries: list[dict] = []
    errors: list[dict] = []
    with open_output(out) as handle:  # written whole or not at all, like every other output
        handle.write(template.head)
        for item in items:
            if isinstance(item, ExtractorError):
                errors.append(_error_entry(item))
                continue
            entry = _index_entry(item, len(entries) + 1)
            _write_article_data(handle, entry["n"], item)
            entries.append(entry)
        handle.write(_fill_config(template.tail, {"mode": "single", "articles": entries, "errors": errors}))


def _write_directory(items: Iterable[Article | ExtractorError], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    entries: list[dict] = []
    errors: list[dict] = []
    pending: Article | None = None  # held back one step, so that its page can link to the next one
    for item in _with_end(iter(items)):
        if isinstance(item, ExtractorError):
            errors.append(_error_entry(item))
            continue
        if pending is not None:
            _write_article_file(folder, pending, entries[-1], has_next=item is not None)
        if item is None:
            break
        entry = _index_entry(item, len(entries) + 1)
        entry["href"] = _file_name(entry["n"])
        entries.append(entry)
        pending = item
    _write_page(folder / "index.html", [], {"mode": "index", "articles": entries, "errors": errors})


def _with_end(items: Iterator) -> Iterator:
    yield from items
    yield None


def _write_article_file(folder: Path, article: Article, entry: dict, has_next: bool) -> None:
    n = entry["n"]
    nav = {
        "index": "index.html",
        "prev": _file_name(n - 1) if n > 1 else None,
        "next": _file_name(n + 1) if has_next else None,
    }
    _write_page(
        folder / entry["href"], [(n, article)], {"mode": "article", "articles": [entry], "errors": [], "nav": nav}
    )


def _write_page(path: Path, articles: list[tuple[int, Article]], config: dict) -> None:
    """One file of a directory report, replaced whole (a temporary name, then a rename). No fsync per
    file, unlike open_output: with a thousand files that alone took seconds, and a report is cheap to
    write again."""
    template = _template()
    tmp = path.with_name(f".{path.name}.part")
    try:
        with open(tmp, "w", encoding="utf-8") as handle:
            handle.write(template.head)
            for n, article in articles:
                _write_article_data(handle, n, article)
            handle.write(_fill_config(template.tail, config))
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _file_name(n: int) -> str:
    # numbers only: a name made from the title would carry untrusted text into an href
    return f"{n:04d}.html"


def _write_article_data(handle: IO[str], n: int, article: Article) -> None:
    # a fact's doc_id is the article's and its sentence is in the text: leaving them out makes the page
    # about a third the size, which is what lets 1,000 articles open quickly
    data = article.model_dump(mode="json", exclude={"facts": {"__all__": {"doc_id", "sentence"}}})
    data.update(title=closed_bidi(article.title), doc_id=closed_bidi(article.doc_id))
    for page in data["pages"]:
        page.update(url=closed_bidi(page["url"]), source=closed_bidi(page["source"]))
    payload = {"article": data, "note": _FACTS_ONLY_NOTE if isinstance(article, FactsOnlyArticle) else None}
    handle.write(f'<script type="application/json" class="article-data" id="d-{n}">')
    handle.write(script_json(payload))
    handle.write("</script>\n")


_FACTS_ONLY_NOTE = (
    "Rebuilt from facts only: the input had no article text, so this shows each fact's "
    "sentence once, in text order; the rest of the article is not shown."
)


def _index_entry(article: Article, n: int) -> dict:
    counts = Counter(fact.kind for fact in article.facts or [])
    return {
        "n": n,
        "title": closed_bidi(article.title),
        "doc_id": closed_bidi(article.doc_id),
        "published": article.published,
        "source": closed_bidi(article.pages[0].source) if article.pages else None,
        "pages": len(article.pages),
        "chars": len(article.text),
        "counts": {kind: counts.get(kind, 0) for kind in KINDS},
    }


def _error_entry(error: ExtractorError) -> dict:
    return {"source": closed_bidi(error.source), "error": error.kind, "message": closed_bidi(error.message)}


# Unicode's explicit directional formatting characters: embeddings and overrides (LRE, RLE, LRO, RLO)
# end at PDF; isolates (LRI, RLI, FSI) at PDI
_OPENERS = {"\u202a": "\u202c", "\u202b": "\u202c", "\u202d": "\u202c", "\u202e": "\u202c"}
_OPENERS.update({"\u2066": "\u2069", "\u2067": "\u2069", "\u2068": "\u2069"})


def closed_bidi(text: str | None) -> str | None:
    """A label from untrusted input (a title, a path) with every direction override it opens closed at
    its end: an unclosed RIGHT-TO-LEFT OVERRIDE in a title would otherwise reverse the page's own words
    that follow it on the line ("(2 pages)" shown as "(segap 2)"). Article text needs none: each paragraph
    is a block of its own, where the browser ends every override."""
    if not text or not any(ch in _OPENERS for ch in text):
        return text
    stack: list[str] = []
    for ch in text:
        if ch in _OPENERS:
            stack.append(_OPENERS[ch])
        elif ch in ("\u202c", "\u2069") and ch in stack:
            while stack and stack.pop() != ch:  # a PDI also closes the embeddings opened inside its isolate
                pass
    return text + "".join(reversed(stack))


def _fill_config(tail: str, config: dict) -> str:
    return tail.replace("{{config}}", script_json(config))


def script_json(value: object) -> str:
    """JSON that is safe inside a <script> element: "<" never appears literally, so neither "</script"
    nor "<!--" can end or confuse the element, whatever the article text holds. ("<" only ever occurs
    inside JSON strings, where \\u003c means the same.) U+2028/9 are escaped for older JS parsers."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for raw, escaped in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(raw, escaped)
    return text


@lru_cache(maxsize=1)
def _template() -> _Template:
    """The page template with its CSS, script and their CSP hashes filled in; split at the article slot."""
    folder = resources.files("extractor") / "data" / "view"
    html = (folder / "report.html").read_text(encoding="utf-8")
    css = (folder / "report.css").read_text(encoding="utf-8")
    js = (folder / "report.js").read_text(encoding="utf-8")
    # the CSS and script are inlined verbatim; a closing tag inside them would end the element early
    assert "</style" not in css.lower() and "</script" not in js.lower()
    csp = "; ".join(
        [
            "default-src 'none'",  # no request of any kind leaves the page
            f"script-src '{_sha256(js)}'",  # only our script runs, never one smuggled in through the text
            f"style-src '{_sha256(css)}'",
            "img-src 'none'",
            "base-uri 'none'",
            "form-action 'none'",
        ]
    )
    html = html.replace("{{csp}}", csp).replace("{{css}}", css).replace("{{js}}", js)
    head, tail = html.split(ARTICLES_MARK)
    return _Template(head=head, tail=tail)


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def _first_error(err: Exception) -> str:
    if isinstance(err, ValidationError):
        first = err.errors()[0]
        return f"{'.'.join(str(p) for p in first['loc'])}: {first['msg']}"
    return str(err)


# ---------------------------------------------------------------- articles from facts alone


@dataclass
class _Sentence:
    text: str
    anchor: int  # where the sentence starts in the original article text
    page: int
    section: Section


def _rebuild(doc_id: str, facts: list) -> FactsOnlyArticle:
    """One article from one document's facts: each distinct sentence once, in text order."""
    facts = sorted(facts, key=lambda f: (f.start_char, -f.end_char))
    sentences: dict[tuple[str, int], _Sentence] = {}
    placed = []  # (fact, its sentence's key)
    for fact, anchor in zip(facts, _anchors(facts), strict=True):
        key = (fact.sentence, anchor) if anchor is not None else (fact.text, fact.start_char)
        sentences.setdefault(key, _Sentence(key[0], key[1], fact.page, fact.section))
        placed.append((fact, key))
    text, blocks, offsets = _join_sentences(sorted(sentences.items(), key=lambda kv: (kv[1].anchor, kv[0])))
    moved = [
        fact.model_copy(
            update={
                "start_char": offsets[key] + fact.start_char - key[1],
                "end_char": offsets[key] + fact.end_char - key[1],
            }
        )
        for fact, key in placed
    ]
    pages = sorted({fact.page for fact in facts})
    url = doc_id if doc_id.startswith(("http://", "https://")) else None
    return FactsOnlyArticle(
        doc_id=doc_id,
        url=url,
        title=None,
        published=None,
        pages=[PageRef(page=p, url=url if p == 1 else None, source=doc_id) for p in pages],
        text=text,
        blocks=blocks,
        facts=moved,
    )


def _anchors(facts: list) -> list[int | None]:
    """Where each fact's sentence starts in the article. A fact's text can occur more than once in its
    sentence; the anchor most facts of that sentence agree on wins, else the first occurrence."""
    candidates = [[fact.start_char - i for i in _occurrences(fact.sentence, fact.text)] for fact in facts]
    votes: dict[str, Counter] = defaultdict(Counter)
    for fact, options in zip(facts, candidates, strict=True):
        votes[fact.sentence].update(options)
    return [
        max(options, key=lambda a: (votes[fact.sentence][a], a)) if options else None
        for fact, options in zip(facts, candidates, strict=True)
    ]


def _occurrences(haystack: str, needle: str) -> list[int]:
    found, start = [], haystack.find(needle)
    while start != -1:
        found.append(start)
        start = haystack.find(needle, start + 1)
    return found


def _join_sentences(items: list[tuple[tuple[str, int], _Sentence]]) -> tuple[str, list[Block], dict]:
    parts: list[str] = []
    blocks: list[Block] = []
    offsets: dict[tuple[str, int], int] = {}
    position = 0
    for key, sentence in items:
        if parts:
            position += len(SENTENCE_SEPARATOR)
        offsets[key] = position
        blocks.append(
            Block(
                section=sentence.section,
                page=sentence.page,
                start_char=position,
                end_char=position + len(sentence.text),
            )
        )
        parts.append(sentence.text)
        position += len(sentence.text)
    return SENTENCE_SEPARATOR.join(parts), blocks, offsets
