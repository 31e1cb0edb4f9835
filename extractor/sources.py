"""Saved inputs -> raw pages: files, folders, .html.gz, stdin and JSONL records; decoding and charsets.

Every failure is an InputError naming the input, so the caller can report it and go on.
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import sys
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from bs4.dammit import EncodingDetector
from charset_normalizer import from_bytes

from .errors import InputError
from .settings import MAX_BYTES

PAGE_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz", ".xhtml")
# a meta charset must be declared near the top of the page to count (HTML5 says the first 1024 bytes;
# real pages put it later often enough that 4 KB is the pragmatic window)
_DECLARATION_WINDOW = 4096
_GZIP_MAGIC = b"\x1f\x8b"


@dataclass
class RawPage:
    source: str  # the file path as given, the URL fetched, or "jsonl:<id>"
    html: str | None = None
    text: str | None = None  # already-clean text (JSONL "text" records): no HTML stage
    url: str | None = None


@dataclass
class RawDocument:
    """One article's pages as read. `doc_id` is set for JSONL records (it is the record's id)."""

    pages: list[RawPage]
    doc_id: str | None = None
    reference_date: dt.date | None = None
    errors: list[InputError] = field(default_factory=list)


def expand_paths(paths: list[str]) -> Iterator[str]:
    """Files as given, folders walked recursively for saved pages, in a stable order. (A folder's .jsonl
    files are not inputs: next to saved pages they are manifests and notes, and JSONL is named explicitly.)"""
    for path in paths:
        p = Path(path)
        if path != "-" and p.is_dir():
            found = sorted(str(f) for f in p.rglob("*") if f.is_file() and f.name.lower().endswith(PAGE_SUFFIXES))
            if not found:
                yield path  # reported as an input error by read_path
            yield from found
        else:
            yield path


def read_path(path: str, max_bytes: int = MAX_BYTES) -> Iterator[RawDocument | RawPage | InputError]:
    """A saved page (RawPage, to be grouped with its sibling pages) or, for JSONL, one RawDocument
    per record. Errors come back as values so the rest of the batch goes on."""
    try:
        if path == "-":
            yield RawPage(source="-", html=decode_html(_read_stdin(max_bytes), "-"))
        elif Path(path).is_dir():
            raise InputError(path, "folder holds no .html, .htm or .html.gz files")
        elif path.lower().endswith(".jsonl"):
            yield from read_jsonl(path, max_bytes)
        else:
            yield RawPage(source=path, html=decode_html(_read_file(path, max_bytes), path))
    except InputError as err:
        yield err


def _read_stdin(max_bytes: int) -> bytes:
    data = sys.stdin.buffer.read(max_bytes + 1)
    return _check_size(data, "-", max_bytes)


def _read_file(path: str, max_bytes: int) -> bytes:
    try:
        with open(path, "rb") as f:
            data = f.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except OSError as err:
        raise InputError(path, f"cannot read: {err.strerror or err}") from None
    return _check_size(data, path, max_bytes)


def _check_size(data: bytes, source: str, max_bytes: int) -> bytes:
    if len(data) > max_bytes:
        raise InputError(source, f"larger than the {max_bytes // (1024 * 1024)} MB limit (--max-bytes)")
    if data.startswith(_GZIP_MAGIC):
        data = _gunzip(data, source, max_bytes)
    if not data.strip():
        raise InputError(source, "empty file")
    return data


def _gunzip(data: bytes, source: str, max_bytes: int) -> bytes:
    # read in bounded steps so a gzip bomb stops at the limit instead of filling memory
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as f:
            out = f.read(max_bytes + 1)
    except (OSError, EOFError, zlib.error) as err:
        raise InputError(source, f"corrupt gzip data: {err}") from None
    if len(out) > max_bytes:
        raise InputError(source, f"decompresses to more than the {max_bytes // (1024 * 1024)} MB limit (--max-bytes)")
    return out


def decode_html(data: bytes, source: str, charset: str | None = None) -> str:
    """Bytes -> str: the `charset` a transport declared (an HTTP header), then the BOM, the page's meta
    charset, UTF-8, and detection (GBK pages often declare nothing). Binary data is refused rather than
    decoded into garbage."""
    if charset:
        try:
            return data.decode(_superset(charset))
        except (UnicodeDecodeError, LookupError):
            pass  # a wrong or unknown declared charset: let the page and detection decide
    data, bom = EncodingDetector.strip_byte_order_mark(data)
    if bom:
        return data.decode(bom, errors="replace")
    if b"\x00" in data[:8192]:
        raise InputError(source, "binary file, not an HTML page")
    declared = _declared_encoding(data)
    if declared:
        try:
            return data.decode(declared)
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[:200_000]).best()
    if best is None:
        raise InputError(source, "binary file, not an HTML page (no text encoding fits)")
    return data.decode(best.encoding, errors="replace")


def _declared_encoding(data: bytes) -> str | None:
    """The charset a <meta> tag (or an XML declaration) names near the top of the page."""
    name = EncodingDetector.find_declared_encoding(data[:_DECLARATION_WINDOW], is_html=True)
    return _superset(name) if name else None


def _superset(name: str) -> str:
    # GB2312 pages routinely use characters only GBK/GB18030 has; the superset decodes them all
    name = name.lower()
    return "gb18030" if name in ("gb2312", "gbk", "gb18030") else name


def read_jsonl(path: str, max_bytes: int = MAX_BYTES) -> Iterator[RawDocument | InputError]:
    try:
        handle = open(path, encoding="utf-8")
    except OSError as err:
        yield InputError(path, f"cannot read: {err.strerror or err}")
        return
    with handle:
        try:
            for number, line in enumerate(handle, start=1):
                if line.strip():
                    yield _jsonl_record(line, f"{path}:{number}")
        except UnicodeDecodeError:
            yield InputError(path, "not UTF-8 text, so not JSONL")


def page_from_bytes(data: bytes, source: str, max_bytes: int = MAX_BYTES) -> RawPage:
    """Bytes read elsewhere (an fsspec file, say) -> the page, with the checks a file gets. InputError if not."""
    return RawPage(source=source, html=decode_html(_check_size(data, source, max_bytes), source))


def jsonl_record(line: str, where: str, max_bytes: int = MAX_BYTES) -> RawDocument | InputError:
    """One JSONL line (read elsewhere) -> its document, or the error naming `where` (path:line)."""
    if len(line) > max_bytes:
        return InputError(where, f"record larger than the {max_bytes:,} bytes limit (--max-bytes)")
    return _jsonl_record(line, where)


def _jsonl_record(line: str, where: str) -> RawDocument | InputError:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        return InputError(where, f"not valid JSON: {err.msg}")
    if not isinstance(record, dict) or not isinstance(record.get("id"), str):
        return InputError(where, 'a record needs a string "id"')
    doc_id = record["id"]
    try:
        reference = _reference_date(record.get("reference_date"))
        pages = _record_pages(record, doc_id)
    except InputError as err:
        return InputError(where, err.message)
    return RawDocument(pages=pages, doc_id=doc_id, reference_date=reference)


def _record_pages(record: dict, doc_id: str) -> list[RawPage]:
    source = f"jsonl:{doc_id}"
    if isinstance(record.get("pages"), list) and record["pages"]:
        pages = []
        for page in record["pages"]:
            if not isinstance(page, dict) or not isinstance(page.get("html"), str):
                raise InputError(source, 'every entry of "pages" needs an "html" string')
            pages.append(RawPage(source=source, html=page["html"], url=page.get("url")))
        return pages
    if isinstance(record.get("html"), str):
        return [RawPage(source=source, html=record["html"], url=record.get("url"))]
    if isinstance(record.get("text"), str):
        return [RawPage(source=source, text=record["text"], url=record.get("url"))]
    raise InputError(source, 'a record needs "html", "text" or "pages"')


def _reference_date(value: object) -> dt.date | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        raise InputError("reference_date", f"{value!r} is not a YYYY-MM-DD date") from None
