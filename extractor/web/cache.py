"""The page cache: fetched pages in an embedded SQLite database, keyed by the URL asked for.

It is what makes a second run of a crawl free and an interrupted crawl resumable: every page is
committed as soon as it arrives, so a kill loses at most the requests in flight.
Only successful (2xx) responses are stored; a failure is retried on the next run instead of remembered.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path

__all__ = ["CachedPage", "PageCache", "default_cache_path"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS pages (
    url        TEXT PRIMARY KEY,  -- the URL requested (before redirects)
    final_url  TEXT NOT NULL,     -- where the redirects ended
    status     INTEGER NOT NULL,
    headers    TEXT NOT NULL,     -- JSON object, lower-case names
    body       BLOB NOT NULL,     -- decompressed body bytes
    fetched_at REAL NOT NULL      -- Unix time
)
"""


@dataclass(frozen=True)
class CachedPage:
    url: str
    final_url: str
    status: int
    headers: dict[str, str]
    body: bytes
    fetched_at: float


def default_cache_path() -> Path:
    """$XDG_CACHE_HOME/extractor/pages.sqlite, else ~/.cache/extractor/pages.sqlite."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "extractor" / "pages.sqlite"


class PageCache:
    """One SQLite connection, used from one thread (the crawl's event loop)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        new = not self.path.exists()
        # autocommit: each page is durable on its own, which is what resuming needs
        self._db = sqlite3.connect(self.path, isolation_level=None)
        self._db.execute("PRAGMA busy_timeout=5000")  # rides out the locks of a second crawl or a reader
        if new:
            # setting up an empty file (journal mode, table) fsyncs 3-4 times: 10-40 ms on the crawl thread
            # before its first request. Nothing in it can be lost yet, so that runs unsynced and the
            # checkpointer's thread syncs the result (a checkpoint syncs the WAL and the file) right away.
            self._db.execute("PRAGMA synchronous=OFF")
        self._set_up()
        self._checkpointer = _Checkpointer(self.path)
        self._since_checkpoint = 0
        if new:
            self._checkpointer.request()

    def _set_up(self) -> None:
        # WAL lets a second crawl (or a reader) use the file while one writes
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute(_SCHEMA)
        self._db.execute("PRAGMA synchronous=NORMAL")  # in WAL mode: a commit is safe, not yet durable
        self._db.execute("PRAGMA wal_autocheckpoint=0")  # a _Checkpointer does it, off this thread

    def get(self, url: str) -> CachedPage | None:
        row = self._db.execute(
            "SELECT url, final_url, status, headers, body, fetched_at FROM pages WHERE url = ?", (url,)
        ).fetchone()
        if row is None:
            return None
        return CachedPage(row[0], row[1], row[2], json.loads(row[3]), bytes(row[4]), row[5])

    def put(self, url: str, final_url: str, status: int, headers: dict[str, str], body: bytes) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO pages (url, final_url, status, headers, body, fetched_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (url, final_url, status, json.dumps(headers), body, time.time()),
        )
        self._since_checkpoint += 1
        if self._since_checkpoint >= _CHECKPOINT_EVERY:
            self._since_checkpoint = 0
            self._checkpointer.request()

    def __len__(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM pages").fetchone()[0]

    def close(self) -> None:
        self._checkpointer.close()
        self._db.close()  # the last connection to close copies what is left of the WAL into the file


# pages between checkpoints: a page is about 4 WAL pages (table, index, body overflow), so this is about
# SQLite's own default of a checkpoint per 1000 WAL pages
_CHECKPOINT_EVERY = 250


class _Checkpointer:
    """Copies the WAL into the database file from a thread of its own, with its own connection.

    SQLite checkpoints inside whichever commit takes the WAL past 1000 pages: in a crawl that is a put on
    the event loop, which then stalled 5-13 ms on the copy and its fsync while every response in flight
    waited. PASSIVE: it copies what it can without waiting for, or blocking, the writer and readers.
    The thread starts at the first request (a new file asks for one at once, see PageCache), so an
    existing cache that sees few pages never has one."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._wake = threading.Event()
        self._stopping = False
        self._thread: threading.Thread | None = None

    def request(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="extractor-cache-checkpoint", daemon=True)
            self._thread.start()
        self._wake.set()

    def close(self) -> None:
        if self._thread is not None:
            self._stopping = True
            self._wake.set()
            self._thread.join()

    def _run(self) -> None:
        db = sqlite3.connect(self._path, isolation_level=None)
        try:
            while True:
                self._wake.wait()
                self._wake.clear()
                if self._stopping:
                    return
                try:
                    db.execute("PRAGMA wal_checkpoint(PASSIVE)")
                except sqlite3.Error:
                    pass  # the next request tries again; close() checkpoints whatever is left
        finally:
            db.close()
