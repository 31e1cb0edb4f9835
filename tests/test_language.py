"""The language gate: each article's language on its record, facts only where the rules apply (English),
a notice naming the others, and `--languages` to widen the set. Real pages of ../shared/eval/webpages."""

from __future__ import annotations

import gzip
import json

import pytest
from cli_run import run
from conftest import shared_path, without_summary

from extractor.language import article_language, parse_languages
from extractor.pipeline import parse_page, text_article
from extractor.sources import RawPage

GERMAN = "5c492cb634004d54"  # zeit.de, "Klimaschutz: Bohren, bis es heiß wird", <html lang="de">
SPANISH = "8c56719ab8bd5683"  # elpais.com, "¿Ha llegado realmente la Antártida a los 20 grados...", lang="es"
ENGLISH = "fdfdf9be885bdc9b"  # edition.cnn.com, the Harry and Meghan interview recap
GERMAN_DECLARED_EN = "2771df4109e5b914"  # "Marius Lindvik gewinnt in Willingen": German, its theme declares lang="en"


def page(page_id: str) -> str:
    return str(shared_path("eval", "webpages", "html", f"{page_id}.html.gz"))


def articles(stdout: str) -> dict[str, dict]:
    records = [json.loads(line) for line in stdout.splitlines()]
    return {r["pages"][0]["source"]: r for r in records}


@pytest.mark.slow
def test_german_and_spanish_pages_get_no_facts_and_one_notice_each_english_keeps_its_facts():
    german, spanish, english = page(GERMAN), page(SPANISH), page(ENGLISH)
    result = run("extract", "--format", "articles", "--jobs", "1", german, spanish, english)
    assert result.returncode == 0  # a notice, not an error
    got = articles(result.stdout)
    assert (got[german]["language"], got[german]["facts"]) == ("de", [])
    assert (got[spanish]["language"], got[spanish]["facts"]) == ("es", [])
    assert got[english]["language"] == "en"
    assert len(got[english]["facts"]) > 10
    notices = without_summary(result.stderr)
    assert len(notices) == 2
    assert german in notices[0] and "language de" in notices[0]
    assert spanish in notices[1] and "language es" in notices[1]


@pytest.mark.slow
def test_languages_option_widens_the_set():
    german = page(GERMAN)
    result = run("extract", "--format", "articles", "--languages", "en,de", german)
    assert result.returncode == 0
    assert without_summary(result.stderr) == []
    record = articles(result.stdout)[german]
    assert record["language"] == "de"
    assert record["facts"]  # the English rules ran because the user asked for them
    assert parse_languages("all") is None
    assert parse_languages(" EN, de ") == frozenset({"en", "de"})


def test_text_outweighs_a_wrong_html_lang():
    """No English rule runs on a German page because its theme says lang="en"."""
    path = page(GERMAN_DECLARED_EN)
    parsed = parse_page(gzip.decompress(open(path, "rb").read()).decode("utf-8"), path)
    assert parsed.meta.language == "en"
    text = "\n\n".join(b.text for b in parsed.blocks)
    assert article_language(text, parsed.meta.language) == "de"


def test_jsonl_text_records_short_and_long():
    """Text records have no markup: the detector decides when the text is long enough, else null (and
    the rules run): the short English snippets of the peers' suites are never refused."""
    gold = shared_path("eval", "news_gold", "meantime_en.jsonl")
    first = json.loads(gold.read_text(encoding="utf-8").splitlines()[0])
    article = text_article(RawPage(source="jsonl:1", text=first["text"]), "1")
    assert article.language == "en" and article.facts
    short = text_article(RawPage(source="jsonl:2", text="convert 10 celsius to fahrenheit"), "2")
    assert short.language is None and short.facts  # detectors call this German; it is too short to judge
    assert article_language("Ein kurzer Satz.", "de") == "de"  # too short: the markup's declaration
