"""First-page latency of a cold process: `extractor extract` on one page, in a fresh process whose home and
temporary directory are empty (no gazetteer cache), as on a new cluster worker or CI. Then the same with the
cache a first run left behind. Run it with the Python of an environment where the package is installed from
its wheel (the gazetteer ships inside it) and, to compare, of an editable install (which builds it).

    python benchmarks/cold_start.py --python /path/to/venv/bin/python --runs 3
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PAGE = Path(__file__).resolve().parent.parent / "fixtures" / "peoples-daily" / "c90000-9847469.html"


def timed_run(python: str, home: Path) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user + system) of one run; CPU is what a loaded machine does not skew."""
    env = {**os.environ, "HOME": str(home), "TMPDIR": str(home / "tmp")}
    env.pop("XDG_CACHE_HOME", None)
    (home / "tmp").mkdir(exist_ok=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(
        [python, "-m", "extractor", "extract", str(PAGE), "-o", str(home / "out.jsonl"), "-q", "--jobs", "1"],
        env=env,
        check=True,
        cwd=home,
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--python", default=sys.executable, help="the interpreter of the environment to measure")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if os.sep in args.python:
        args.python = os.path.abspath(args.python)  # the runs start in an empty folder
    cold, warm = [], []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as tmp:
            cold.append(timed_run(args.python, Path(tmp)))
            warm.append(timed_run(args.python, Path(tmp)))
    for label, runs in (("first page, cold process, empty home", cold), ("again, with what the first run left", warm)):
        wall, cpu = statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)
        print(f"{args.python}: {label}: median {wall:.2f} s wall, {cpu:.2f} s CPU")


if __name__ == "__main__":
    main()
