"""Calendar periods and their arithmetic: what a date expression resolves to, and the words that give its parts.

A `Period` is what the SPEC's date record carries: an ISO 8601 value at its own granularity, the first and
last day it covers (inclusive) and whether the reference date was needed.

Here: the Period and the Hints the finder passes, the periods of each granularity, shifts, intervals and
narrowing ('early 2020'), the number, month and weekday words of dates.json, and the year-less date nearest a
reference date. Which period an expression means is resolvers.py's choice.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace
from enum import IntEnum
from typing import Any

from ..data import load
from .numbers import parse_number

__all__ = [
    "Direction",
    "Hints",
    "NotADate",
    "Period",
    "THING_DAY",
    "UNRESOLVED",
    "add_months",
    "century_period",
    "containing",
    "day_number",
    "day_period",
    "decade_period",
    "full_year",
    "half_period",
    "interval",
    "month_number",
    "month_period",
    "narrowed",
    "nearest",
    "number",
    "offset",
    "offset_half",
    "picked",
    "quarter_period",
    "safe_date",
    "season_period",
    "shifted",
    "since",
    "tables",
    "week_of",
    "week_period",
    "weekday_near",
    "weekday_number",
    "weekend_of",
    "word_value",
    "year_before",
    "year_period",
]


def tables() -> dict:
    """data/dates.json, shared with find/date_patterns.py."""
    return load("dates")


class NotADate(ValueError):
    """The matched words are not in the table that gives their value: the expression is not a date. A missing
    table or group (a mistyped key in dates.json or a resolver) is a KeyError and is not caught."""


def word_value(table: str, word: str) -> Any:
    """The value dates.json's `table` gives a matched word ('last' in shift_words is -1)."""
    return picked(tables()[table], word)


def picked(values: dict, word: str) -> Any:
    """values[word], or NotADate when the text matched a word the table does not have."""
    if word not in values:
        raise NotADate(word)
    return values[word]


@dataclass(frozen=True)
class Period:
    value: str | None
    granularity: str | None
    earliest: dt.date | None
    latest: dt.date | None
    relative: bool = False

    def as_fields(self, reference: dt.date | None) -> dict:
        return {
            "value": self.value,
            "granularity": self.granularity,
            "earliest": self.earliest.isoformat() if self.earliest else None,
            "latest": self.latest.isoformat() if self.latest else None,
            "relative": self.relative,
            "reference_date": reference.isoformat() if reference else None,
        }


class Direction(IntEnum):
    """Which side of the reference date the context puts a year-less date on (an int, so min() and
    comparisons with 0 read as on a number line)."""

    PAST = -1
    UNKNOWN = 0
    FUTURE = 1


@dataclass(frozen=True)
class Hints:
    """What the context says about an expression: its tense direction, the year a range partner fixes, the
    last period of each granularity mentioned before it (for "the day", "that year")."""

    direction: Direction = Direction.UNKNOWN
    year: int | None = None
    previous: tuple[tuple[str, Period], ...] = ()
    listing: bool = False  # the block has no verb: a schedule line ("June 9 – Tampa, FL @ Amphitheatre")
    anchor: Period | None = None  # the last date resolved before it in the same sentence
    block_start: int = 0  # where the dates of its own block begin in previous (the ones before are earlier blocks')
    now: bool = False  # its clause is in the present perfect: the period reaches up to the reference date
    part: bool = False  # a part-of-period word stands before it ("the end of the next decade"): a calendar period
    joined: bool = False  # joined to a month right before it ("in March, and in the next quarter"): counts from it


UNRESOLVED = "unresolved"


# the granularity find/dates.py files a day under in Hints.previous when it dates a thing ("Trump's July 25 call"):
# "the day", "later in the day" do not go on from it; "that year" does
THING_DAY = "day:thing"  # a relative expression without a reference date


def add_months(day: dt.date, k: int) -> dt.date:
    y, m = divmod(day.month - 1 + k, 12)
    year, month = day.year + y, m + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def day_period(day: dt.date, relative: bool = False) -> Period:
    return Period(day.isoformat(), "day", day, day, relative)


def month_period(year: int, month: int, relative: bool = False) -> Period:
    last = calendar.monthrange(year, month)[1]
    return Period(f"{year:04d}-{month:02d}", "month", dt.date(year, month, 1), dt.date(year, month, last), relative)


def year_period(year: int, relative: bool = False) -> Period:
    return Period(f"{year:04d}", "year", dt.date(year, 1, 1), dt.date(year, 12, 31), relative)


def week_period(iso_year: int, week: int, relative: bool = False) -> Period:
    monday = dt.date.fromisocalendar(iso_year, week, 1)
    return Period(f"{iso_year:04d}-W{week:02d}", "week", monday, monday + dt.timedelta(days=6), relative)


def week_of(day: dt.date, relative: bool = False) -> Period:
    y, w, _ = day.isocalendar()
    return week_period(y, w, relative)


def weekend_of(day: dt.date, relative: bool = False) -> Period:
    week = week_of(day)
    assert week.earliest is not None  # week_period always gives both ends
    saturday = week.earliest + dt.timedelta(days=5)
    return Period(f"{week.value}-WE", "week", saturday, saturday + dt.timedelta(days=1), relative)


def quarter_period(year: int, q: int, relative: bool = False) -> Period:
    first = dt.date(year, 3 * q - 2, 1)
    return Period(f"{year:04d}-Q{q}", "quarter", first, add_months(first, 3) - dt.timedelta(days=1), relative)


def half_period(year: int, h: int, relative: bool = False) -> Period:
    first = 6 * h - 5
    months = interval(month_period(year, first), month_period(year, first + 5))
    assert months is not None  # January to June, or July to December, of one year
    return replace(months, relative=relative)


def decade_period(first_year: int, relative: bool = False) -> Period:
    return Period(
        f"{first_year // 10:03d}", "decade", dt.date(first_year, 1, 1), dt.date(first_year + 9, 12, 31), relative
    )


def century_period(first_year: int, relative: bool = False) -> Period:
    return Period(
        f"{first_year // 100:02d}",
        "century",
        dt.date(max(first_year, 1), 1, 1),
        dt.date(first_year + 99, 12, 31),
        relative,
    )


def season_period(year: int, code: str, relative: bool = False) -> Period:
    first_month, length = tables()["season_months"][code]
    first = dt.date(year, first_month, 1)
    return Period(f"{year:04d}-{code}", "season", first, add_months(first, length) - dt.timedelta(days=1), relative)


def containing(unit: str, day: dt.date, relative: bool = True) -> Period:
    """The calendar period of a unit that holds a day."""
    if unit == "day":
        return day_period(day, relative)
    if unit == "week":
        return week_of(day, relative)
    if unit == "weekend":
        return weekend_of(day, relative)
    if unit == "month":
        return month_period(day.year, day.month, relative)
    if unit == "quarter":
        return quarter_period(day.year, (day.month - 1) // 3 + 1, relative)
    if unit == "year":
        return year_period(day.year, relative)
    if unit == "decade":
        return decade_period(day.year - day.year % 10, relative)
    return century_period(day.year - day.year % 100, relative)


def shifted(unit: str, ref: dt.date, k: int) -> Period:
    """The calendar period k units away from the one holding the reference date."""
    steps = {
        "day": (0, 1),
        "week": (0, 7),
        "weekend": (0, 7),
        "month": (1, 0),
        "quarter": (3, 0),
        "year": (12, 0),
        "decade": (120, 0),
        "century": (1200, 0),
    }
    months, days = steps[unit]
    day = add_months(ref, k * months) + dt.timedelta(days=k * days)
    return containing(unit, day)


def year_before(period: Period) -> Period:
    """The same period one year back ("the same month a year ago" of January 2009 is 2008-01): a calendar unit
    is the one holding its first day a year back (a week its ISO week then), an interval of days its two days a year
    back, any other value (month, quarter, half, season, year) its years one less. Relative as the period is: a year
    back of "January-February of 2018" needs no reference date."""
    first, last = period.earliest, period.latest
    assert first is not None and last is not None
    back_first, back_last = add_months(first, -12), add_months(last, -12)
    if period.granularity == "week" and period.value and "/" not in period.value:
        return containing("week", back_first, period.relative)
    if period.granularity == "day":
        if first == last:
            return day_period(back_first, period.relative)
        days = f"{back_first.isoformat()}/{back_last.isoformat()}"
        return Period(days, "day", back_first, back_last, period.relative)
    if last.day == calendar.monthrange(last.year, last.month)[1]:  # a month's end stays its end (February 28/29)
        back_last = back_last.replace(day=calendar.monthrange(back_last.year, back_last.month)[1])
    value = re.sub(r"(?<![0-9])[0-9]{4}(?![0-9])", lambda m: f"{int(m.group(0)) - 1:04d}", period.value or "")
    return Period(value or None, period.granularity, back_first, back_last, period.relative)


_UNIT_MONTHS = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}
_UNIT_DAYS = {"week": 7, "fortnight": 14}  # a fortnight: two weeks; any other unit of days is one day


def offset(day: dt.date, unit: str, n: int) -> dt.date:
    if unit in _UNIT_MONTHS:
        return add_months(day, n * _UNIT_MONTHS[unit])
    return day + dt.timedelta(days=n * _UNIT_DAYS.get(unit, 1))


def offset_half(day: dt.date, unit: str, n: int) -> dt.date:
    """n and a half units from day (n < 0: back): "the past four and a half years" reaches 54 months back. A half
    of a unit of months is its whole months, and a half month is 15 days ("the past year and a half" 18 months, "the
    last month and a half" a month and 15 days, "a quarter and a half" four months and 15 days); a half of a unit of
    days rounds up to a whole day ("the past two and a half weeks" 18 days back), the far end the text allows, as a
    window's count given as two numbers is the larger (resolvers._window_count)."""
    sign = 1 if n > 0 else -1
    if unit in _UNIT_MONTHS:
        months = abs(n) * _UNIT_MONTHS[unit] + _UNIT_MONTHS[unit] // 2
        return add_months(day, sign * months) + dt.timedelta(days=sign * 15 * (_UNIT_MONTHS[unit] % 2))
    days = _UNIT_DAYS.get(unit, 1)
    return day + dt.timedelta(days=sign * (abs(n) * days + (days + 1) // 2))


def interval(first: Period, last: Period) -> Period | None:
    """ "2016 to 2020": one period from the start of the first to the end of the second. A part that is itself an
    interval gives only its outer end ("2008 to 2013-2015" is 2008/2015: ISO 8601 has no three-part interval)."""
    if not (first.earliest and last.latest) or last.latest < first.earliest:
        return None
    same = first.granularity if first.granularity == last.granularity else None
    value = f"{first.value.split('/')[0]}/{last.value.split('/')[-1]}" if first.value and last.value else None
    return Period(value, same, first.earliest, last.latest, first.relative or last.relative)


def since(start: Period, ref: dt.date | None) -> Period:
    """ "since 2012": the value stays the named period (as TIMEX3 annotates it); earliest/latest cover the
    whole stretch up to the reference date (latest null without one)."""
    if start.earliest is None:
        return start
    latest = ref if ref and ref >= start.earliest else None
    return replace(start, latest=latest, relative=start.relative or latest is not None)


def narrowed(period: Period, mod: str, ref: dt.date | None) -> Period:
    """Apply early/mid/late/earlier/later/rest to a period: same value, narrower first and last day. "earlier" and
    "later" are the first and last half of a period the reference date is not in ("later that year"), and the days
    before or after the reference date in one it is in ("later this year", see _around)."""
    if not (period.earliest and period.latest) or period.earliest == period.latest:
        return period
    start, end = period.earliest, period.latest
    if ref and period.earliest <= ref <= period.latest and mod in ("earlier", "later", "rest"):
        return _around(period, mod, ref)
    if mod in ("start", "mid", "end", "earlier", "later"):
        start, end = _part(period, "end" if mod == "later" else "start" if mod == "earlier" else mod)
    relative = period.relative or (mod in ("earlier", "later", "rest") and ref is not None)
    return replace(period, earliest=start, latest=max(start, end), relative=relative)


def _around(period: Period, mod: str, ref: dt.date) -> Period:
    """ "earlier this year", "later this month", "the rest of the week" in a period that holds the reference date:
    what came before the page's day, or what is still to come after it (from it, for "the rest"), however early or
    late in the period that day falls: "later this year" on January 20 is January 21 to December 31, not the second
    half, and "earlier this year" in September reaches into August. The page's own day stays in when it is the
    period's last (first) day, the only day left."""
    assert period.earliest is not None and period.latest is not None  # narrowed() checked both ends
    day = dt.timedelta(days=1)
    start, end = period.earliest, period.latest
    if mod == "earlier":
        end = max(start, ref - day)
    else:
        start = ref if mod == "rest" else min(end, ref + day)
    return replace(period, earliest=start, latest=end, relative=True)


def _part(period: Period, mod: str) -> tuple[dt.date, dt.date]:
    """First half, middle third or last half of a period, counted in months (long periods) or days."""
    first, last = period.earliest, period.latest
    assert first is not None and last is not None  # narrowed() only narrows periods with both ends
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    if months >= 3:
        lo, hi = _slice(months, mod)
        return add_months(first, lo), min(
            last, add_months(first, hi) - dt.timedelta(days=1)
        )  # a window of whole months
    days = (last - first).days + 1
    lo, hi = _slice(days, mod)
    return first + dt.timedelta(days=lo), first + dt.timedelta(days=hi - 1)


def _slice(n: int, mod: str) -> tuple[int, int]:
    return {"start": (0, n // 2), "end": (n // 2, n), "mid": (n // 3, n - n // 3)}[mod]


def number(word: str) -> int | None:
    """A date's count in digits or words ("5", "twenty-five", "a hundred", "half a dozen"): the number phrase's value
    (numbers.parse_number, where a scale word multiplies: "two hundred" is 200), when a whole number of at least one."""
    value = parse_number(word)
    return int(value) if value is not None and value >= 1 and value == int(value) else None


def day_number(word: str) -> int | None:
    """'13', '04th', 'twenty-seventh', 'thirty first'."""
    word = word.lower().strip()
    digits = word.rstrip("stndrh")
    if digits.isdigit():
        return int(digits)
    t = tables()
    parts = word.replace("-", " ").split()
    if len(parts) == 1:
        return t["ordinal_words"].get(parts[0])
    if len(parts) == 2 and parts[0] in t["ordinal_tens"] and parts[1] in t["ordinal_words"]:
        return t["ordinal_tens"][parts[0]] + t["ordinal_words"][parts[1]]
    return None


def month_number(word: str) -> int | None:
    return tables()["months"].get(word.lower().rstrip("."))


def weekday_number(word: str) -> int | None:
    return tables()["weekdays"].get(word.lower().rstrip("."))


def full_year(text: str, ref: dt.date | None) -> int:
    """Four digits as given; two digits ("'82", "7/8/07") in the century that puts them at most 10 years ahead."""
    year = int(text)
    if len(text) > 2:
        return year
    now = (ref or dt.date.today()).year
    year += now - now % 100
    return year - 100 if year > now + 10 else year


def nearest(make, ref: dt.date, direction: Direction, anchor: int | None = None) -> Period | None:
    """The period make(year) for the year nearest the reference date, respecting the tense direction.

    make(year) returns a Period or None (e.g. Feb 29 in a common year)."""
    if anchor is not None:
        return make(anchor)
    options = [p for p in (make(ref.year + k) for k in (-1, 0, 1)) if p is not None]
    if direction == Direction.PAST:
        options = [p for p in options if p.earliest <= _past_limit(p, ref)] or options
    elif direction == Direction.FUTURE:
        options = [p for p in options if p.latest >= ref] or options
    if not options:
        return None
    return min(options, key=lambda p: (_distance(p, ref), p.earliest > ref))


def _past_limit(p: Period, ref: dt.date) -> dt.date:
    """The latest day a past-tense year-less day may fall on: a few days past the reference date (past_grace_days in
    dates.json), as "ordered a lockdown from July 10" in a report of July 9, or a page dated before its last
    update, mean this year's day, never the one eleven months back; a month or a season must have begun."""
    if p.earliest != p.latest:
        return ref
    return ref + dt.timedelta(days=tables()["past_grace_days"])


def _distance(p: Period, ref: dt.date) -> int:
    assert p.earliest and p.latest  # make() builds calendar periods, which always have both ends
    if p.earliest <= ref <= p.latest:
        return 0
    return min(abs((p.earliest - ref).days), abs((p.latest - ref).days))


def weekday_near(ref: dt.date, wd: int, mode: str) -> dt.date:
    """mode: 'on_or_before', 'on_or_after', 'before', 'after', 'this_week'."""
    back = (ref.weekday() - wd) % 7
    ahead = (wd - ref.weekday()) % 7
    if mode == "on_or_before":
        return ref - dt.timedelta(days=back)
    if mode == "on_or_after":
        return ref + dt.timedelta(days=ahead)
    if mode == "before":
        return ref - dt.timedelta(days=back or 7)
    if mode == "after":
        return ref + dt.timedelta(days=ahead or 7)
    return ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(days=wd)


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
