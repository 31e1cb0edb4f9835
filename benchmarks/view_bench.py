"""How long a big review page takes: write N articles, open the page in headless Chromium, scroll it.

    .venv/bin/python benchmarks/view_bench.py [-n 1000] [--articles extract-output.jsonl]

Without --articles the seed page is run through the pipeline once and copied N times (each copy its
own doc_id), so the page holds N real articles with real facts. Prints one JSON line of timings.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from extractor.batch.run import BatchOptions, run
from extractor.models import Article
from extractor.review import load_records, write_report

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "fixtures" / "peoples-daily" / "c90000-9847469.html"
CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

# counts long tasks (>50 ms on the main thread): what a reader feels as the page freezing
LONG_TASKS = """window.__long = [];
new PerformanceObserver(l => l.getEntries().forEach(e => window.__long.push(e.duration)))
  .observe({type: 'longtask', buffered: true});"""


def sample(path: str | None) -> list[Article]:
    if path:
        return load_records(path)
    return [a for a in run([str(SEED)], BatchOptions()) if isinstance(a, Article)]


def copies(articles: list[Article], n: int) -> list[Article]:
    out = []
    for i in range(n):
        base = articles[i % len(articles)]
        doc_id = f"{base.doc_id}#copy-{i + 1}"
        facts = [f.model_copy(update={"doc_id": doc_id}) for f in base.facts or []]
        out.append(base.model_copy(update={"doc_id": doc_id, "facts": facts}))
    return out


def timed(work) -> float:
    start = time.perf_counter()
    work()
    return round(time.perf_counter() - start, 3)


def browse(path: Path) -> dict:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        page.add_init_script(LONG_TASKS)
        start = time.perf_counter()
        page.goto(path.resolve().as_uri())
        page.wait_for_selector("body[data-ready]")
        opened = time.perf_counter() - start
        rendered_at_open = page.eval_on_selector_all(".article:not(.placeholder)", "s => s.length")
        page.wait_for_timeout(500)
        open_tasks = page.evaluate("window.__long.splice(0)")
        start = time.perf_counter()
        height = page.evaluate("document.documentElement.scrollHeight")
        for step in range(1, 101):  # scroll top to bottom in 100 jumps, a frame each
            page.evaluate(
                "y => new Promise(r => { window.scrollTo(0, y); requestAnimationFrame(() => r()); })",
                height * step // 100,
            )
        scrolled = time.perf_counter() - start
        long_tasks = page.evaluate("window.__long")
        jump = timed(lambda: (page.click("#index a[href='#a-900']"), page.wait_for_selector("#a-900 mark.f")))
        browser.close()
    return {
        "open_s": round(opened, 3),
        "rendered_at_open": rendered_at_open,
        "open_longest_task_ms": round(max(open_tasks, default=0)),
        "scroll_100_steps_s": round(scrolled, 3),
        "long_tasks": len(long_tasks),
        "longest_task_ms": round(max(long_tasks, default=0)),
        "index_jump_to_900_s": jump,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=1000)
    parser.add_argument("--articles", help="a JSONL of articles or facts that `extractor extract` wrote")
    args = parser.parse_args()
    articles = copies(sample(args.articles), args.n)
    with tempfile.TemporaryDirectory() as tmp:
        single = Path(tmp) / "report.html"
        result = {
            "articles": args.n,
            "facts": sum(len(a.facts or []) for a in articles),
            "write_single_s": timed(lambda: write_report(articles, str(single))),
            "single_mb": round(single.stat().st_size / 1e6, 1),
            "write_dir_s": timed(lambda: write_report(articles, str(Path(tmp) / "dir") + "/")),
        }
        result.update(browse(single))
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
