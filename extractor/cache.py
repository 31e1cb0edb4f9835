"""The page cache: fetched pages in an embedded SQLite database, keyed by the URL asked for.

It is what makes a second run of a crawl free and an interrupted crawl resumable: every page is
committed as soon as it arrives, so a kill loses at most the requests in flight.
Only successful (2xx) responses are stored; a failure is retried on the next run instead of remembered.
"""
from __future__ import annotations

import json
import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

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
        # autocommit: each page is durable on its own, which is what resuming needs
        self._db = sqlite3.connect(self.path, isolation_level=None)
        # WAL lets a second crawl (or a reader) use the file while one writes; busy_timeout rides out their locks
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("PRAGMA busy_timeout=5000")
        self._db.execute(_SCHEMA)

    def get(self, url: str) -> CachedPage | None:
        row = self._db.execute(
            "SELECT url, final_url, status, headers, body, fetched_at FROM pages WHERE url = ?", (url,)
        ).fetchone()
        if row is None:
            return None
        return CachedPage(row[0], row[1], row[2], json.loads(row[3]), bytes(row[4]), row[5])

    def put(self, url: str, final_url: str, status: int, headers: dict[str, str], body: bytes) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO pages (url, final_url, status, headers, body, fetched_at) VALUES (?, ?, ?, ?, ?, ?)",
            (url, final_url, status, json.dumps(headers), body, time.time()),
        )

    def __len__(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM pages").fetchone()[0]

    def close(self) -> None:
        self._db.close()
