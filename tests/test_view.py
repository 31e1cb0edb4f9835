"""The review page (`extractor view`): the writer and loader in Python, and the page itself in a real
headless Chromium (Debian's /usr/bin/chromium, driven by Playwright; no browser download)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import FIXTURES, REPO, SEED

from extractor.batch.run import BatchOptions, run
from extractor.errors import ExtractorError, InputError
from extractor.models import FACT_ADAPTER, Article
from extractor.review import FactsOnlyArticle, is_extract_output, load_records, read_inputs, script_json, write_report

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
HOSTILE = FIXTURES / "hostile" / "hostile-page.html"
OUTPUT = REPO / "test-output"

TEXT = (
    "Budget\n\nThe city spent about 96.4 billion yuan in Xinjiang in March 2021, "
    "and 40 buses ran.\n\nSecond page: 300 workers came."
)


# ---------------------------------------------------------------- building records by hand


def fact(kind: str, text: str, start: int, **fields) -> object:
    """A validated Fact at `start` in TEXT (the offsets are checked against TEXT by Article)."""
    assert TEXT[start : start + len(text)] == text
    base = {
        "kind": kind,
        "doc_id": "doc-1",
        "text": text,
        "start_char": start,
        "end_char": start + len(text),
        "page": 1 if start < TEXT.index("Second") else 2,
        "section": "body",
        "sentence": text,
    }
    return FACT_ADAPTER.validate_python({**base, **fields})


def handmade_article() -> Article:
    """Overlaps on purpose: a count inside an amount (nested), a place that crosses a date (side by
    side), and two facts with the very same span."""
    at = TEXT.index
    facts = [
        fact(
            "amount",
            "about 96.4 billion yuan",
            at("about 96.4"),
            value=96400000000,
            qualifier="approximate",
            unit="CNY",
            unit_kind="currency",
        ),
        fact("count", "96.4 billion", at("96.4 billion"), value=96400000000),
        fact(
            "place",
            "Xinjiang in March",
            at("Xinjiang"),
            name="Xinjiang",
            place_type="admin1",
            country_code="CN",
            lat=41.0,
            lon=85.0,
            gazetteer_id="geonames:1529047",
        ),
        fact(
            "date",
            "March 2021",
            at("March 2021"),
            value="2021-03",
            granularity="month",
            earliest="2021-03-01",
            latest="2021-03-31",
        ),
        fact("count", "40", at("40 buses"), value=40, counted="buses"),
        fact("amount", "40", at("40 buses"), value=40, unit="t", unit_kind="measure"),
        fact("count", "300", at("300"), value=300, low=300, qualifier="at_least", counted="workers"),
    ]
    first, second = TEXT.index("The city"), TEXT.index("Second")
    return Article.model_validate(
        {
            "doc_id": "doc-1",
            "url": "javascript:alert(1)",
            "title": "Budget <script>alert(1)</script>",
            "published": "2021-05-08",
            "pages": [
                {"page": 1, "url": "https://example.com/a.html", "source": "a.html"},
                {"page": 2, "url": "javascript:alert(2)", "source": "a-2.html"},
            ],
            "text": TEXT,
            "blocks": [
                {"section": "title", "page": 1, "start_char": 0, "end_char": 6},
                {"section": "body", "page": 1, "start_char": first, "end_char": second - 2},
                {"section": "body", "page": 2, "start_char": second, "end_char": len(TEXT)},
            ],
            "facts": [f.model_dump() for f in facts],
        }
    )


# ---------------------------------------------------------------- Python side, no browser


def test_script_json_cannot_end_its_element():
    value = {"t": "</script><script>alert(1)</script> <!-- x --> & \u2028"}
    text = script_json(value)
    assert "</" not in text and "<!--" not in text and "<" not in text
    assert json.loads(text) == value


def test_page_is_self_contained_with_a_strict_csp(tmp_path):
    out = tmp_path / "r.html"
    write_report([handmade_article()], str(out))
    html = out.read_text(encoding="utf-8")
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1)
    assert "default-src 'none'" in csp and "script-src 'sha256-" in csp and "unsafe-inline" not in csp
    assert not re.search(r"<(link|img|iframe)\b|\ssrc=|@import|url\(", html, re.I)
    assert "<script>alert(1)" not in html  # the title's markup travels escaped inside JSON


def test_articles_jsonl_round_trip(tmp_path):
    article = handmade_article()
    path = tmp_path / "articles.jsonl"
    path.write_text(article.model_dump_json() + "\n\n", encoding="utf-8")
    assert is_extract_output(path)
    assert load_records(path) == [article]


def test_facts_jsonl_is_rebuilt_from_sentences(tmp_path):
    text = "Alpha 5 km and 7 km. Beta 5 km again."
    sentences = ["Alpha 5 km and 7 km.", "Beta 5 km again."]
    rows = [("5 km", text.index("5 km"), 0), ("7 km", text.index("7 km"), 0), ("5 km", text.rindex("5 km"), 1)]
    facts = [
        FACT_ADAPTER.validate_python(
            {
                "kind": "amount",
                "doc_id": doc,
                "text": t,
                "start_char": s,
                "end_char": s + len(t),
                "page": 1,
                "section": "body",
                "sentence": sentences[i],
                "value": int(t[0]),
                "unit": "km",
                "unit_kind": "measure",
            }
        )
        for doc in ("d1", "d2")
        for t, s, i in rows
    ]
    path = tmp_path / "facts.jsonl"
    path.write_text("".join(f.model_dump_json() + "\n" for f in facts), encoding="utf-8")
    assert is_extract_output(path)
    articles = load_records(path)
    assert [a.doc_id for a in articles] == ["d1", "d2"]
    rebuilt = articles[0]
    assert isinstance(rebuilt, FactsOnlyArticle)
    assert rebuilt.text == "\n\n".join(sentences)  # each sentence once, in text order
    assert [f.text for f in rebuilt.facts] == ["5 km", "7 km", "5 km"]  # offsets checked by the model


def test_read_inputs_takes_extract_output_and_pipeline_inputs(tmp_path):
    written = tmp_path / "articles.jsonl"
    written.write_text(handmade_article().model_dump_json() + "\n", encoding="utf-8")
    results = list(read_inputs([str(written), str(HOSTILE), str(tmp_path / "missing.html")]))
    assert [type(r).__name__ for r in results] == ["Article", "InputError", "Article"]
    assert results[0] == handmade_article() and results[2].doc_id.endswith("hostile-page.html")


def test_bad_lines_and_input_records(tmp_path):
    inputs = tmp_path / "inputs.jsonl"
    inputs.write_text('{"id": "x", "text": "hello"}\n', encoding="utf-8")
    assert not is_extract_output(inputs)
    with pytest.raises(InputError, match="line 1"):
        load_records(inputs)


def test_directory_mode_writes_one_file_per_article(tmp_path):
    out = tmp_path / "report"
    error = ExtractorError("missing.html", "no such file")
    write_report([handmade_article(), error, handmade_article()], str(out) + "/")
    assert sorted(p.name for p in out.iterdir()) == ["0001.html", "0002.html", "index.html"]
    assert "missing.html" in (out / "index.html").read_text(encoding="utf-8")


# ---------------------------------------------------------------- in the browser


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("no /usr/bin/chromium: apt-get install chromium chromium-driver (see .ci/run)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright (no browser download)")
    with sync_api.sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class Opened:
    """A report open in a fresh page, with every request and dialog it caused recorded."""

    def __init__(self, browser, path: Path):
        self.url = path.resolve().as_uri()
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.page = browser.new_page(viewport={"width": 1200, "height": 900})
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.goto(self.url)
        self.page.wait_for_selector("body[data-ready]")

    def assert_quiet(self):
        """Nothing left the page, nothing popped up, nothing threw."""
        assert self.requests == [self.url]
        assert self.dialogs == [] and self.errors == []
        assert self.page.evaluate("window.__pwned") is None

    def fragments(self, section: str = ".article") -> dict[int, str]:
        """Fact index -> the text of all its marks joined (a crossing fact is split in two)."""
        return {
            int(k): v
            for k, v in self.page.eval_on_selector(
                section,
                """s => {
            const out = {};
            s.querySelectorAll('mark.f').forEach(m => {
                out[m.dataset.fact] = (out[m.dataset.fact] || '') + m.textContent; });
            return out; }""",
            ).items()
        }


def report(browser, tmp_path: Path, articles, name: str = "report.html") -> Opened:
    out = tmp_path / name
    write_report(articles, str(out))
    return Opened(browser, out)


def assert_one_highlight_per_fact(opened: Opened, article: Article, section: str = ".article") -> None:
    facts = article.facts or []
    assert opened.fragments(section) == {i: f.text for i, f in enumerate(facts)}
    starts = opened.page.eval_on_selector(section, "s => s.querySelectorAll('mark.f:not(.cont)').length")
    assert starts == len(facts)
    # no character lost or doubled: every paragraph reads exactly as its block
    shown = opened.page.eval_on_selector(section, "s => [...s.querySelectorAll('.text p')].map(p => p.textContent)")
    assert shown == [article.text[b.start_char : b.end_char] for b in article.blocks]


@pytest.fixture(scope="module")
def seed_article() -> Article:
    [article] = list(run([str(SEED)], BatchOptions()))
    assert isinstance(article, Article), article
    return article


@pytest.mark.slow
def test_seed_report(browser, tmp_path, seed_article):
    opened = report(browser, tmp_path, [seed_article])
    assert_one_highlight_per_fact(opened, seed_article)
    assert seed_article.title in opened.page.inner_text("h2")
    OUTPUT.mkdir(exist_ok=True)
    opened.page.screenshot(path=str(OUTPUT / "review-seed.png"))
    opened.page.screenshot(path=str(OUTPUT / "review-seed-full.png"), full_page=True)
    opened.assert_quiet()


@pytest.mark.slow
def test_overlapping_facts_nest_or_split(browser, tmp_path):
    article = handmade_article()
    opened = report(browser, tmp_path, [article])
    assert_one_highlight_per_fact(opened, article)
    page = opened.page
    # the count sits inside the amount; the same-span pair nests too
    assert page.inner_text("mark[data-fact='0'] > mark[data-fact='1']") == "96.4 billion"
    assert page.inner_text("mark[data-fact='4'] > mark[data-fact='5']") == "40"
    # the date crosses out of the place: it is split where the place ends, and the place stays whole
    assert page.inner_text("mark[data-fact='2']") == "Xinjiang in March"
    assert page.eval_on_selector_all("mark[data-fact='3']", "ms => ms.map(m => m.textContent)") == ["March", " 2021"]
    assert page.eval_on_selector_all("mark[data-fact='3']", "ms => ms.map(m => m.parentNode.dataset.fact)") == [
        "2",
        None,
    ]
    opened.assert_quiet()


@pytest.mark.slow
def test_panel_shows_normalized_fields(browser, tmp_path):
    opened = report(browser, tmp_path, [handmade_article()])
    page = opened.page
    page.hover("mark[data-fact='1']")  # the count inside the amount: the panel shows both
    panel = page.inner_text("#panel")
    assert "96,400,000,000" in panel and "CNY" in panel and "approximate" in panel
    assert page.eval_on_selector_all("#panel .fact", "fs => fs.map(f => f.dataset.fact)") == ["1", "0"]
    page.click("mark[data-fact='3']")  # a click pins the panel
    assert "2021-03-01" in page.inner_text("#panel [data-field='earliest']")
    assert "2021-03-31" in page.inner_text("#panel [data-field='latest']")
    page.click("#panel .close")
    page.click("mark[data-fact='2'] >> nth=0")
    osm = page.get_attribute("#panel a.osm", "href")
    assert osm == "https://www.openstreetmap.org/?mlat=41.00000&mlon=85.00000#map=8/41.00000/85.00000"
    assert "admin1" in page.inner_text("#panel") and "CN" in page.inner_text("#panel")
    opened.assert_quiet()


@pytest.mark.slow
def test_kind_filter_and_value_sort(browser, tmp_path):
    opened = report(browser, tmp_path, [handmade_article()])
    page = opened.page
    for kind in ("amount", "count", "date"):
        page.uncheck(f".article input.kind-toggle[data-kind='{kind}']")
    visible = page.eval_on_selector_all(
        ".fact-table tbody tr", "rs => rs.filter(r => r.offsetParent).map(r => r.className)"
    )
    assert visible == ["k-place"]
    colours = page.eval_on_selector_all(
        "mark.f",
        """ms => ms.map(m => [m.className.split(' ')[1],
        getComputedStyle(m).backgroundColor])""",
    )
    assert {c for k, c in colours if k != "k-place"} == {"rgba(0, 0, 0, 0)"}
    assert all(c != "rgba(0, 0, 0, 0)" for k, c in colours if k == "k-place")
    assert page.is_hidden(".timeline")
    page.check(".article input.kind-toggle[data-kind='count']")
    page.click("button[data-sort='value']")
    values = page.eval_on_selector_all(".fact-table tbody tr.k-count", "rs => rs.map(r => r.dataset.fact)")
    assert values == ["4", "6", "1"]  # 40, 300, 96.4 billion
    opened.assert_quiet()


@pytest.mark.slow
def test_timeline_has_a_bar_per_dated_fact(browser, tmp_path, seed_article):
    opened = report(browser, tmp_path, [seed_article])
    dated = [i for i, f in enumerate(seed_article.facts or []) if f.kind == "date" and (f.earliest or f.latest)]
    bars = opened.page.eval_on_selector_all(".timeline rect.bar", "bs => bs.map(b => +b.dataset.fact)")
    assert sorted(bars) == dated
    opened.assert_quiet()


@pytest.mark.slow
def test_hostile_page_runs_nothing(browser, tmp_path):
    results = list(run([str(HOSTILE)], BatchOptions()))
    assert all(isinstance(r, Article) for r in results), results
    opened = report(browser, tmp_path, [*results, handmade_article()])
    page = opened.page
    page.click("a.to-article >> nth=1")  # render the second article as well
    page.wait_for_selector("#a-2:not(.placeholder)")
    text = page.inner_text("main")
    for typed in (
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "javascript:alert(1)",
        "</script><script>window.__pwned=1</script>",
        "<!-- comments -->",
    ):
        assert typed in text
    for mark in page.query_selector_all("mark.f:not(.cont)"):
        mark.hover()
    assert page.eval_on_selector_all("script", "s => s.filter(x => x.type !== 'application/json').length") == 1
    assert page.query_selector_all("main img, main svg[onload], main iframe") == []
    hrefs = page.eval_on_selector_all("a[href]", "as => as.map(a => a.getAttribute('href'))")
    assert not [h for h in hrefs if not re.match(r"(https://|#a-\d+$)", h)]
    assert_one_highlight_per_fact(opened, results[0], "#a-1")
    opened.assert_quiet()


def multipage_record(tmp_path: Path) -> Path:
    """The seed page and a made-up page 2, handed in whole as one JSONL record."""
    page2 = (
        "<html><head><title>Page 2</title></head><body><article><p>In June 2021, more than 300 "
        "workers from Zhejiang arrived in Kashgar, and 12 new schools opened.</p>"
        "<p>The second page ends here with 45 percent more pupils.</p></article></body></html>"
    )
    record = {
        "id": "peoples-daily-multi",
        "pages": [
            {"html": SEED.read_text(encoding="utf-8"), "url": "http://en.people.cn/n3/2021/0508/c90000-9847469.html"},
            {"html": page2, "url": "http://en.people.cn/n3/2021/0508/c90000-9847469-2.html"},
        ],
    }
    path = tmp_path / "multi.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return path


@pytest.mark.slow
def test_multipage_article_shows_page_breaks(browser, tmp_path):
    [article] = list(run([str(multipage_record(tmp_path))], BatchOptions()))
    assert isinstance(article, Article) and len(article.pages) == 2, article
    opened = report(browser, tmp_path, [article])
    page = opened.page
    assert page.eval_on_selector_all(".page-break", "bs => bs.map(b => b.dataset.page)") == ["2"]
    assert "c90000-9847469-2.html" in page.inner_text(".page-break")
    assert page.inner_text(".meta").count("http://en.people.cn/") == 2  # every page's URL
    assert_one_highlight_per_fact(opened, article)
    # the break stands right before page 2's first paragraph
    after = page.eval_on_selector(".page-break", "b => b.nextElementSibling.textContent")
    first = next(b for b in article.blocks if b.page == 2)
    assert after == article.text[first.start_char : first.end_char]
    opened.assert_quiet()


@pytest.mark.slow
def test_facts_only_input_renders_sentences(browser, tmp_path, seed_article):
    path = tmp_path / "facts.jsonl"
    path.write_text("".join(f.model_dump_json() + "\n" for f in seed_article.facts or []), encoding="utf-8")
    if not seed_article.facts:
        pytest.skip("the seed page has no facts yet")
    [rebuilt] = load_records(path)
    opened = report(browser, tmp_path, [rebuilt])
    assert "Rebuilt from facts only" in opened.page.inner_text(".note")
    assert_one_highlight_per_fact(opened, rebuilt)
    opened.assert_quiet()


@pytest.mark.slow
def test_many_articles_render_lazily(browser, tmp_path):
    article = handmade_article()
    opened = report(browser, tmp_path, [article] * 300)
    page = opened.page
    assert page.eval_on_selector_all("#index tbody tr", "rs => rs.length") == 300
    rendered = page.eval_on_selector_all(".article:not(.placeholder)", "s => s.length")
    assert 1 <= rendered < 30
    page.click("#index a[href='#a-250']")
    page.wait_for_selector("#a-250:not(.placeholder)")
    assert_one_highlight_per_fact(opened, article, "#a-250")
    opened.assert_quiet()


@pytest.mark.slow
def test_directory_report_in_the_browser(browser, tmp_path):
    out = tmp_path / "dir"
    write_report([handmade_article(), handmade_article()], str(out) + "/")
    index = Opened(browser, out / "index.html")
    assert index.page.eval_on_selector_all("#index a.to-article", "as => as.map(a => a.getAttribute('href'))") == [
        "0001.html",
        "0002.html",
    ]
    index.assert_quiet()
    second = Opened(browser, out / "0002.html")
    assert_one_highlight_per_fact(second, handmade_article())
    assert second.page.eval_on_selector_all("#nav a", "as => as.map(a => a.getAttribute('href'))") == [
        "index.html",
        "0001.html",
    ]
    second.assert_quiet()


@pytest.mark.slow
def test_money_per_unit_reads_as_a_rate(browser, tmp_path):
    """Money paid per a unit (the optional field `per`) reads as a rate in the summary and has its own panel row;
    money with no `per` shows its currency alone. The facts are the pipeline's own on Reuters' sentence (articles/)."""
    source = tmp_path / "in.jsonl"
    text = "U.S. crude CLc1 fell 3.38% to $55.12 per barrel and Brent LCOc1 was last at $60.73, down 2.74% on the day."
    source.write_text(json.dumps({"id": "oil", "text": text, "reference_date": "2019-11-18"}) + "\n")
    [article] = list(run([str(source)], BatchOptions()))
    assert isinstance(article, Article), article
    facts = article.facts or []
    rate = next(i for i, f in enumerate(facts) if f.text == "$55.12")
    plain = next(i for i, f in enumerate(facts) if f.text == "$60.73")
    opened = report(browser, tmp_path, [article])
    page = opened.page
    value = ".fact-table tbody tr[data-fact='{}'] td.value"
    assert page.inner_text(value.format(rate)) == "55.12 USD/oil_barrel"
    assert page.inner_text(value.format(plain)) == "60.73 USD"
    page.click(f"mark[data-fact='{rate}']")
    assert "oil_barrel" in page.inner_text("#panel [data-field='per']")
    page.click("#panel .close")
    page.click(f"mark[data-fact='{plain}']")
    assert "USD" in page.inner_text("#panel [data-field='unit']")
    assert page.query_selector("#panel [data-field='per']") is None
    opened.assert_quiet()
