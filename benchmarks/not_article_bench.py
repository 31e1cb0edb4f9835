"""Which real pages html/page_kind.py refuses: none of ../shared/eval/articles may be; the trafilatura pages of
../shared/eval/webpages are content pages too, so each refusal there is listed to be looked at.

    python benchmarks/not_article_bench.py [--set articles|trafilatura|htmldate|all]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from extractor.pipeline import parse_page
from extractor.sources import MAX_BYTES, read_path

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"


def pages(which: str):
    if which in ("articles", "all"):
        for line in (EVAL / "articles" / "manifest.jsonl").read_text().splitlines():
            rec = json.loads(line)
            yield "articles", rec["id"][:16], rec.get("url"), EVAL / "articles" / rec["html"]
    if which != "articles":
        for line in (EVAL / "webpages" / "manifest.jsonl").read_text().splitlines():
            rec = json.loads(line)
            tag = "trafilatura" if "trafilatura" in rec["sources"] else "htmldate"
            if which in (tag, "all"):
                yield tag, rec["id"], rec["url"], EVAL / "webpages" / rec["html"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", default="all", choices=["articles", "trafilatura", "htmldate", "all"])
    args = ap.parse_args()
    seen: Counter = Counter()
    refused: Counter = Counter()
    for tag, page_id, url, path in pages(args.set):
        raw = next(iter(read_path(str(path), MAX_BYTES)))
        seen[tag] += 1
        try:
            parsed = parse_page(raw.html or "", str(path), url if url and url.startswith("http") else None)
        except Exception as err:  # the cleaner's own failures are not this benchmark's business
            print(f"{tag} {page_id} parse failed: {err}")
            continue
        if parsed.not_article:
            refused[tag] += 1
            print(f"{tag} {page_id} {parsed.not_article[len('not an article: ') :]:28} {parsed.meta.title!r:.60} {url}")
    for tag in seen:
        print(f"{tag}: {refused[tag]} of {seen[tag]} refused")


if __name__ == "__main__":
    main()
