"""Argument parsing and exit codes only; the stages live in their own modules.

Exit codes: 0 all inputs done, 1 some input failed (each failure is one line on stderr), 2 usage error or
a missing setup (the spaCy model).

The stages are imported inside the handlers, not at the top: `--help` and `--version` answer without
loading spaCy, pydantic or lxml.

Over 450 lines because it is one flat list of five commands' flags and their handlers, each short; split by
command it would scatter the shared flags (verbosity, languages, crawl options) over several modules.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import signal
import sqlite3
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import nullcontext
from itertools import islice
from typing import IO, TYPE_CHECKING

from .language import ALL, SUPPORTED, parse_languages
from .progress import QUIET, Tally
from .settings import MAX_BYTES, MAX_TEXT_VARIABLE, MODEL_VARIABLE, all_cores, max_text, model_name, versions

__all__ = ["main", "write_results"]

if TYPE_CHECKING:
    from .batch.run import BatchOptions, Result
    from .errors import ExtractorError
    from .models import Article
    from .web.options import CrawlOptions

# commands that run the spaCy model (`text` and `schema` do not)
_NEEDS_MODEL = {"extract", "crawl", "view"}


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.model:
        os.environ[MODEL_VARIABLE] = args.model  # worker processes inherit it
    if getattr(args, "max_text", None):
        os.environ[MAX_TEXT_VARIABLE] = str(args.max_text)  # read where facts are found, also in the workers
    problem = _unusable_paths(args)
    if problem:
        print(f"extractor {args.command}: {problem}", file=sys.stderr)
        return 2
    from .errors import SetupError
    from .nlp import check_model, tune_process

    tune_process()
    previous = signal.signal(signal.SIGTERM, _terminated)
    try:
        if args.command in _NEEDS_MODEL:
            check_model()
        return args.handler(args)
    except SetupError as err:
        print(f"extractor: {err.message}", file=sys.stderr)
        return 2
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
    (except view's -o, which writes a folder of pages), a file in a folder that cannot be written, a
    --cache that is a folder or not a SQLite file."""
    outputs = [getattr(args, "errors", None)]
    if args.command != "view":
        outputs.append(getattr(args, "output", None))
    for path in outputs:
        if path and path != "-":
            problem = _unwritable(path)
            if problem:
                return problem
    cache = getattr(args, "cache", None)
    return _unusable_cache(cache) if cache and not getattr(args, "no_cache", False) else None


def _unwritable(path: str) -> str | None:
    if os.path.isdir(path) or path.endswith(("/", os.sep)):
        return f"{path} is a folder; give a file name to write to"
    parent = os.path.dirname(os.path.abspath(path))
    while not os.path.exists(parent):  # open_output creates the missing folders
        parent = os.path.dirname(parent)
    if not os.path.isdir(parent) or not os.access(parent, os.W_OK | os.X_OK):
        return f"{path}: cannot write there ({parent} is not a writable folder)"
    return None


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
    parser.add_argument(
        "--version", action=_VersionAction, nargs=0, help="print extractor's, spaCy's and the model's versions"
    )
    parser.add_argument(
        "--model",
        metavar="NAME",
        help=f"the spaCy English pipeline package to run (default: ${MODEL_VARIABLE}, else {model_name()})",
    )
    commands = parser.add_subparsers(dest="command", required=True)

    extract = commands.add_parser("extract", help="saved pages, folders or JSONL inputs -> facts as JSONL")
    _add_input_options(extract)
    extract.add_argument(
        "--format",
        choices=["facts", "articles", "parquet"],
        default="facts",
        help="JSONL facts (default) or articles; parquet: the facts as one Parquet table (needs -o FILE and "
        "pyarrow: pip install 'newsfacts[parquet]')",
    )
    extract.add_argument("--reference-date", type=_iso_date, help="resolve relative dates against this YYYY-MM-DD")
    extract.add_argument(
        "--languages",
        type=_languages,
        default=SUPPORTED,
        metavar="LIST",
        help=f"facts only for articles in these ISO 639-1 languages, comma-separated, or {ALL!r} "
        f"(default: {','.join(sorted(SUPPORTED))}, what the rules are written for); other articles keep "
        "their record with no facts, and a notice on stderr names each",
    )
    _add_max_text(extract)
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
    _add_verbosity(crawl)
    _add_max_text(crawl)
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
    _add_max_text(view)
    view.set_defaults(handler=_view)

    schema = commands.add_parser("schema", help="print the JSON Schema of a record, or of both in one object")
    schema.add_argument("record", nargs="?", choices=["fact", "article"], help="one record's schema (default: both)")
    schema.add_argument("--write", metavar="DIR", help="write the schema files into DIR instead")
    schema.set_defaults(handler=_schema)
    return parser


class _VersionAction(argparse.Action):
    """--version, its line read from the package metadata only when asked for (not on every start)."""

    def __call__(self, parser: argparse.ArgumentParser, *args: object) -> None:
        print(_version_line())  # stdout, as argparse's own version action writes it
        parser.exit()


def _version_line() -> str:
    found = versions()
    return ", ".join(f"{name} {version or '(not installed)'}" for name, version in found.items())


def _add_input_options(cmd: argparse.ArgumentParser) -> None:
    cmd.add_argument("paths", nargs="+", metavar="PATH", help="files, folders, .jsonl, or - for HTML on stdin")
    cmd.add_argument("-o", "--output", metavar="OUT", help="write here (whole or not at all) instead of stdout")
    cmd.add_argument("--errors", metavar="FILE", help="also write each failed input as a JSONL line here")
    cmd.add_argument(
        "--max-bytes", type=_positive, default=MAX_BYTES, help="refuse pages and JSONL records larger than this (bytes)"
    )
    cmd.add_argument("--id", metavar="NAME", help="the doc_id of the page read from stdin (-); default: its URL, or -")
    _add_verbosity(cmd)


def _add_max_text(cmd: argparse.ArgumentParser) -> None:
    cmd.add_argument(
        "--max-text",
        type=_positive,
        metavar="CHARS",
        help=f"read at most this many characters of an article's text for facts (default: ${MAX_TEXT_VARIABLE}, "
        f"else {max_text():,}, longer than any real article); a longer article keeps its whole text, its "
        "record says where facts stopped (facts_cut_at), and a notice on stderr names it",
    )


def _add_verbosity(cmd: argparse.ArgumentParser) -> None:
    from .progress import NORMAL, QUIET, VERBOSE

    group = cmd.add_mutually_exclusive_group()
    group.add_argument(
        "-q",
        "--quiet",
        dest="verbosity",
        action="store_const",
        const=QUIET,
        default=NORMAL,
        help="no progress bar and no summary line (failures are still reported, one line each)",
    )
    group.add_argument(
        "-v", "--verbose", dest="verbosity", action="store_const", const=VERBOSE, help="also a line per article"
    )


def _add_crawl_options(cmd: argparse.ArgumentParser) -> None:
    from .web.options import CrawlOptions

    defaults = CrawlOptions()
    d = defaults.fetch  # each fetch flag's dest is the name of its FetchOptions field (see _crawl_options)
    cmd.add_argument("--max-pages", type=_positive, default=defaults.max_pages, help="pages per article at most")
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
    cmd.add_argument(
        "--allow-private",
        action="store_true",
        help="also connect to loopback, private, link-local and multicast addresses (refused by default)",
    )
    cmd.add_argument(
        "--user-agent",
        default=d.user_agent,
        help="the User-Agent of every request, also what robots.txt rules are matched against; name yourself "
        "and a contact (default: %(default)s)",
    )


def _iso_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a YYYY-MM-DD date") from None


def _languages(value: str) -> frozenset[str] | None:
    try:
        return parse_languages(value)
    except ValueError as err:
        raise argparse.ArgumentTypeError(str(err)) from None


def _positive(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number of 1 or more")
    return int(value)


def _extract(args: argparse.Namespace) -> int:
    from .batch.resume import done_path
    from .batch.run import BatchOptions

    jobs = _jobs_worth_a_pool(args.paths, args.jobs)
    options = BatchOptions(
        reference_date=args.reference_date,
        with_facts=True,
        max_bytes=args.max_bytes,
        jobs=jobs,
        ordered=args.ordered,
        stdin_id=args.id,
        languages=args.languages,
    )
    if args.format == "parquet":
        return _extract_parquet(args, options)
    if args.resume:
        return _resume(args, options)
    code = _emit(args, options, args.format)
    if args.output and args.output != "-":
        done_path(args.output).unlink(missing_ok=True)  # a ledger of an older FILE would mislead a --resume
    return code


def _extract_parquet(args: argparse.Namespace, options: BatchOptions) -> int:
    from .batch.run import run
    from .output import open_output

    if not args.output or args.output == "-" or args.resume:
        print("extractor extract: --format parquet needs -o FILE (and no --resume)", file=sys.stderr)
        return 2
    try:
        from .columns import FactWriter
    except ImportError:
        print("extractor extract: --format parquet needs pyarrow: pip install 'newsfacts[parquet]'", file=sys.stderr)
        return 2
    tally = Tally(args.verbosity)
    with FactWriter(args.output) as table, open_output(args.errors) if args.errors else nullcontext() as errors:
        failed = _drain(
            run(args.paths, options), errors, lambda article: table.write(article.facts or []), tally, options.languages
        )
    tally.close()
    return 1 if failed else 0


def _jobs_worth_a_pool(paths: list[str], jobs: int) -> int:
    """Worker processes pay a model load each: no more of them than there are inputs to share."""
    from .sources import expand_paths

    if any(p.lower().endswith(".jsonl") for p in paths):
        return jobs  # a JSONL file may hold any number of articles
    return max(1, sum(1 for _ in islice(expand_paths(paths), jobs)))


def _resume(args: argparse.Namespace, options: BatchOptions) -> int:
    """Append to -o FILE article by article, skipping what FILE.done says is complete."""
    from .batch.resume import Ledger, ResumeError
    from .batch.run import run
    from .output import article_lines

    if not args.output or args.output == "-":
        print("extractor extract: --resume needs -o FILE", file=sys.stderr)
        return 2
    try:
        ledger = Ledger(args.output)
    except ResumeError as err:
        print(f"extractor extract: {err.source} {err.message}", file=sys.stderr)
        return 2
    tally = Tally(args.verbosity)
    try:
        results = run(args.paths, options, skip=ledger.skip)
        with open(args.errors, "a", encoding="utf-8") if args.errors else nullcontext() as errors:
            failed = _drain(
                results,
                errors,
                lambda article: ledger.add(article, article_lines(article, args.format)),
                tally,
                options.languages,
            )
    finally:
        ledger.close()
    tally.close()
    return 1 if failed else 0


def _crawl(args: argparse.Namespace) -> int:
    from .output import open_output
    from .web.crawl import crawl
    from .web.response import FetchStats

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
    tally = Tally(args.verbosity)
    options = _crawl_options(args)
    stats = FetchStats()
    with open_output(args.output) as out, open_output(args.errors) if args.errors else nullcontext() as errors:
        failed = write_results(crawl(urls, options, stats), args.format, out, errors, tally)
    tally.close(f"{stats.requests} requests, {stats.cache_hits} pages from the cache")
    return 1 if failed else 0


def _crawl_options(args: argparse.Namespace) -> CrawlOptions:
    """The crawl flags as options: every fetch flag's dest is its FetchOptions field's name (_add_crawl_options)."""
    from dataclasses import fields

    from .web.options import CrawlOptions, FetchOptions

    fetch = FetchOptions(**{f.name: getattr(args, f.name) for f in fields(FetchOptions) if hasattr(args, f.name)})
    return CrawlOptions(max_pages=args.max_pages, fetch=fetch, cache=args.cache, no_cache=args.no_cache)


def _text(args: argparse.Namespace) -> int:
    from .batch.run import BatchOptions

    return _emit(args, BatchOptions(with_facts=False, max_bytes=args.max_bytes, stdin_id=args.id), "articles")


def _emit(args: argparse.Namespace, options: BatchOptions, fmt: str) -> int:
    from .batch.run import run
    from .output import open_output

    tally = Tally(args.verbosity)
    with open_output(args.output) as out, open_output(args.errors) if args.errors else nullcontext() as errors:
        failed = write_results(run(args.paths, options), fmt, out, errors, tally, options.languages)
    tally.close()
    return 1 if failed else 0


def write_results(
    results: Iterable[Result],
    fmt: str,
    out: IO[str],
    errors: IO[str] | None,
    tally: Tally | None = None,
    languages: frozenset[str] | None = SUPPORTED,
) -> int:
    """Write each article's lines as it completes; report each failure on stderr. Returns the failures.
    `languages` is the set the articles' facts were limited to, to name those left without facts."""
    from .output import article_lines

    def write(article: Article) -> None:
        out.writelines(line + "\n" for line in article_lines(article, fmt))

    return _drain(results, errors, write, tally or Tally(QUIET), languages)


def _drain(
    results: Iterable[Result],
    errors: IO[str] | None,
    on_article: Callable[[Article], None],
    tally: Tally,
    languages: frozenset[str] | None = SUPPORTED,
) -> int:
    from .errors import ExtractorError
    from .language import rules_apply, skipped_notice

    failed = 0
    for result in results:
        if isinstance(result, ExtractorError):
            failed += 1
            tally.error()
            _report(result, errors)
        else:
            on_article(result)
            tally.article(result.doc_id, result.facts)
            if result.facts == [] and not rules_apply(result.language, languages):
                # a notice, not a failure: the article's record is written and the exit code is unchanged
                print(
                    f"extractor: {skipped_notice(result.pages[0].source, result.language, languages)}", file=sys.stderr
                )
            _notice_cut(result)
    return failed


def _notice_cut(article: Article) -> None:
    """A notice, not a failure, for an article whose facts were looked for in part of its text only."""
    if article.facts_cut_at is not None:
        print(
            f"extractor: {article.pages[0].source}: article text is {len(article.text):,} characters; facts read "
            f"from the first {article.facts_cut_at:,} only (--max-text {max_text()})",
            file=sys.stderr,
        )


def _view(args: argparse.Namespace) -> int:
    from .batch.run import BatchOptions
    from .output import open_output
    from .review import read_inputs, write_report

    options = BatchOptions(reference_date=args.reference_date, max_bytes=args.max_bytes)
    failures: list[ExtractorError] = []
    with open_output(args.errors) if args.errors else nullcontext() as errors:
        write_report(_reporting(read_inputs(args.paths, options), failures, errors), args.output)
    return 1 if failures else 0


def _reporting(results: Iterable[Result], failures: list[ExtractorError], errors: IO[str] | None) -> Iterator[Result]:
    """Pass results on, reporting each failure on stderr (and --errors) as it goes by."""
    from .errors import ExtractorError

    for result in results:
        if isinstance(result, ExtractorError):
            failures.append(result)
            _report(result, errors)
        else:
            _notice_cut(result)
        yield result


def _report(error: ExtractorError, errors: IO[str] | None) -> None:
    from .output import error_line

    print(f"extractor: {error.source}: {error.message}", file=sys.stderr)
    if errors is not None:
        errors.write(error_line(error) + "\n")


def _schema(args: argparse.Namespace) -> int:
    """One JSON document on stdout (SPEC): a record's schema, or both in one object; --write: the files."""
    import json

    from .models import article_schema, fact_schema, schema_files

    if args.write:
        from pathlib import Path

        from .output import open_output

        try:  # each file whole or not at all, the folder made if it is missing (as -o does)
            for name, content in schema_files().items():
                with open_output(str(Path(args.write, name))) as handle:
                    handle.write(content)
        except OSError as err:
            print(f"extractor: {args.write}: cannot write the schema files: {err.strerror}", file=sys.stderr)
            return 2
        return 0
    schemas = {"fact": fact_schema, "article": article_schema}
    document = schemas[args.record]() if args.record else {name: make() for name, make in schemas.items()}
    sys.stdout.write(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
    return 0
