"""What a run tells the person at the terminal, all of it on stderr (stdout is the data).

A bar of articles done, with facts a second, only when stderr is a terminal; at the end one summary line
(articles, facts by kind, errors, seconds). `-q` silences both; `-v` adds a line per article. Failures are
reported by the caller whatever the verbosity: one line each is the contract.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from typing import Any, TextIO

__all__ = ["Tally"]

QUIET, NORMAL, VERBOSE = 0, 1, 2
_KINDS = ("amount", "count", "date", "place")


class Tally:
    """Counts a run's articles, facts by kind and errors, and shows them."""

    def __init__(self, verbosity: int = NORMAL, stream: TextIO | None = None, unit: str = "article") -> None:
        self.verbosity = verbosity
        self.stream = stream or sys.stderr
        self.articles = 0
        self.errors = 0
        self.facts: Counter[str] = Counter()
        self._started = time.perf_counter()
        self._bar = self._make_bar(unit) if verbosity >= NORMAL and self.stream.isatty() else None

    def _make_bar(self, unit: str) -> Any:
        from tqdm import tqdm

        return tqdm(unit=unit, file=self.stream, dynamic_ncols=True)

    def article(self, source: str, facts: list[Any] | None) -> None:
        self.articles += 1
        kinds = Counter(fact.kind for fact in facts or [])
        self.facts.update(kinds)
        if self.verbosity >= VERBOSE:
            self._line(f"{source}: {sum(kinds.values())} facts")
        if self._bar is not None:
            seconds = max(time.perf_counter() - self._started, 1e-9)
            self._bar.set_postfix_str(f"{sum(self.facts.values()) / seconds:.0f} facts/s", refresh=False)
            self._bar.update()

    def error(self) -> None:
        self.errors += 1
        if self._bar is not None:
            self._bar.update()

    def close(self, extra: str = "") -> None:
        """The summary line (unless quiet); `extra` is added after it (the crawl's requests, say)."""
        if self._bar is not None:
            self._bar.close()
        if self.verbosity >= NORMAL:
            self._line(self.summary() + (f"; {extra}" if extra else ""))

    def summary(self) -> str:
        total = sum(self.facts.values())
        by_kind = ", ".join(f"{kind} {self.facts[kind]:,}" for kind in _KINDS if self.facts[kind])
        seconds = time.perf_counter() - self._started
        return (
            f"{self.articles:,} articles, {total:,} facts"
            + (f" ({by_kind})" if by_kind else "")
            + f", {self.errors:,} errors, {seconds:.1f} s"
        )

    def _line(self, text: str) -> None:
        if self._bar is not None:
            self._bar.write(f"extractor: {text}", file=self.stream)
        else:
            print(f"extractor: {text}", file=self.stream)
