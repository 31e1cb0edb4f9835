"""Shared paths. The evaluation data in ../shared/ comes from other projects and is read in place, never copied."""

from __future__ import annotations

import gzip
import json
import math
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "fixtures"
SHARED = REPO.parent / "shared"
SEED = FIXTURES / "peoples-daily" / "c90000-9847469.html"


def shared_path(*parts: str) -> Path:
    """A file of ../shared; the test skips only where ../shared itself is absent. A name that is not there beside a
    present ../shared fails: a mistyped corpus name ('tr_news' for 'tr_news.jsonl') once skipped a test silently."""
    path = SHARED.joinpath(*parts)
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is not here (CI keeps ../shared beside the clone)")
    if not path.exists():
        pytest.fail(f"{path} is not here: a wrong name under ../shared")
    return path


@cache
def gold_record(corpus: str, doc_id: str) -> dict:
    """One ../shared/eval/news_gold document's record (id, text, expected, ...), read in place; skips if absent."""
    for line in shared_path("eval", "news_gold", corpus).read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        if doc["id"] == doc_id:
            return doc
    pytest.skip(f"{doc_id} is not in {corpus}")


def text_as_article(text: str, source: str = "test"):
    """A text run as an article, as a user's JSONL record with no reference date is."""
    from extractor.pipeline import text_article
    from extractor.sources import RawPage

    return text_article(RawPage(source=source, text=text), source)


def by_text(facts: list | None, kind: str, *fields: str) -> dict[str, dict]:
    """The facts of one kind by their text, each as {field: value} for the named fields."""
    return {f.text: {name: getattr(f, name) for name in fields} for f in facts or [] if f.kind == kind}


def place_facts(article) -> dict:
    """An article's place facts by their text."""
    return {f.text: f for f in article.facts or [] if f.kind == "place"}


def text_facts(text: str, kind: str) -> list:
    """The facts of one kind of a text run as an article (text_as_article)."""
    return [f for f in text_as_article(text).facts or [] if f.kind == kind]


def texts_of(text: str, kind: str) -> list[str]:
    """The texts of the facts of one kind of a text run as an article, in reading order."""
    return [f.text for f in text_facts(text, kind)]


def rows_of(text: str, kind: str, *fields: str) -> list[tuple]:
    """(text, *fields) of the facts of one kind of a text run as an article, in reading order."""
    return [(f.text, *(getattr(f, name) for name in fields)) for f in text_facts(text, kind)]


def sentence_dates(text: str, ref: str) -> list[tuple[str, str | None]]:
    """(text, value) of the dates of a sentence read on a page dated `ref` (ISO)."""
    import datetime as dt

    import extractor

    facts = extractor.extract_text(text, reference_date=dt.date.fromisoformat(ref)).facts
    return [(f.text, f.value) for f in facts or [] if f.kind == "date"]


@cache
def gold_article(corpus: str, doc_id: str):
    """One news_gold document's text run as an article, as a user's JSONL record with no reference date is."""
    return text_as_article(gold_record(corpus, doc_id)["text"], doc_id)


def gold_quantities(corpus: str, doc_id: str, snippet: str, kind: str) -> list[tuple]:
    """(text, value, low, high, unit of an amount or counted noun of a count) of each fact of `kind` ("amount" or
    "count") of one news_gold document (its text run as an article) whose sentence holds the snippet."""
    facts = gold_article(corpus, doc_id).facts or []
    return [
        (f.text, f.value, f.low, f.high, f.unit if kind == "amount" else f.counted)
        for f in facts
        if f.kind == kind and snippet in (f.sentence or "")
    ]


def gold_dates(corpus: str, doc_id: str, snippet: str = "", *fields: str) -> list[tuple]:
    """(text, value, *fields) of each date of one news_gold document (its text run as an article) whose sentence
    holds the snippet ("" for every date)."""
    dates = [f for f in gold_article(corpus, doc_id).facts or [] if f.kind == "date" and snippet in (f.sentence or "")]
    return [(f.text, f.value, *(getattr(f, name) for name in fields)) for f in dates]


def gold_doc(corpus: str, doc_id: str) -> tuple[dict, list[dict]]:
    """The place facts of one ../shared/eval/news_gold document (its text run as an article), by start, and its
    gold places."""
    facts = {f.start_char: f for f in gold_article(corpus, doc_id).facts or [] if f.kind == "place"}
    return facts, [e for e in gold_record(corpus, doc_id)["expected"] if e["kind"] == "place"]


def gold_place_at(corpus: str, doc_id: str, snippet: str, name: str) -> list:
    """The place facts of a news_gold document whose span is `name` inside the first `snippet` of its text."""
    facts, _ = gold_doc(corpus, doc_id)
    at = gold_record(corpus, doc_id)["text"].index(snippet) + snippet.index(name)
    return [f for f in facts.values() if f.start_char == at and f.text == name]


def gold_places_in(corpus: str, doc_id: str, snippet: str) -> list:
    """The place facts of a news_gold document inside the first `snippet` of its text."""
    facts, _ = gold_doc(corpus, doc_id)
    at = gold_record(corpus, doc_id)["text"].index(snippet)
    return [f for f in facts.values() if f.kind == "place" and at <= f.start_char < at + len(snippet)]


def gold_sentence_places(corpus: str, doc_id: str, snippet: str) -> dict:
    """The place facts of a news_gold document whose sentence holds `snippet`, by their text."""
    facts = gold_article(corpus, doc_id).facts or []
    return {f.text: f for f in facts if f.kind == "place" and snippet in (f.sentence or "")}


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance; the corpora's yardstick is 161 km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


@cache
def eval_facts(folder: str, name: str) -> tuple[dict, ...]:
    """Every fact of ../shared/eval/<folder>/html/<name>.html.gz through the whole pipeline (its publication
    date the reference date), as records; read once per test session."""
    from extractor.pipeline import build_article, parse_page

    path = shared_path("eval", folder, "html", f"{name}.html.gz")
    html = gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")
    return tuple(f.model_dump() for f in build_article([parse_page(html, str(path))]).facts)


def dates_on(folder: str, name: str, snippet: str) -> list[tuple[str, str | None]]:
    """(text, value) of the dates of one ../shared/eval page (see eval_facts) whose sentence holds the snippet."""
    return [
        (f["text"], f["value"]) for f in eval_facts(folder, name) if f["kind"] == "date" and snippet in f["sentence"]
    ]


def dates_reader(pages: dict[str, tuple[str, str]]) -> Callable[[str, str], list[tuple[str, str | None]]]:
    """A test file's `dates_in(page, snippet)`: dates_on the page that `pages` (short key: (folder, name)) names."""

    def dates_in(page: str, snippet: str) -> list[tuple[str, str | None]]:
        return dates_on(*pages[page], snippet)

    return dates_in


@cache
def webpage_article(url_part: str):
    """The pipeline's Article for the ../shared/eval/webpages page whose URL holds url_part (its publication date the
    reference date); the test is skipped where no page's URL holds it."""
    from extractor.pipeline import build_article, parse_page
    from extractor.sources import RawPage, read_path

    manifest = shared_path("eval", "webpages", "manifest.jsonl")
    for line in manifest.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if url_part in row["url"]:
            raw = next(read_path(str(manifest.parent / row["html"])))
            assert isinstance(raw, RawPage) and raw.html is not None
            return build_article([parse_page(raw.html, raw.source)])
    pytest.skip(f"no page for {url_part}")


def webpage_body(page_id: str) -> tuple[dict, str]:
    """The manifest entry of one page of ../shared/eval/webpages and its cleaned body text (body blocks joined,
    blanks normalized), as trafilatura's benchmark reads it."""
    from extractor.html.clean import clean_page
    from extractor.html.dom import norm_space, parse_html
    from extractor.html.metadata import page_title
    from extractor.sources import decode_html

    folder = shared_path("eval", "webpages")
    with open(folder / "manifest.jsonl", encoding="utf-8") as lines:
        entry = next(e for e in map(json.loads, lines) if e["id"] == page_id)
    tree = parse_html(decode_html(gzip.decompress((folder / entry["html"]).read_bytes()), page_id))
    blocks = clean_page(tree, page_title(tree))
    return entry, norm_space(" ".join(b.text for b in blocks if b.section == "body"))


def without_summary(stderr: str) -> list[str]:
    """stderr's lines less the summary line every run ends with ("extractor: N articles, M facts ...")."""
    return [line for line in stderr.splitlines() if not re.match(r"extractor: [\d,]+ articles, ", line)]


@pytest.fixture
def server():
    """A real HTTP server on 127.0.0.1 (tests/http_server.py), for the crawl and fetch tests."""
    from http_server import LocalServer

    with LocalServer() as s:
        yield s


@pytest.fixture
def options(tmp_path):
    """Crawl options for tests: polite defaults off for speed, a cache of the test's own, loopback allowed."""
    from extractor.web.options import CrawlOptions, FetchOptions

    return CrawlOptions(
        fetch=FetchOptions(delay=0.0, timeout=1.0, retries=1, allow_private=True),
        cache=tmp_path / "pages.sqlite",
        with_facts=False,
    )
