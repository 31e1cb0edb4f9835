"""Saved inputs -> raw pages: files, folders, .html.gz, stdin and JSONL records; decoding and charsets.

Every failure is an InputError naming the input, so the caller can report it and go on.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import io
import json
import os
import re
import stat
import sys
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import webencodings
from bs4.dammit import EncodingDetector
from charset_normalizer import from_bytes

from .errors import InputError
from .settings import MAX_BYTES

__all__ = [
    "PAGE_SUFFIXES",
    "RawDocument",
    "RawPage",
    "decode_html",
    "expand_paths",
    "jsonl_record",
    "limit_text",
    "page_from_bytes",
    "read_jsonl",
    "read_path",
]

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
    # a JSONL record's id and a digest of its line: what --resume remembers it by (batch numbers repeats),
    # so records that share an id are told apart and a record moved to another file is still known
    key: str | None = None


def expand_paths(paths: list[str]) -> Iterator[str]:
    """Files as given, folders walked recursively for saved pages, in a stable order. (A folder's .jsonl
    files are not inputs: next to saved pages they are manifests and notes, and JSONL is named explicitly.)"""
    for path in paths:
        p = Path(path)
        if path != "-" and p.is_dir():
            found, locked = _walk(p)
            if not found and not locked:
                yield path  # reported as an input error by read_path
            yield from sorted(found + locked)  # a folder that cannot be read is reported by read_path
        else:
            yield path


def _walk(folder: Path) -> tuple[list[str], list[str]]:
    """The saved pages under `folder`, and the folders under it that could not be read."""
    found: list[str] = []
    locked: list[str] = []
    for parent, _, names in os.walk(folder, onerror=lambda err: locked.append(str(err.filename))):
        for name in names:
            f = Path(parent, name)
            if name.lower().endswith(PAGE_SUFFIXES) and f.is_file():
                found.append(str(f))
    return found, [str(Path(d)) for d in locked]


def read_path(path: str, max_bytes: int = MAX_BYTES) -> Iterator[RawDocument | RawPage | InputError]:
    """A saved page (RawPage, to be grouped with its sibling pages) or, for JSONL, one RawDocument
    per record. Errors come back as values so the rest of the batch goes on."""
    try:
        if path == "-":
            yield RawPage(source="-", html=decode_html(_read_stdin(max_bytes), "-"))
        elif Path(path).is_dir():
            raise InputError(path, _empty_folder(path))
        elif path.lower().endswith(".jsonl"):
            yield from read_jsonl(path, max_bytes)
        else:
            yield RawPage(source=path, html=decode_html(_read_file(path, max_bytes), path))
    except InputError as err:
        yield err
    except (ValueError, LookupError, RecursionError) as err:  # one odd input, not the batch
        yield InputError(path, f"cannot read: {type(err).__name__}: {err}")


def _empty_folder(path: str) -> str:
    try:
        os.scandir(path).close()
    except OSError as err:
        return f"cannot read folder: {err.strerror or err}"
    return "folder holds no .html, .htm or .html.gz files"


def limit_text(max_bytes: int) -> str:
    """--max-bytes in words: "20 MB", "1.5 MB", "512 KB", "1,000 bytes"."""
    if max_bytes >= 1024 * 1024:
        return f"{max_bytes / (1024 * 1024):.4g} MB"
    if max_bytes % 1024 == 0:
        return f"{max_bytes // 1024} KB"
    return f"{max_bytes:,} bytes"


def _read_stdin(max_bytes: int) -> bytes:
    data = sys.stdin.buffer.read(max_bytes + 1)
    return _check_size(data, "-", max_bytes, gzipped=False)


def _read_file(path: str, max_bytes: int) -> bytes:
    try:
        with _open_input(path) as f:
            data = f.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except OSError as err:
        raise InputError(path, f"cannot read: {err.strerror or err}") from None
    return _check_size(data, path, max_bytes, gzipped=path.lower().endswith(".gz"))


def _open_input(path: str) -> io.BufferedReader:
    """open(path, "rb"), except that a FIFO with no writer gives end of file at once instead of
    blocking the batch forever (a FIFO with a writer is read as it writes, up to the cap)."""
    try:
        is_fifo = stat.S_ISFIFO(os.stat(path).st_mode)
    except OSError:
        is_fifo = False  # open() reports it
    if not is_fifo:
        return open(path, "rb")
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    os.set_blocking(fd, True)
    return open(fd, "rb")


def _check_size(data: bytes, source: str, max_bytes: int, gzipped: bool) -> bytes:
    if len(data) > max_bytes:
        raise InputError(source, f"larger than the {limit_text(max_bytes)} limit (--max-bytes)")
    if data.startswith(_GZIP_MAGIC):
        data = _gunzip(data, source, max_bytes)
    elif gzipped and data.strip():
        raise InputError(source, "named .gz but not gzip data")
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
        raise InputError(source, f"decompresses to more than the {limit_text(max_bytes)} limit (--max-bytes)")
    return out


def decode_html(data: bytes, source: str, charset: str | None = None) -> str:
    """Bytes -> str by the HTML standard's order: a byte order mark, then the `charset` a transport
    declared (an HTTP header), then the page's own meta charset (a UTF-16 label there is read as UTF-8,
    as the standard says, and an unknown label is ignored), then UTF-8, then windows-1252 for a page
    that looks Western (the standard's fallback), then detection (GBK pages often declare nothing).
    Labels are looked up in the WHATWG table, never in Python's codec registry (which has codecs such
    as "undefined" that always fail). Binary data is refused rather than decoded into garbage."""
    data, bom = EncodingDetector.strip_byte_order_mark(data)
    if bom:
        return data.decode(bom, errors="replace")
    for encoding in (_label(charset, transport=True), _declared_encoding(data)):
        if encoding:
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                pass  # a wrong declaration: let the bytes decide
    if b"\x00" in data[:8192]:
        return _utf16_without_bom(data, source)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return _undeclared(data, source)


def _undeclared(data: bytes, source: str) -> str:
    """Bytes that are not all UTF-8 and declare nothing that fits."""
    if _mostly_utf8(data):
        return data.decode("utf-8", errors="replace")  # a stray invalid byte costs one character
    if _looks_western(data):
        return data.decode("cp1252")
    best = from_bytes(data[:200_000]).best()
    if best is None:
        raise InputError(source, "binary file, not an HTML page (no text encoding fits)")
    return data.decode(best.encoding, errors="replace")


def _mostly_utf8(data: bytes) -> bool:
    """UTF-8 text with a stray broken byte or two: valid multi-byte characters (which text in a legacy
    encoding almost never forms by chance) and few invalid bytes beside them."""
    text = data.decode("utf-8", errors="surrogateescape")
    invalid = sum(1 for ch in text if "\udc80" <= ch <= "\udcff")
    valid = sum(1 for ch in text if "\x80" <= ch < "\udc80" or ch > "\udcff")
    return valid > 0 and (invalid <= 2 or invalid * 10 <= valid)


# a Western page's non-ASCII bytes are lone accented letters and signs ("Zürich", "€5"); Cyrillic, Greek
# and the CJK legacy encodings put them in runs (whole words, two-byte characters)
_HIGH_RUN = re.compile(rb"[\x80-\xff]{2,}")
_HIGH = re.compile(rb"[\x80-\xff]")


def _looks_western(data: bytes) -> bool:
    sample = data[:200_000]
    high = len(_HIGH.findall(sample))
    in_runs = sum(len(run) for run in _HIGH_RUN.findall(sample))
    if not high or in_runs * 4 > high:
        return False
    try:
        sample.decode("cp1252")
    except UnicodeDecodeError:  # bytes windows-1252 leaves undefined
        return False
    return True


def _utf16_without_bom(data: bytes, source: str) -> str:
    """NUL bytes in text mean UTF-16 (every ASCII character has a zero byte beside it), else binary."""
    head = data[:8192]
    even, odd = head[0::2].count(0), head[1::2].count(0)
    half = len(head) // 2
    if max(even, odd) * 10 >= half * 7 and min(even, odd) * 10 <= half:
        text = data.decode("utf-16-le" if odd > even else "utf-16-be", errors="replace")
        if "<" in text[:4096]:
            return text
    raise InputError(source, "binary file, not an HTML page")


def _declared_encoding(data: bytes) -> str | None:
    """The charset a <meta> tag (or an XML declaration) names near the top of the page."""
    name = EncodingDetector.find_declared_encoding(data[:_DECLARATION_WINDOW], is_html=True)
    return _label(name, transport=False)


def _label(name: str | None, transport: bool) -> str | None:
    """A charset label -> a Python codec by the WHATWG table, or None for an unknown label. A page's
    own meta cannot declare UTF-16 (its bytes were read as ASCII to find the tag), so that means UTF-8."""
    found = webencodings.lookup(name) if name else None
    if found is None or found.name == "replacement":
        return None
    if not transport and found.name in ("utf-16le", "utf-16be"):
        return "utf-8"
    if found.name == "x-user-defined":
        return "cp1252"
    # GB2312 pages routinely use characters only GBK/GB18030 has; the superset decodes them all
    return "gb18030" if found.name in ("gbk", "gb18030") else found.codec_info.name


def read_jsonl(path: str, max_bytes: int = MAX_BYTES) -> Iterator[RawDocument | InputError]:
    """One RawDocument per record; a record over --max-bytes, or one that is not valid JSON, is an
    error of its own (the file's other records go on). Lines are read with the cap, never whole."""
    try:
        handle = _open_input(path)
    except OSError as err:
        yield InputError(path, f"cannot read: {err.strerror or err}")
        return
    with handle:
        for number, line in enumerate(_capped_lines(handle, max_bytes), start=1):
            where = f"{path}:{number}"
            if line is None:
                yield InputError(where, f"record larger than the {limit_text(max_bytes)} limit (--max-bytes)")
                continue
            try:
                text = line.decode("utf-8")
            except UnicodeDecodeError:
                yield InputError(path, "not UTF-8 text, so not JSONL")
                return
            if text.strip():
                yield _jsonl_record(text, where, hashlib.sha1(line).hexdigest()[:20])


def page_from_bytes(data: bytes, source: str, max_bytes: int = MAX_BYTES) -> RawPage:
    """Bytes read elsewhere (an fsspec file, say) -> the page, with the checks a file gets. InputError if not."""
    gzipped = source.lower().endswith(".gz")
    return RawPage(source=source, html=decode_html(_check_size(data, source, max_bytes, gzipped), source))


def jsonl_record(line: str, where: str, max_bytes: int = MAX_BYTES) -> RawDocument | InputError:
    """One JSONL line (read elsewhere) -> its document, or the error naming `where` (path:line)."""
    data = line.encode("utf-8")
    if len(data.rstrip(b"\r\n")) > max_bytes:
        return InputError(where, f"record larger than the {limit_text(max_bytes)} limit (--max-bytes)")
    return _jsonl_record(line, where, hashlib.sha1(data).hexdigest()[:20])


def _capped_lines(handle: IO[bytes], max_bytes: int) -> Iterator[bytes | None]:
    """The file's lines, each None when it is longer than max_bytes (its rest is skipped unread)."""
    while line := handle.readline(max_bytes + 2):
        whole = line.endswith(b"\n") or len(line) < max_bytes + 2  # else cut by the cap
        while not line.endswith(b"\n") and (more := handle.readline(1 << 20)):
            line = more  # skip the rest of an overlong line
        yield line if whole and len(line.rstrip(b"\r\n")) <= max_bytes else None


def _jsonl_record(line: str, where: str, digest: str = "") -> RawDocument | InputError:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        return InputError(where, f"not valid JSON: {err.msg}")
    except RecursionError:
        return InputError(where, "not readable JSON: nested too deep")
    except ValueError as err:  # an integer of thousands of digits (Python's int conversion limit)
        digits = "integer string conversion" in str(err)
        return InputError(where, "not readable JSON: " + ("a number of over 4,300 digits" if digits else str(err)))
    if not isinstance(record, dict) or not isinstance(record.get("id"), str):
        return InputError(where, 'a record needs a string "id"')
    doc_id = record["id"]
    try:
        reference = _reference_date(record.get("reference_date"))
        pages = _record_pages(record, doc_id)
    except InputError as err:
        return InputError(where, err.message)
    return RawDocument(pages=pages, doc_id=doc_id, reference_date=reference, key=f"{doc_id}#{digest}")


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
