"""CPU time of find_dates on the 181 real pages (../shared/eval/articles/html), in CPU-ms an article.

Each page goes through parse_page + build_article with extractor.facts.find_dates wrapped in
time.process_time ("in-pipeline": includes the first call's compiling of dates.json); then the captured
(docs, reference date) of every article are run through find_dates again, five times ("re-runs", warm).
CPU time, not wall time: the machine is shared.

    PYTHONPATH=$PWD .venv/bin/python benchmarks/dates_bench.py [--profile]
"""

from __future__ import annotations

import cProfile
import pstats
import sys
import time
from pathlib import Path

import extractor.facts as facts
from extractor.pipeline import build_article, parse_page
from extractor.sources import read_path

PAGES = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "articles" / "html"


def main() -> None:
    captured, spent, find_dates = [], [0.0], facts.find_dates

    def timed(docs, reference_date):
        start = time.process_time()
        out = find_dates(docs, reference_date)
        spent[0] += time.process_time() - start
        captured.append((docs, reference_date))
        return out

    facts.find_dates = timed
    for path in sorted(PAGES.iterdir()):
        page = next(read_path(str(path)))
        build_article([parse_page(page.html, str(path))])
    n = len(captured)
    print(f"articles {n}; in-pipeline find_dates {spent[0] * 1000 / n:.2f} CPU-ms/article")
    runs = []
    for _ in range(5):
        start = time.process_time()
        for docs, reference_date in captured:
            find_dates(docs, reference_date)
        runs.append((time.process_time() - start) * 1000 / n)
    print("re-runs CPU-ms/article:", " ".join(f"{r:.2f}" for r in runs), f"min {min(runs):.2f}")
    if "--profile" in sys.argv:
        profile = cProfile.Profile()
        profile.enable()
        for docs, reference_date in captured:
            find_dates(docs, reference_date)
        profile.disable()
        pstats.Stats(profile).sort_stats("tottime").print_stats(20)


if __name__ == "__main__":
    main()
