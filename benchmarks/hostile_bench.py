"""Time and peak memory on hostile pages whose work used to grow with the square of their size.

Pages are generated in a temporary folder (nothing is written to the repo):

- `numbers-200k.html`: one paragraph of 200,000 numbers and no full stop (1.3 MB): before the sentence cap and
  the NLP chunks, every fact carried the whole paragraph as its sentence, and memory ran out;
- `page-19mb.html`: a 19 MB page, under the 20 MB default cap: the People's Daily fixture's article with 18 MB
  of what makes real pages big around it (inline scripts and JSON state, styles, SVG, data-URI images,
  navigation and comment threads);
- `text-Nmb.html`: N MB of article paragraphs (real sentences with numbers, dates and places): the cost grows in
  proportion to the text up to the cap on what is read for facts (`--max-text`, 200,000 characters by default),
  and past it only the reading, cleaning and dating of the page grow (`text-19mb.html`: a 19 MB page of text).

Each page is run alone through `extractor extract PAGE -o OUT --jobs 1` (the whole CLI: start-up, model load,
reading, parsing, NLP, writing); wall seconds, CPU seconds (user+sys) and the peak RSS of the process (from
wait4) are printed as a Markdown table, with the output's size, fact count and the 1-minute load average when
the run began (wall time means little on a busy machine; CPU time is what to compare).

    .venv/bin/python benchmarks/hostile_bench.py [--text-mb 1 2 19] [--max-text CHARS]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "fixtures" / "peoples-daily" / "c90000-9847469.html"
MB = 1024 * 1024


def numbers_page(count: int = 200_000) -> str:
    return "<html><body><article><p>" + " ".join(str(n) for n in range(count)) + "</p></article></body></html>"


def bulky_page(size: int = 19 * MB) -> str:
    """The seed article, padded to `size` with the kinds of markup that make real pages big."""
    seed = SEED.read_text(encoding="utf-8")
    head, _, rest = seed.partition("<body")
    pieces = [
        '<script>window.__STATE__ = {"items": ['
        + ",".join(f'{{"id": {i}, "v": "x{i}"}}' for i in range(2000))
        + "]}</script>",
        "<style>"
        + "".join(f".c{i} {{ margin: {i % 9}px; color: #{i % 4096:03x}; }}\n" for i in range(2000))
        + "</style>",
        '<svg viewBox="0 0 10 10"><path d="' + " ".join(f"L{i % 97} {i % 89}" for i in range(5000)) + '"/></svg>',
        '<img alt="" src="data:image/png;base64,' + "iVBORw0KGgo" * 5000 + '">',
        "<nav><ul>" + "".join(f'<li><a href="/s/{i}">Section {i}</a></li>' for i in range(300)) + "</ul></nav>",
        '<div class="comments">'
        + "".join(f'<div class="comment"><p>Comment {i}: nice.</p></div>' for i in range(300))
        + "</div>",
    ]
    bulk, filler = [], "\n".join(pieces)
    while sum(map(len, bulk)) + len(seed) < size:
        bulk.append(filler)
    page = head + "<body>" + "".join(bulk) + rest.partition(">")[2]
    return page[: size - 1000] if len(page) > size else page


PARAGRAPHS = [
    "Zhejiang province has invested a total of 96.4 billion yuan (about $14.89 billion) in Xinjiang since 2010, "
    "and implemented over 10,000 projects in the region, officials said on 8 May 2021.",
    "About 1,200 people in Paris, France, paid $5 million for 3 km of road last week, up 12 percent from 2019.",
    "The company, based in Nairobi, Kenya, hired 340 engineers in the first quarter of 2022 and plans 500 more.",
]


def text_page(size: int) -> str:
    body, n = [], 0
    while n < size:
        paragraph = "<p>" + PARAGRAPHS[len(body) % len(PARAGRAPHS)] + "</p>\n"
        body.append(paragraph)
        n += len(paragraph)
    return "<html><head><title>Long report</title></head><body><article>" + "".join(body) + "</article></body></html>"


def measure(page: Path, out: Path, cwd: Path = REPO, extra: tuple[str, ...] = ()) -> dict:
    cmd = [sys.executable, "-m", "extractor", "extract", str(page), "-o", str(out), "--jobs", "1", *extra]
    load = os.getloadavg()[0]
    start = time.perf_counter()
    process = subprocess.Popen(cmd, cwd=cwd, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    stderr = process.stderr.read().decode() if process.stderr else ""
    facts = sum(1 for _ in out.open(encoding="utf-8")) if out.exists() else 0
    return {
        "page": page.name,
        "MB in": page.stat().st_size / MB,
        "wall s": wall,
        "CPU s": usage.ru_utime + usage.ru_stime,
        "peak RSS MB": usage.ru_maxrss / 1024,
        "MB out": out.stat().st_size / MB if out.exists() else 0.0,
        "facts": facts,
        "exit": os.waitstatus_to_exitcode(status),
        "load": load,
        "stderr": stderr.strip()[:200],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--text-mb", type=float, nargs="*", default=[1, 2, 19], help="sizes of the text pages")
    parser.add_argument("--max-text", type=int, help="passed on to extractor (default: its own)")
    args = parser.parse_args()
    extra = ("--max-text", str(args.max_text)) if args.max_text else ()
    with tempfile.TemporaryDirectory(prefix="hostile-bench-") as tmp:
        root = Path(tmp)
        pages = {"numbers-200k.html": numbers_page(), "page-19mb.html": bulky_page()}
        pages.update({f"text-{mb:g}mb.html": text_page(int(mb * MB)) for mb in args.text_mb})
        rows = []
        for name, html in pages.items():
            (root / name).write_text(html, encoding="utf-8")
            rows.append(measure(root / name, root / (name + ".jsonl"), extra=extra))
            print(rows[-1], file=sys.stderr)
    columns = ["page", "MB in", "wall s", "CPU s", "peak RSS MB", "MB out", "facts", "exit", "load"]
    print("| " + " | ".join(columns) + " |")
    print("|---|" + "--:|" * (len(columns) - 1))
    for row in rows:
        cells = [f"{row[c]:,.1f}" if isinstance(row[c], float) else f"{row[c]:,}" for c in columns[1:]]
        print(f"| `{row['page']}` | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
