"""First-page latency of a cold process: `extractor extract` on one page, in a fresh process whose home and
temporary directory are empty (no gazetteer cache), as on a new cluster worker or CI. Then the same with the
cache a first run left behind. Run it with the Python of an environment where the package is installed from
its wheel (the gazetteer ships inside it) and, to compare, of an editable install (which builds it).

    python benchmarks/cold_start.py --python /path/to/venv/bin/python --runs 3
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PAGE = Path(__file__).resolve().parent.parent / "fixtures" / "peoples-daily" / "c90000-9847469.html"


def timed_run(python: str, home: Path) -> float:
    env = {**os.environ, "HOME": str(home), "TMPDIR": str(home / "tmp")}
    env.pop("XDG_CACHE_HOME", None)
    (home / "tmp").mkdir(exist_ok=True)
    started = time.perf_counter()
    subprocess.run(
        [python, "-m", "extractor", "extract", str(PAGE), "-o", str(home / "out.jsonl"), "-q", "--jobs", "1"],
        env=env,
        check=True,
        cwd=home,
    )
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--python", default=sys.executable, help="the interpreter of the environment to measure")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    cold, warm = [], []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as tmp:
            cold.append(timed_run(args.python, Path(tmp)))
            warm.append(timed_run(args.python, Path(tmp)))
    print(f"{args.python}: first page, cold process, empty home: median {statistics.median(cold):.2f} s {cold}")
    print(f"{args.python}: the same with the cache the first run left: median {statistics.median(warm):.2f} s")


if __name__ == "__main__":
    main()
