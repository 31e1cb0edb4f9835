"""Argument parsing and exit codes only; the stages live in their own modules.

Exit codes: 0 all inputs done, 1 some input failed (each failure is one line on stderr), 2 usage error.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import signal
import sqlite3
import sys
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import TextIO

from . import __version__
from .batch import BatchOptions, Result, all_cores, run
from .errors import ExtractorError
from .models import Article, schema_files
from .nlp import tune_process
from .output import article_lines, error_line, open_output
from .resume import Ledger, ResumeError, done_path
from .sources import MAX_BYTES, expand_paths


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    problem = _unusable_paths(args)
    if problem:
        print(f"extractor {args.command}: {problem}", file=sys.stderr)
        return 2
    tune_process()
    previous = signal.signal(signal.SIGTERM, _terminated)
    try:
        return args.handler(args)
    except KeyboardInterrupt:
        print("extractor: interrupted", file=sys.stderr)
        return 130
    except _Terminated:
        print("extractor: terminated", file=sys.stderr)
        return 143
    except BrokenPipeError:
        return 0
    finally:
        signal.signal(signal.SIGTERM, previous)


class _Terminated(BaseException):
    """SIGTERM as an exception, so that temporary files are removed and workers stopped on the way out."""


def _terminated(signum: int, frame: object) -> None:
    raise _Terminated()


def _unusable_paths(args: argparse.Namespace) -> str | None:
    """Output paths that cannot work, refused before any input is read: a folder as -o or --errors
    (except view's -o, which writes a folder of pages), a --cache that is a folder or not a SQLite file."""
    outputs = [getattr(args, "errors", None)]
    if args.command != "view":
        outputs.append(getattr(args, "output", None))
    for path in outputs:
        if path and path != "-" and os.path.isdir(path):
            return f"{path} is a folder; give a file name to write to"
    cache = getattr(args, "cache", None)
    return _unusable_cache(cache) if cache and not getattr(args, "no_cache", False) else None


def _unusable_cache(path: str) -> str | None:
    if os.path.isdir(path):
        return f"--cache {path} is a folder; give a file name for the page cache"
    if not os.path.exists(path) or os.path.getsize(path) == 0:
        return None  # created on first use
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
            db.execute("PRAGMA schema_version").fetchone()
            check = db.execute("PRAGMA quick_check").fetchone()
    except sqlite3.Error as err:
        return f"--cache {path} is not a usable SQLite page cache ({err}); move it away or give another path"
    if check and check[0] != "ok":
        return f"--cache {path} is damaged (SQLite says: {check[0]}); move it away or give another path"
    return None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="extractor", description="News articles in, validated facts out (JSONL).")
    parser.add_argument("--version", action="version", version=f"extractor {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    extract = commands.add_parser("extract", help="saved pages, folders or JSONL inputs -> facts as JSONL")
    _add_input_options(extract)
    extract.add_argument("--format", choices=["facts", "articles"], default="facts")
    extract.add_argument("--reference-date", type=_iso_date, help="resolve relative dates against this YYYY-MM-DD")
    extract.add_argument(
        "--jobs",
        type=_positive,
        default=all_cores(),
        help="worker processes, each loading the model once (default: all %(default)s cores)",
    )
    extract.add_argument(
        "--ordered",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="write articles in input order (default); --no-ordered writes them as they complete",
    )
    extract.add_argument(
        "--resume",
        action="store_true",
        help="with -o FILE: skip articles already in FILE and append the others. FILE is then "
        "written article by article, not whole at the end; FILE.done records each "
        "completed article (also those without facts), and a restart first cuts FILE "
        "back to the last recorded article, so no fact is ever written twice",
    )
    extract.set_defaults(handler=_extract)

    crawl = commands.add_parser("crawl", help="fetch each article URL with all its pages -> facts as JSONL")
    crawl.add_argument("urls", nargs="*", metavar="URL", help="page 1 of each article")
    crawl.add_argument("--urls", dest="urls_file", metavar="FILE", help="a file of URLs, one a line")
    crawl.add_argument("-o", "--output", metavar="OUT", help="write here (whole or not at all) instead of stdout")
    crawl.add_argument("--errors", metavar="FILE", help="also write each failed article as a JSONL line here")
    crawl.add_argument("--format", choices=["facts", "articles"], default="facts")
    _add_crawl_options(crawl)
    crawl.set_defaults(handler=_crawl)

    text = commands.add_parser("text", help="the cleaned article records, without facts")
    _add_input_options(text)
    text.set_defaults(handler=_text)

    view = commands.add_parser("view", help="a self-contained HTML review page of articles and their facts")
    view.add_argument("paths", nargs="+", metavar="PATH", help="inputs as for extract, or JSONL that extract wrote")
    view.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        required=True,
        help="report.html, or a folder (ending in /) for one file per article plus index.html",
    )
    view.add_argument("--errors", metavar="FILE", help="also write each failed input as a JSONL line here")
    view.add_argument("--reference-date", type=_iso_date, help="resolve relative dates against this YYYY-MM-DD")
    view.add_argument("--max-bytes", type=_positive, default=MAX_BYTES, help="refuse pages larger than this")
    view.set_defaults(handler=_view)

    schema = commands.add_parser("schema", help="print the JSON Schemas of the records")
    schema.add_argument("--write", metavar="DIR", help="write the schema files into DIR instead")
    schema.set_defaults(handler=_schema)
    return parser


def _add_input_options(cmd: argparse.ArgumentParser) -> None:
    cmd.add_argument("paths", nargs="+", metavar="PATH", help="files, folders, .jsonl, or - for HTML on stdin")
    cmd.add_argument("-o", "--output", metavar="OUT", help="write here (whole or not at all) instead of stdout")
    cmd.add_argument("--errors", metavar="FILE", help="also write each failed input as a JSONL line here")
    cmd.add_argument(
        "--max-bytes", type=_positive, default=MAX_BYTES, help="refuse pages and JSONL records larger than this (bytes)"
    )


def _add_crawl_options(cmd: argparse.ArgumentParser) -> None:
    from .crawl import CrawlOptions

    d = CrawlOptions()
    cmd.add_argument("--max-pages", type=_positive, default=d.max_pages, help="pages per article at most")
    cmd.add_argument("--concurrency", type=_positive, default=d.concurrency, help="requests in flight overall")
    cmd.add_argument("--per-host", type=_positive, default=d.per_host, help="requests in flight to one host")
    cmd.add_argument("--delay", type=float, default=d.delay, help="seconds between requests to one host")
    cmd.add_argument("--timeout", type=float, default=d.timeout, help="connect and read timeout, seconds")
    cmd.add_argument("--retries", type=int, default=d.retries, help="further attempts on errors, 429 and 5xx")
    cmd.add_argument("--max-bytes", type=_positive, default=d.max_bytes, help="body cap per page")
    cmd.add_argument("--cache", metavar="PATH", help="the SQLite page cache (default: the user's cache dir)")
    cmd.add_argument("--no-cache", action="store_true", help="neither read nor write the page cache")
    cmd.add_argument("--refresh", action="store_true", help="fetch again what the cache holds")
    cmd.add_argument("--ignore-robots", action="store_true", help="do not obey robots.txt (the user's responsibility)")


def _iso_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a YYYY-MM-DD date") from None


def _positive(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number of 1 or more")
    return int(value)


def _extract(args: argparse.Namespace) -> int:
    jobs = _jobs_worth_a_pool(args.paths, args.jobs)
    options = BatchOptions(
        reference_date=args.reference_date, with_facts=True, max_bytes=args.max_bytes, jobs=jobs, ordered=args.ordered
    )
    if args.resume:
        return _resume(args, options)
    code = _emit(args, options, args.format)
    if args.output and args.output != "-":
        done_path(args.output).unlink(missing_ok=True)  # a ledger of an older FILE would mislead a --resume
    return code


def _jobs_worth_a_pool(paths: list[str], jobs: int) -> int:
    """Worker processes pay a model load each: no more of them than there are inputs to share."""
    if any(p.lower().endswith(".jsonl") for p in paths):
        return jobs  # a JSONL file may hold any number of articles
    return max(1, sum(1 for _ in islice(expand_paths(paths), jobs)))


def _resume(args: argparse.Namespace, options: BatchOptions) -> int:
    """Append to -o FILE article by article, skipping what FILE.done says is complete."""
    if not args.output or args.output == "-":
        print("extractor extract: --resume needs -o FILE", file=sys.stderr)
        return 2
    progress = _progress(args.paths)
    try:
        ledger = Ledger(args.output)
    except ResumeError as err:
        print(f"extractor extract: {err.source} {err.message}", file=sys.stderr)
        return 2
    try:
        results = run(args.paths, options, tick=progress.update if progress else lambda: None, skip=ledger.skip)
        with open(args.errors, "a", encoding="utf-8") if args.errors else _null() as errors:
            failed = _drain(results, errors, lambda article: ledger.add(article, article_lines(article, args.format)))
    finally:
        ledger.close()
    if progress:
        progress.close()
    return 1 if failed else 0


def _crawl(args: argparse.Namespace) -> int:
    from .crawl import CrawlOptions, crawl
    from .fetch import FetchStats

    urls = list(args.urls)
    if args.urls_file:
        try:
            with open(args.urls_file, encoding="utf-8") as f:
                urls += [line.strip() for line in f if line.strip() and not line.startswith("#")]
        except OSError as err:
            print(f"extractor: {args.urls_file}: cannot read: {err.strerror or err}", file=sys.stderr)
            return 2
    if not urls:
        print("extractor crawl: give at least one URL or --urls FILE", file=sys.stderr)
        return 2
    progress = _bar(len(urls), "article")
    options = CrawlOptions(
        max_pages=args.max_pages,
        concurrency=args.concurrency,
        per_host=args.per_host,
        delay=args.delay,
        timeout=args.timeout,
        retries=args.retries,
        max_bytes=args.max_bytes,
        cache=args.cache,
        no_cache=args.no_cache,
        refresh=args.refresh,
        ignore_robots=args.ignore_robots,
    )
    stats = FetchStats()
    results = _ticking(crawl(urls, options, stats), progress)
    with open_output(args.output) as out, open_output(args.errors) if args.errors else _null() as errors:
        failed = write_results(results, args.format, out, errors)
    if progress:
        progress.close()
    print(
        f"extractor: {len(urls) - failed} articles crawled, {failed} failed; {stats.requests} requests, "
        f"{stats.cache_hits} pages from the cache",
        file=sys.stderr,
    )
    return 1 if failed else 0


def _ticking(results: Iterable[Result], progress) -> Iterator[Result]:
    for result in results:
        if progress:
            progress.update()
        yield result


def _text(args: argparse.Namespace) -> int:
    return _emit(args, BatchOptions(with_facts=False, max_bytes=args.max_bytes), "articles")


def _emit(args: argparse.Namespace, options: BatchOptions, fmt: str) -> int:
    progress = _progress(args.paths)
    results = run(args.paths, options, tick=progress.update if progress else lambda: None)
    with open_output(args.output) as out, open_output(args.errors) if args.errors else _null() as errors:
        failed = write_results(results, fmt, out, errors)
    if progress:
        progress.close()
    return 1 if failed else 0


def write_results(results: Iterable[Result], fmt: str, out: TextIO, errors: TextIO | None) -> int:
    """Write each article's lines as it completes; report each failure on stderr. Returns the failures."""
    return _drain(results, errors, lambda article: out.writelines(line + "\n" for line in article_lines(article, fmt)))


def _drain(results: Iterable[Result], errors: TextIO | None, on_article: Callable[[Article], None]) -> int:
    failed = 0
    for result in results:
        if isinstance(result, ExtractorError):
            failed += 1
            _report(result, errors)
        else:
            on_article(result)
    return failed


def _progress(paths: list[str]):
    return _bar(sum(1 for _ in expand_paths(paths)), "file") if sys.stderr.isatty() else None


def _bar(total: int, unit: str):
    """A progress bar on stderr, only at a terminal and only when there is more than a handful to do."""
    if not sys.stderr.isatty() or total < 5:
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit=unit, file=sys.stderr)


class _null:
    def __enter__(self):
        return None

    def __exit__(self, *exc):
        return False


def _view(args: argparse.Namespace) -> int:
    from .view import read_inputs, write_report

    options = BatchOptions(reference_date=args.reference_date, max_bytes=args.max_bytes)
    failures: list[ExtractorError] = []
    with open_output(args.errors) if args.errors else _null() as errors:
        write_report(_reporting(read_inputs(args.paths, options), failures, errors), args.output)
    return 1 if failures else 0


def _reporting(results: Iterable[Result], failures: list[ExtractorError], errors: TextIO | None) -> Iterator[Result]:
    """Pass results on, reporting each failure on stderr (and --errors) as it goes by."""
    for result in results:
        if isinstance(result, ExtractorError):
            failures.append(result)
            _report(result, errors)
        yield result


def _report(error: ExtractorError, errors: TextIO | None) -> None:
    print(f"extractor: {error.source}: {error.message}", file=sys.stderr)
    if errors is not None:
        errors.write(error_line(error) + "\n")


def _schema(args: argparse.Namespace) -> int:
    files = schema_files()
    if args.write:
        from pathlib import Path

        for name, content in files.items():
            Path(args.write, name).write_text(content, encoding="utf-8")
        return 0
    for content in files.values():
        sys.stdout.write(content)
    return 0
