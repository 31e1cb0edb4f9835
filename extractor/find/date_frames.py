"""A count back ("10 years ago") measured from a year the sentence states rather than from the page's date.

"more than 3,700 cases ... were reported in 2022, nearly ten times the number recorded 10 years ago": the figure of
2022 is set against the one "10 years ago" of it, 2012, though the page is of 2023. Decisions:
- Only a count of years or decades back ("N years ago"): a count of days or months in such a sentence is rare and
  a stated year says no day to count from.
- Only when a word of comparison (frame_comparison in dates.json: "times the", "up from", "compared with",
  "than") stands between the stated year and the count: "She joined in 2015, five years ago" restates 2015 from the
  page's date, and "who founded it in 2015, died two years ago" tells another event, each from the page's date.
- The stated year is the last date of the sentence before the count that names one past year of its own (not read
  from the page's date: "last year" is itself a count from it); a year that is the page's or later frames nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from ..normalize.periods import Period, tables, year_period
from .date_patterns import Candidate

__all__ = ["counted_from_stated"]


@lru_cache(maxsize=1)
def _comparison() -> re.Pattern:
    return re.compile(tables()["frame_comparison"], re.I)


def _stated_year(period: Period, ref: dt.date) -> int | None:
    """The one year a date states in its own words, when it is before the page's year."""
    first, last = period.earliest, period.latest
    if period.relative or first is None or last is None or first.year != last.year:
        return None
    return first.year if first.year < ref.year else None


def counted_from_stated(
    text: str, c: Candidate, period: Period, ref: dt.date | None, out: list[tuple[Candidate, Period]], sentence: int
) -> Period:
    """The year of "N years ago" counted from the year stated before it in its sentence across a comparison (see the
    module's decisions); else the period as resolved from the page's date."""
    if ref is None or c.atom.kind != "ago" or period.granularity != "year" or period.earliest is None:
        return period
    if c.groups.get("unit", "").lower().rstrip("s") not in ("year", "decade"):
        return period
    for named, stated in reversed(out):
        if named.start < sentence:
            return period
        year = _stated_year(stated, ref)
        if year is not None:
            between = text[named.end : c.start]
            if not _comparison().search(between) or re.search(r"[.;!?]\s", between):
                return period
            return year_period(year - (ref.year - period.earliest.year))
    return period
