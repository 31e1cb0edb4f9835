"""Resolvers: the parts of a recognised date expression (an atom's named groups) made into a calendar period.

One resolver per atom kind of dates.json (RESOLVERS); `resolve` runs it. The matched words are looked up in the
tables with word_value: a word a table lacks means "not a date" (NotADate), a missing table or group raises.
Over 450 lines: one resolver per atom kind, and the choices below that they share, read best together.

Choices (documented in one place, see also extractor/data/dates.json):
- Year-less dates ("June 18", "October", "the fourth quarter", "Christmas") take the year that puts them
  closest to the reference date, unless the tense says otherwise (past tense: not after it; future: not before).
  In a block without a verb (a schedule line) they are the first on or after the last day mentioned before,
  if that day is recent (schedules run forward: "on sale Friday, Dec. 6 ... June 9 – Tampa" is next June).
- A bare weekday is the most recent one on or before the reference date (news report past events: "said on
  Tuesday"); with a future cue ("will", "until", "set to") it is the next one on or after it.
  "last Tuesday" / "next Tuesday" are the nearest one strictly before / after; "this Tuesday" is the one in the
  reference date's ISO week; "a week ago Saturday" is the Saturday on or before the day a week back.
- "last week", "last year", "last quarter" (a unit without a number) are the previous calendar period, but "the
  past week/month/year" is the rolling window up to the reference date (a reader's "the past year" is twelve months);
  "the previous year", "the following week" (TimeML's anaphoric shifts) count from the period last mentioned
  ("in 2017, up from the previous year" is 2016), from the reference date only when none was;
  "the year" is the year last mentioned, but not a year counted from the reference date ("last year", "four years
  ago") in an earlier paragraph unless its clause is past: such a count is an aside (see _aside); nor one on the
  other side of the reference date than its clause's tense ("will spend the day" after "yesterday evening"), nor,
  in a present perfect clause ("have spent the week"), one whose unit does not hold the reference date, nor one
  before a date only the reference date could place ("in 1994" ... "March was volatile ... the start of the year"
  on a page with no date: _undated_since), nor one a count of its own unit from the reference date follows ("In
  1999 ..." then "In the last few years ..." then "toward the end of the year": _counted_from_now), nor a stretch
  "since 2010" on a page with no date, which runs up to an undated now (_crosses);
  "the day on Monday" is no period of its own ("in the middle of the day on Monday" is Monday's: the this_period
  atom of dates.json stops before "on" and a weekday or month), nor is "the week up to September 27th" (a
  week counted back from the day named, which is its own fact);
  "the past few weeks", "the next couple of years" (vague_counts), "the coming days" (no count) are a rolling window
  (below) whose far end the text does not give: value and that end null, the near end the reference date (ahead:
  the day after it); "in recent months" (recent_context before it) is such a window back; "the past two nights" a
  window of days;
  "the past five years" (with a number) is a rolling window ending on the reference date: value
  "2016-05-08/2021-05-08", granularity "day" (an interval whose ends are days; SPEC keeps null for ends that
  differ); a count given as two numbers ("over the next 10 or 15 years", "the past two to three years") is the
  window of the larger, the far end the text allows (_window_count); "the year ahead" is one unit, as "the coming
  year". "the past decade" is the same window of ten years (a reader in late 2019 means 2009-2019, not the
  2000s; MEANTIME annotates it once as a duration P10Y and once as the calendar decade, so its convention does
  not decide); "this decade" is calendar, and so is a part of a next or last one ("by the end of the next decade"
  is the end of the 2020s on a page of 2019: _calendar_part).
- "the same month a year ago", "the same period last year", "the year-to-date period last year" (year_back) are one
  date, that period a year back: "the same X" is X of the date last mentioned (else the reference date's), "the same
  period" the last period mentioned longer than a day; with none, null at year granularity. "the fourth quarter last
  year" is of the reference year minus one, "the third quarter a year earlier" the quarter the clause means, a year
  back. "the year previous", "the year before" closing a clause are "the previous year" (postposed_shifts).
- "since 2012" keeps the value "2012" (granularity year, as TIMEX3 annotates it) and covers 2012-01-01 to the
  reference date in earliest/latest (relative); without a reference date latest is null.
- "early/mid/late X", "the end of X" keep X's value and granularity and narrow earliest/latest (first half,
  middle third, last half of X's months or days); "earlier/later this X" are the days of X before / after the
  reference date, wherever in X it falls ("later this year" on January 20 is January 21 to December 31; Recognizers'
  suite takes the second half from July 1, which a news reader does not: "further strikes ... later this year").
- "over the weekend" is the weekend just past (Saturday on or before the reference date), the coming one with a
  future verb; "this weekend" without a tense is the reference week's. Values are TIMEX3 weekends of ISO weeks
  ("2019-W46-WE"), granularity "week" (the weekend is named by its week; earliest/latest give its two days).
- "N years ago" / "N decades from now" are the year that many years away (granularity year: "three years ago"
  says no day); "N days/weeks/months ago" are the day (Recognizers' suite and MEANTIME annotate "two months
  ago", "a week ago" so).
- Holidays: fixed days ("Christmas") and US weekday-fixed ones ("Thanksgiving", "Black Friday", "Cyber Monday").
- Decades are TIMEX3 style ("199" = the 1990s); centuries too ("19" = the 20th century, 1900-1999). A round
  hundred before 2000 is a century ("the 1300s" = 1300-1399, "the 1900s" = the 20th century, as readers use
  them); "the 2000s" stays the decade 2000-2009, the common reading in news.
- Seasons are meteorological, northern hemisphere; value the TIMEX3 season code "2009-SP" (SP, SU, FA, WI, as
  TimeML corpora such as MEANTIME annotate them), granularity "season", earliest/latest its first and last day
  (winter 2019 is 2019-12-01 to 2020-02-29). A sport's, trade's or show's season shifted from the present ("next
  season", "last season") has no calendar value: null at granularity "season" (_shift_season); on a dated page of
  a league whose season crosses two years, find/date_games.league_seasons reads its two years. The holiday season
  shifted so ("this holiday season", "last festive season") is a year's Thanksgiving to December 31, the interval
  of days as its value at granularity "day", as an observance's span of days is (_holiday_season).
- A cycle of elections or budgets shifted from the present ("the last election cycle", "the next budget cycle") is
  null at granularity year, open back (forward) from the reference date (_shift_cycle): a period that places a time
  the calendar cannot bound.
- "week 31" is ISO week 31 of the reference year; a capitalised "Week 10" without a year is the week of a
  season or schedule ("met in Week 10", "the Week 13 rematch"), no calendar week: no fact.
- Halves of a year are month intervals: "the first half of 2020" is "2020-01/2020-06", granularity "month" (ISO 8601
  has no half-year code and SPEC no half granularity).
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from dateutil.easter import easter  # the Western church's Easter Sunday (Gregorian computus)

from .periods import (
    THING_DAY,
    Direction,
    Hints,
    Period,
    add_months,
    century_period,
    containing,
    day_number,
    day_period,
    decade_period,
    full_year,
    half_period,
    interval,
    month_number,
    month_period,
    narrowed,
    nearest,
    number,
    offset,
    offset_half,
    picked,
    quarter_period,
    safe_date,
    season_period,
    shifted,
    tables,
    week_of,
    week_period,
    weekday_near,
    weekday_number,
    weekend_of,
    word_value,
    year_before,
    year_period,
)

__all__ = ["GRAIN_ORDER", "RESOLVERS", "holiday_day", "holiday_period", "resolve"]


NO_HINTS = Hints()
GRAIN_ORDER = ("day", "week", "month", "quarter", "year", "decade", "century")


def resolve(kind: str, g: dict[str, str], ref: dt.date | None, hints: Hints = NO_HINTS) -> Period | None:
    """The period an atom of dates.json means. None: not a valid date. A Period with value None and
    relative=True: it needs a reference date that is missing."""
    g = {k: v for k, v in g.items() if v}
    try:
        return RESOLVERS[kind](g, ref, hints)
    except (ValueError, OverflowError, TypeError):  # NotADate is a ValueError; a missing key is a bug and raises
        return None


def _unresolved(granularity: str | None) -> Period:
    return Period(None, granularity, None, None, True)


def _year_of(g: dict, ref: dt.date | None) -> int | None:
    if "y" in g:
        return full_year(g["y"], ref)
    if "y2" in g and len(g["y2"]) == 4:
        return int(g["y2"])
    if "yy" in g:
        return full_year(g["yy"], ref)
    return None


def _year_shift(g: dict, ref: dt.date | None, key: str = "shift") -> int | None:
    if key in g and ref is not None:
        return ref.year + word_value("shift_words", g[key].lower().split()[-1])
    return None


def _calendar(g, ref, hints):
    year = _year_of(g, ref) or _year_shift(g, ref, "shift2")  # "August 8 next year"
    month = month_number(g["m"]) if "m" in g else int(g["mn"]) if "mn" in g else None
    day = day_number(g["d"]) if "d" in g else None
    if month is None:
        return year_period(year) if year else None
    if day is None:
        make = lambda y: month_period(y, month)  # noqa: E731
    else:
        make = lambda y: day_period(d) if (d := safe_date(y, month, day)) else None  # noqa: E731
    if year is not None:
        found = make(year)
        return replace(found, relative=True) if found and "shift2" in g else found
    return _yearless(make, ref, hints, "day" if day else "month")


def _yearless(make, ref, hints, granularity):
    if hints.year is not None:
        return make(hints.year)
    if ref is None:
        return _unresolved(granularity)
    if hints.listing and (found := _schedule_date(make, ref, hints)) is not None:
        return replace(found, relative=True)
    if (found := _anchored(make, hints)) is not None:
        return found
    found = nearest(make, ref, hints.direction)
    return replace(found, relative=True) if found else None


def _anchored(make, hints: Hints) -> Period | None:
    """A year-less date within a month of the month, season or day named before it in the same sentence is read
    next to it, whatever the tense: "in the summer of 2004 ... in mid-August" is August 2004, and "will depart ...,
    a decision disclosed on Dec. 19, ahead of the deadline on Dec. 20" the Dec. 20 after that Dec. 19. Farther
    apart, the tense decides ("premiered in May, opened on Christmas Day"). Which dates anchor: find/dates.py."""
    anchor = hints.anchor
    if anchor is None or anchor.earliest is None or anchor.latest is None:
        return None
    options = [p for p in (make(anchor.earliest.year + k) for k in (-1, 0, 1)) if p is not None and p.earliest]
    if not options:
        return None
    best = min(options, key=lambda p: _gap(p, anchor))
    return replace(best, relative=anchor.relative) if _gap(best, anchor) <= 31 else None


def _gap(p: Period, q: Period) -> int:
    """Days between two periods, 0 when they overlap."""
    assert p.earliest and p.latest and q.earliest and q.latest  # only periods with both ends are compared
    if p.latest < q.earliest:
        return (q.earliest - p.latest).days
    return max(0, (p.earliest - q.latest).days)


def _schedule_date(make, ref: dt.date, hints: Hints) -> Period | None:
    """A verbless list of year-less dates (a tour's or a season's schedule) runs forward: each takes the first year
    that puts it on or after the last day mentioned before it, when that day is recent ("tickets go on sale
    Friday, Dec. 6 ... June 9 – West Palm Beach" is June 9 of the next year); a day a few days before that one
    (schedule_back_days in dates.json) is of its year, a list of results that began before it: "Yesterday (Nov. 1)
    ... October 29", not October 29 of the next year."""
    days = [p.earliest for granularity, p in hints.previous if granularity == "day" and p.earliest]
    if not days or days[-1] < ref - dt.timedelta(days=366):
        return None
    options = [p for p in (make(ref.year + k) for k in (-1, 0, 1, 2)) if p is not None]
    since = days[-1] - dt.timedelta(days=tables()["schedule_back_days"])
    return next((p for p in options if p.latest >= since), None)


def _weekday_dom(g, ref, hints):
    wd, day = weekday_number(g["wd"]), day_number(g["d"])
    if ref is None:
        return _unresolved("day")
    for k in (0, -1, 1):
        first = add_months(ref.replace(day=1), k)
        d = safe_date(first.year, first.month, day)
        if d and d.weekday() == wd:
            return day_period(d, True)
    d = safe_date(ref.year, ref.month, day)
    return day_period(d, True) if d else None


def _year_range(g, ref, hints):
    first = int(g["y"])
    second = int(g["y2"]) if len(g["y2"]) == 4 else first - first % 100 + int(g["y2"])
    if second <= first or second - first > 100:
        return None
    return interval(year_period(first), year_period(second))


def _day_range(g, ref, hints):
    month, d1, d2 = month_number(g["m"]), day_number(g["d"]), day_number(g["d2"])
    if d2 <= d1:
        return None
    make = lambda y: interval(day_period(dt.date(y, month, d1)), day_period(dt.date(y, month, d2)))  # noqa: E731
    year = _year_of(g, ref)
    return make(year) if year else _yearless(make, ref, hints, "day")


def _numbered(g, key, words_table):
    raw = g[key].lower()
    return int(raw) if raw.isdigit() else tables()[words_table][raw]


def _quarter(g, ref, hints):
    q = 4 if g["q"].lower() == "last" else _numbered(g, "q", "quarter_words")
    year = _year_of(g, ref) or _year_shift(g, ref)
    if year is None and "shift" in g:
        return _unresolved("quarter")
    return quarter_period(year, q) if year else _yearless(lambda y: quarter_period(y, q), ref, hints, "quarter")


def _half(g, ref, hints):
    h = _numbered(g, "h", "half_words")
    year = _year_of(g, ref) or _year_shift(g, ref)
    return half_period(year, h) if year else _yearless(lambda y: half_period(y, h), ref, hints, "month")


def _season(g, ref, hints):
    code = word_value("seasons", g["season"].lower())
    year = _year_of(g, ref)
    if year:
        return season_period(year, code)
    if "shift" in g:
        if ref is None:
            return _unresolved("season")
        return _shifted_yearly(lambda y: season_period(y, code, True), g, ref, hints)
    return _yearless(lambda y: season_period(y, code), ref, hints, "season")


def _shifted_yearly(make, g: dict, ref: dt.date, hints) -> Period:
    """A time that comes once a year (make: its period in a year), shifted from the reference date: "last" the one
    ended before it, "next" the one begun after it, "this" the one under way, else the one gone by in a past clause
    ("met her this summer" in January), else the year's."""
    k = word_value("shift_words", g["shift"].lower())
    options = [make(ref.year + i) for i in (-2, -1, 0, 1)]
    if k < 0:
        return [p for p in options if p.latest < ref][-1]
    if k > 0:
        return [p for p in options if p.earliest > ref][0]
    # "this winter" in January is the one under way; "met her this summer" in January the one gone by
    now = [p for p in options if p.earliest <= ref <= p.latest]
    if not now and hints.direction == Direction.PAST:
        return [p for p in options if p.latest < ref][-1]
    return now[0] if now else make(ref.year)


def _decade(g, ref, hints):
    if "dec" in g:
        first = int(g["dec"]) * 10
        # "the 1300s", "the 1800s" are centuries; "the 2000s" is read as the decade, as news uses it
        return century_period(first) if first % 100 == 0 and first < 2000 else decade_period(first)
    if "decw" in g and g.get("decc"):  # "the nineteen-sixties"
        return decade_period(1900 + word_value("decade_words", g["decw"].lower()) * 10)
    tens = word_value("decade_words", g["decw"].lower()) if "decw" in g else int(g["dec2"])
    now = (ref or dt.date.today()).year
    first = now - now % 100 + tens * 10
    return decade_period(first - 100 if first > now else first)


def _century(g, ref, hints):
    n = day_number(g["c"])
    return century_period((n - 1) * 100) if n and 1 <= n <= 30 else None


def _week_of(g, ref, hints):
    if "m" in g:
        month = month_number(g["m"])
        year = _year_of(g, ref)
        base = month_period(year, month) if year else _yearless(lambda y: month_period(y, month), ref, hints, "week")
    else:
        base = year_period(_year_of(g, ref))
    if base is None or base.earliest is None:
        return base and replace(base, granularity="week")
    # the week that holds the period's first (last, ...) Thursday: ISO 8601's own rule for week 1
    thursdays = [base.earliest + dt.timedelta(days=i) for i in range((base.latest - base.earliest).days + 1)]
    thursdays = [d for d in thursdays if d.weekday() == 3]
    ordinal = picked({"first": 0, "second": 1, "third": 2, "fourth": 3, "last": -1, "final": -1}, g["wo"].lower())
    return week_of(thursdays[ordinal], base.relative)


def _week_number(g, ref, hints):
    year = _year_of(g, ref)
    if year is None and g["week"][0].isupper():
        return None  # "met in Week 10", "the Week 13 rematch": a season's or a schedule's week, named like a day
    if year is None:
        return week_period(ref.year, int(g["wn"]), True) if ref else _unresolved("week")
    return week_period(year, int(g["wn"]))


def _deictic(g, ref, hints):
    if ref is None:
        return _unresolved("day")
    words = tables()["deictic_days"]
    key = " ".join(g["word"].lower().split())
    return day_period(ref + dt.timedelta(days=words.get(key, 0)), True)


def _shift_unit(g, ref, hints):
    unit = word_value("units", g["unit"].lower())
    shift = tables()["postposed_shifts"].get(g["shift"].lower(), g["shift"].lower())  # "the year before"
    # "the previous year", "the following week" count from the period last talked about; "last year" from today
    anaphoric = shift in tables()["anaphoric_shifts"] or (
        "the" in g
        and shift in tables()["anaphoric_past_shifts"]
        and unit in tables()["anaphoric_past_units"]
        and (hints.direction == Direction.PAST or hints.joined)
    )  # "given the all-clear the next year" after "in 2005" is 2006; "in March, and in the next quarter" Q2
    anchor = _last_mentioned(unit, hints) if anaphoric else None
    if anchor is not None:
        return replace(shifted(unit, anchor.earliest, word_value("shift_words", shift)), relative=anchor.relative)
    k = word_value("shift_words", shift)
    rolling = (unit in tables()["rolling_units"] and k and not _calendar_part(shift, hints)) or (
        shift == "past" and unit in tables()["rolling_past_units"]
    )
    if ref is None:
        return _unresolved(_unit_grain(unit))
    if rolling:
        return _window(ref, unit, k)
    return _starting(unit, ref) if shift in tables()["starting_shifts"] else shifted(unit, ref, k)


def _calendar_part(shift: str, hints: Hints) -> bool:
    """ "increase solar module efficiency from around 20% now to 24% by the end of the next decade": a part of a
    decade ("the end of", "early in", "the middle of") is a part of a calendar decade, the 2020s on a page of 2019,
    not of the ten years from the reference date, which have no end of their own. "the past decade" stays the window
    (its end is the reference date's side of it)."""
    return hints.part and shift != "past"


def _starting(unit: str, ref: dt.date) -> Period:
    """ "this coming week", "the upcoming weekend": the first period of the unit that starts on or after the
    reference date (the week of a Monday's page, the weekend ahead of a Wednesday's), else the one after."""
    held = containing(unit, ref)
    return held if held.earliest is not None and held.earliest >= ref else shifted(unit, ref, 1)


def _last_mentioned(unit: str, hints: Hints) -> Period | None:
    """The latest period mentioned so far that is no longer than the unit ("the year" after "in March 2017"). A
    stretch of days that runs across two such units ("for the past month" up to April 24, then "at the end of the
    month") names no one unit, and stops the search: "the month" is then the reference date's."""
    if unit not in GRAIN_ORDER:
        return None
    finer = GRAIN_ORDER[: GRAIN_ORDER.index(unit) + 1]
    for granularity, period in reversed(hints.previous):
        if (granularity in finer or (granularity == THING_DAY and unit != "day")) and period.earliest:
            return None if _crosses(unit, period) else period
    return None


def _crosses(unit: str, period: Period) -> bool:
    """Whether a period's first and last days lie in two different units (a window of days across a month's end).
    "Since 2010" on a page with no date (a named start, no last day: periods.since) runs up to a now the text does
    not date, past its start's unit: it names no one unit either ("Since 2010 the police force has been running a
    specialised operation ... we talk about upwards of 500 offences for the year": not 2010). A window ahead ("the
    coming weeks": no value) starts on a known day and is left as it was."""
    if period.value is not None and period.earliest is not None and period.latest is None:
        return True  # "since March 2017" too: which year now is, the text does not say
    if period.earliest is None or period.latest is None or period.earliest == period.latest:
        return False
    return containing(unit, period.earliest).value != containing(unit, period.latest).value


def _weekend(g, ref, hints):
    """ "over the weekend" is the one just past (the one coming with a future verb); "this weekend" without a
    tense is the reference week's, the reading a reader takes when nothing points either way."""
    if ref is None:
        return _unresolved("week")
    the = " ".join(g["the"].lower().split())
    if the == "this" and hints.direction == Direction.UNKNOWN:
        return weekend_of(ref, True)
    if hints.direction == Direction.FUTURE and the != "this past":
        return weekend_of(ref + dt.timedelta(days=(5 - ref.weekday()) % 7), True)
    return weekend_of(ref - dt.timedelta(days=(ref.weekday() - 5) % 7), True)


def _this_period(g, ref, hints):
    """ "that year", "the same day": the period of the last date mentioned, else (for "the year", not "that year",
    which points back) the reference date's."""
    unit = g["unit"].lower()
    the = " ".join(g.get("the", "the current").lower().split())
    if the in ("that", "the same") and _coarser_before(unit, hints):
        return _unresolved(unit)  # "18 years ago - on the same day": a day of that year, which the text does not say
    if the != "the current":
        anchor = _last_mentioned(unit, hints)
        if anchor is not None and not (the == "the" and _not_meant(unit, anchor, ref, hints)):
            return containing(unit, anchor.earliest, anchor.relative)
    if the in ("that", "the same"):
        return None  # "going vegan for that day" with no day before it: it points back to none, and is not today
    return containing(unit, ref, True) if ref else _unresolved(unit)


def _year_back(g, ref, hints):
    """ "the same month a year ago", "the same period last year", "the year-to-date period last year": the period
    the phrase names, a year back (dates.json _year_back_comment). "the same X" is X of the date last mentioned
    (the reference date's without one; "period", "time": the last mentioned period itself); with neither, null."""
    if "ytd" in g:
        here = _ytd(g, ref, hints)
    elif "q" in g or "h" in g:
        here = _named_part(g, ref, hints)
        if "last" in g:  # "the fourth quarter last year" is of the year before the reference date's, not a year back
            return here if ref is not None else _unresolved("year")
    else:
        here = _same_period(g["unit"].lower(), ref, hints)
    return year_before(here) if here is not None and here.earliest is not None else _unresolved("year")


def _named_part(g, ref, hints):
    """ "the third quarter", "the first half" of a year_back phrase: of the year before the reference date's with
    "last year", else of the year the story means (year-less), which the phrase then takes a year back."""
    year = ref.year - 1 if "last" in g and ref is not None else None
    if "q" in g:
        q = _numbered(g, "q", "quarter_words")
        make, grain = (lambda y: quarter_period(y, q, True)), "quarter"
    else:
        h = _numbered(g, "h", "half_words")
        make, grain = (lambda y: half_period(y, h, True)), "month"
    return make(year) if year else _yearless(make, ref, hints, grain)


def _same_period(unit: str, ref, hints) -> Period | None:
    """ "the same month": the month of the date last mentioned, else the reference date's; "the same period" (or
    "time"): the period last mentioned that spans more than a day (_last_span), else none."""
    if unit in ("period", "time"):  # a span its sentence states before it (a range too), else the last one
        said = hints.anchor
        return said if said is not None and _spans(said.granularity or "", said) else _last_span(hints)
    anchor = _last_mentioned(unit, hints)
    if anchor is not None and anchor.earliest is not None:
        return containing(unit, anchor.earliest, anchor.relative)
    return containing(unit, ref, True) if ref is not None else None


def _last_span(hints: Hints) -> Period | None:
    """The latest period mentioned that spans more than a day and no more than a year: "the same period of the last
    year" after "the last quarter, which ended December 30, 2006 ... the Christmas and New Year sales period" is that
    quarter's (a day named inside it is no period)."""
    return next((period for granularity, period in reversed(hints.previous) if _spans(granularity, period)), None)


def _spans(granularity: str, period: Period) -> bool:
    """Whether a period placed on the calendar is longer than a day and no longer than a year."""
    if period.earliest is None or period.latest is None:
        return False
    return granularity in ("week", "weekend", "month", "quarter", "season", "year") or (
        granularity == "day" and period.earliest != period.latest
    )


def _not_meant(unit: str, anchor: Period, ref: dt.date | None, hints: Hints) -> bool:
    """The date last mentioned is not the one a bare "the day", "the year" goes on from ("that year" points back
    to it whatever the tense)."""
    if _undated_since(unit, anchor, hints):
        return True
    return _other_side(anchor, ref, hints) or _aside(unit, anchor, hints) or _not_now(unit, anchor, ref, hints)


def _undated_since(unit: str, anchor: Period, hints: Hints) -> bool:
    """ "... an Official in the Gilt Edged and Money Market Division in 1994." (an author's career note), then a
    paragraph on "March was another volatile month ... the level seen at the start of the year": a date that only the
    reference date could place (a year-less "March" of a page with no date: no days), said in the paragraph of "the
    year" after an anchor of an earlier paragraph, takes the story back to the page's time, and "the year" is the
    page's. Within one paragraph ("2018 has already pulled the unit ... In January and February ... before the end
    of the year") the months go on in the anchor's year. A story's own week with no days (find/dates.py's
    story_week) is no such date."""
    finer = GRAIN_ORDER[: GRAIN_ORDER.index(unit) + 1] if unit in GRAIN_ORDER else ()
    at = next((k for k, (_, period) in enumerate(hints.previous) if period is anchor), None)
    if at is None:
        return False
    if _counted_from_now(unit, hints.previous[at + 1 :]):
        return True
    if at >= hints.block_start:
        return False
    return any(
        granularity in finer and granularity != "week" and period.earliest is None and period.relative
        for granularity, period in hints.previous[hints.block_start :]
    )


def _counted_from_now(unit: str, after: Sequence[tuple[str, Period]]) -> bool:
    """ "In 1999, Lynn and Bob Fodge were looking to move ..." then "In the last few years, Missouri has ranked
    second", "until two years ago hadn't been put into crops", then "producers can stockpile forage toward the end of
    the year" (one block, a page with no date): a count of the unit itself from the reference date after the anchor
    ("two years ago", "the last few years": of the unit's grain, placed by the reference date alone, which this page
    lacks) brings the story to the page's time, paragraph or not, and "the year" after it is not the anchor's. A
    year-less month after it ("In January and February ... before the end of the year") goes on in the anchor's."""
    return any(
        granularity == unit and period.earliest is None and period.latest is None and period.relative
        for granularity, period in after
    )


def _not_now(unit: str, anchor: Period, ref: dt.date | None, hints: Hints) -> bool:
    """ "Four months ago the House acted." then "Both sides have spent the week lobbing attacks": a present perfect
    clause tells a period that reaches up to the reference date, so not the unit of a date that lies before or
    after it ("until the 27th of October" then "It's been a terrible start to the week")."""
    if not hints.now or ref is None or anchor.earliest is None:
        return False
    held = containing(unit, anchor.earliest)
    return held.earliest is not None and held.latest is not None and not held.earliest <= ref <= held.latest


def _other_side(anchor: Period, ref: dt.date | None, hints: Hints) -> bool:
    """The date last mentioned lies on the other side of the reference date than the clause's tense: "flew to London
    yesterday evening and will spend the day" (the day ahead, not yesterday); "Wednesday is forecast to be even
    colder." then "were seen wearing layers throughout the day" (a day gone by, not the forecast one)."""
    if ref is None or anchor.earliest is None or anchor.latest is None:
        return False
    if hints.direction == Direction.FUTURE:
        return anchor.latest < ref
    return hints.direction == Direction.PAST and anchor.earliest > ref


def _aside(unit: str, anchor: Period, hints: Hints) -> bool:
    """ "French stays hit 14 million last year." then, a paragraph on, "to spend ... before the end of the year": a
    month or year counted from the reference date ("last year", "four years ago") is an aside measured from now,
    and "the year" of a later paragraph is the page's own, unless its clause goes on telling the past. A story
    set in another year states it ("By mid 2019 ... by the end of the year") or says "that year"."""
    if unit not in ("month", "quarter", "year") or not anchor.relative or hints.direction == Direction.PAST:
        return False
    if anchor.granularity != unit:
        return False  # "in October ... for the remainder of the year": a month of the year, not a count back to one
    here = [p for _, p in hints.previous[hints.block_start :]]
    return not any(p is anchor for p in here)


def _coarser_before(unit: str, hints: Hints) -> bool:
    """The date mentioned last is longer than the unit ("that day" after "in 2001"): it holds the one meant."""
    last = hints.previous[-1][0] if hints.previous else None
    return last in GRAIN_ORDER and unit in GRAIN_ORDER and GRAIN_ORDER.index(last) > GRAIN_ORDER.index(unit)


def _month_shift(g, ref, hints):
    """ "last June", "next March 3": the month the shift word picks; a day after it is that month's day."""
    month = month_number(g["m"])
    if ref is None:
        return _unresolved("day" if "d" in g else "month")
    k = word_value("shift_words", g["shift"].lower().split()[-1])
    options = [month_period(ref.year + i, month, True) for i in (-1, 0, 1)]
    if k < 0:
        found = [p for p in options if p.latest < ref.replace(day=1)][-1]
    elif k > 0:
        found = [p for p in options if p.earliest > ref][0]
    else:
        found = options[1]
    if "d" not in g:
        return found
    day = safe_date(found.earliest.year, month, day_number(g["d"]))
    return day_period(day, True) if day else None


def _day_shift(g, ref, hints):
    """ "the next morning", "the previous day": a day on from the day stated just before (the last date mentioned,
    a day, or a day that names a thing: "Tuesday's vote ... the next day"); with none the text gives no day (never
    the reference date's next day). A bare "the day before" / "the day after" closing its clause goes on from the
    last day mentioned, else from the reference date, as Recognizers' suite reads "What happened the day before"."""
    step = 1 if g["dir"].lower() in ("after", "next", "following") else -1
    if g["dir"].lower() in ("before", "after"):
        days = [p for granularity, p in hints.previous if granularity == "day"]
        base = days[-1].earliest if days else ref
        return _unresolved("day") if base is None else day_period(base + dt.timedelta(days=step), not days)
    last = hints.previous[-1] if hints.previous else None
    if last is None or last[0] not in ("day", THING_DAY) or last[1].earliest is None:
        return _unresolved("day")
    return day_period(last[1].earliest + dt.timedelta(days=step), False)


def _rolling(g, ref, hints):
    """ "the past five years" (a window of n units), "the next few weeks" (vague_counts), "the coming days" (a plural
    unit with no count; "the weeks ahead", "the days to come", no shift word: ahead): a window up to or from the
    reference date; without a count its far end is unknown, but one unit is a count ("the year ahead": a year)."""
    if "n" not in g and g["unit"].lower().endswith("s"):
        return _vague_window(g, ref) if "shift" in g else _open_window(ref, back=False, grain=_grain(g))
    if "n" in g and " ".join(g["n"].lower().split()) in tables()["vague_counts"]:
        return _vague_window(g, ref)
    n = _window_count(g)
    unit = word_value("units", g["unit"].lower())
    if not n or ref is None:
        return None if not n else _unresolved(_grain(g))
    ahead = "shift" not in g or word_value("shift_words", g["shift"].lower()) > 0  # "the year ahead": no shift word
    return _window(ref, unit, n if ahead else -n, half="half" in g)


def _window_count(g: dict) -> int | None:
    """A window's count of units: one without a number ("for the next year"); given as two numbers ("over the next
    10 or 15 years", "the past two to three years") the larger, the far end the text allows, as a reader takes the
    window to reach that far."""
    n = number(g["n"]) if "n" in g else 1
    n0 = number(g["n0"]) if "n0" in g else None
    return max(n, n0) if n and n0 else n


def _grain(g: dict) -> str:
    """The granularity of a window left unresolved: its unit's ("the last decade": decade), as nothing narrower is
    known; resolved, a window runs from a day to a day."""
    return _unit_grain(word_value("units", g["unit"].lower())) if "unit" in g else "day"


def _unit_grain(unit: str) -> str:
    """A unit's granularity: its own, but a weekend's or a fortnight's, which is a week's (SPEC: "2019-W46-WE",
    granularity week)."""
    return "week" if unit in ("weekend", "fortnight") else unit


def _vague_window(g: dict, ref: dt.date | None) -> Period:
    """ "over the past several months", "in the next few weeks": a window up to (from) the reference date whose far
    end the text does not give."""
    return _open_window(ref, back=word_value("shift_words", g["shift"].lower()) < 0, grain=_grain(g))


def _recent_window(g: dict, ref: dt.date | None, hints) -> Period:
    """ "in recent months", "over recent years": a window up to the reference date that the text does not bound (as
    "the past few months")."""
    return _open_window(ref, back=True, grain=_grain(g))


def _open_window(ref: dt.date | None, back: bool, grain: str = "day") -> Period:
    """A window up to (back) or from the reference date whose far end is unknown: value null, the near end known,
    and the granularity of its unit, with a reference date as without one ("Securities regulators have been focusing
    on this type of financial elder abuse over the past several years": year, up to the page's day). Only a window
    whose count gives both ends is an interval of days (_window); a vague one names no day, only its unit."""
    if ref is None:
        return _unresolved(grain)
    if back:
        return Period(None, grain, None, ref, True)
    return Period(None, grain, ref + dt.timedelta(days=1), None, True)


def _window(ref: dt.date, unit: str, n: int, half: bool = False) -> Period:
    """n units up to the reference date (n < 0: "the past five years") or from the day after it (n > 0); with a
    half ("the past four and a half years", "the next 1.5 years") half a unit more (periods.offset_half)."""
    far = offset_half(ref, unit, n) if half else offset(ref, unit, n)
    first, last = (far, ref) if n < 0 else (ref + dt.timedelta(days=1), far)
    return Period(f"{first.isoformat()}/{last.isoformat()}", "day", first, last, True)


def _shift_season(g, ref, hints):
    """ "any sanctions would only apply next season", "Last season had near-record warm sea surface temperatures": a
    season of a sport, trade or show, shifted from the one going on, places a time no calendar gives (a league's
    season runs across two years): value null, granularity season; the last one ended by the reference date, the
    next one starts after it. The holiday season so shifted ("This holiday season I was thinking of flavors") is the
    year-end holidays' weeks of the year the shift gives, as "this summer" is a summer (_holiday_season)."""
    if "holiday" in g and ref is not None:
        return _shifted_yearly(_holiday_season, g, ref, hints)
    return _shifted_run(g, ref, "season")


def _holiday_season(year: int) -> Period:
    """The holiday season of a year: from the holiday that opens it (dates.json holiday_season_start, Thanksgiving:
    late November) to the end of December; no TIMEX3 code names it, so its value is that interval of days, granularity
    day, as an observance's span of days is ("Hispanic Heritage Month": holiday_period)."""
    first, last = holiday_day(tables()["holiday_season_start"], year), dt.date(year, 12, 31)
    return Period(f"{first.isoformat()}/{last.isoformat()}", "day", first, last, True)


def _shift_cycle(g, ref, hints):
    """ "During the last election cycle, ... bickered", "the next budget cycle": a cycle of elections or budgets,
    shifted from the one going on, places a time whose bounds no calendar gives (a country's elections come every two,
    four or five years): value null, granularity year, the last one ended by the reference date, the next one starts
    after it; "this election cycle" has neither end."""
    return _shifted_run(g, ref, "year")


def _shifted_run(g: dict, ref: dt.date | None, grain: str) -> Period:
    """A recurring run of time (a season, a cycle) shifted from the present one: an open window back (last) or ahead
    (next) of the reference date at `grain`, or nothing known (this)."""
    k = word_value("shift_words", g["shift"].lower())
    if k == 0:
        return _unresolved(grain)
    return _open_window(ref, back=k < 0, grain=grain)


def _ago(g, ref, hints):
    sign = word_value("ago_words", " ".join(g["dir"].lower().split()))
    if "n" not in g or " ".join(g["n"].lower().split()) in tables()["vague_counts"]:  # "years ago": no count
        return _vague_ago(g, ref, sign)
    return _counted_from(g, ref, sign)


def _vague_ago(g: dict, ref: dt.date | None, sign: int) -> Period:
    """ "when just a few years ago my 12-inch MacBook could barely keep its battery percentage", "several weeks ago":
    a time the text places some units before (sign -1) or after the reference date without saying how many, so its
    value is null at its unit (as "the past few years"); a few units are at least one, which bounds its near side."""
    grain = _grain(g)
    if ref is None:
        return _unresolved(grain)
    near = offset(ref, word_value("units", g["unit"].lower()), sign)
    return Period(None, grain, None, near, True) if sign < 0 else Period(None, grain, near, None, True)


def _ahead(g, ref, hints):
    """ "in three days", "in a few weeks": counted forward from the reference date, but only in a clause that looks
    ahead; elsewhere ("finished the job in three days") the span is how long something took, no date."""
    if hints.direction != Direction.FUTURE:
        return None
    if " ".join(g["n"].lower().split()) in tables()["vague_counts"]:
        return _vague_window({"shift": "next", "unit": g["unit"]}, ref)  # "in a few weeks": weeks
    return _counted_from(g, ref, 1)


def _counted_from(g, ref, sign: int) -> Period | None:
    """n units back (sign -1) or forward (+1) from the reference date: "three years ago" names a year, not a day;
    "two months ago", "a week ago", "in three days" keep the day (as TimeML corpora and Recognizers' suite annotate
    them). Without a reference date the value is null at that same granularity ("six years ago" still names a year)."""
    n = number(g["n"])
    unit = word_value("units", g["unit"].lower())
    if not n:
        return None
    yearly = unit in ("year", "decade", "century")
    if ref is None:
        return _unresolved("year" if yearly else "day")
    day = offset(ref, unit, sign * n)
    return year_period(day.year, True) if yearly else day_period(day, True)


def _story_offset(g, ref, hints):
    # "12 days earlier" counts from the story's last stated day, not the page's date: find/date_frames.story_offset
    # gives it that day or drops it
    if " ".join(g["n"].lower().split()) in tables()["vague_counts"]:
        # "a few years later": null at the count's unit, counted from no date the text gives (dates.json)
        return Period(None, word_value("units", g["unit"].lower()), None, None, False)
    return _unresolved("day") if number(g["n"]) else None


def _weekday(g, ref, hints):
    wd = weekday_number(g["wd"])
    if ref is None:
        return _unresolved("day")
    if "n" in g:  # "a week ago Saturday": the Saturday of the week before the last one
        weeks = number(g["n"])
        return day_period(weekday_near(ref - dt.timedelta(weeks=weeks), wd, "on_or_before"), True) if weeks else None
    if "wshift" in g:
        monday = shifted("week", ref, word_value("shift_words", g["wshift"].lower())).earliest
        return day_period(monday + dt.timedelta(days=wd), True)
    shift = " ".join(g.get("shift", "").lower().split())
    mode = {
        "last": "before",
        "past": "before",
        "previous": "before",
        "this past": "before",
        "next": "after",
        "coming": "after",
        "this coming": "after",
        "this": "this_week",
    }.get(shift)
    if mode is None:
        mode = "on_or_after" if hints.direction == Direction.FUTURE else "on_or_before"
    return day_period(weekday_near(ref, wd, mode), True)


def holiday_day(name: str, year: int) -> dt.date:
    """The day of a holiday in a year: a fixed day ("christmas"), an nth weekday ("thanksgiving") or a day from
    Easter Sunday ("good friday")."""
    t = tables()
    if name in t["holidays"]:
        month, day = t["holidays"][name]
        return dt.date(year, month, day)
    if name in t["easter_holidays"]:
        return easter(year) + dt.timedelta(days=t["easter_holidays"][name])
    month, wd, nth, after = t["floating_holidays"][name]
    days = [d for d in range(1, calendar.monthrange(year, month)[1] + 1) if dt.date(year, month, d).weekday() == wd]
    return dt.date(year, month, days[nth - 1 if nth > 0 else nth]) + dt.timedelta(days=after)


def holiday_period(name: str, year: int, country: str | None = None) -> Period:
    """A holiday's time in a year: its day, or an observance month's month or span of days ("Women's History Month"
    is March, "Hispanic Heritage Month" September 15 to October 15: dates.json observance_months); country: the
    page's, for a month a country keeps apart (observance_country_months: Black History Month is October in the UK)."""
    t = tables()
    span = t["observance_country_months"].get(name, {}).get(country or "") or t["observance_months"].get(name)
    if span is None:
        return day_period(holiday_day(name, year))
    if len(span) == 1:
        return month_period(year, span[0])
    first, last = dt.date(year, span[0], span[1]), dt.date(year, span[2], span[3])
    return Period(f"{first.isoformat()}/{last.isoformat()}", "day", first, last, False)


def _holiday(g, ref, hints):
    name = " ".join(g["hol"].lower().replace("’", "'").split())
    year = _year_of(g, ref) or _year_shift(g, ref) or _year_shift(g, ref, "shift2")
    make = lambda y: holiday_period(name, y, g.get("country"))  # noqa: E731
    grain = "month" if len(tables()["observance_months"].get(name, [])) == 1 else "day"
    return make(year) if year else _yearless(make, ref, hints, grain)


def _ytd(g, ref, hints):
    if ref is None:
        return _unresolved("day")
    first = ref.replace(month=1, day=1)
    return Period(f"{first.isoformat()}/{ref.isoformat()}", "day", first, ref, True)


def _abbr_end(g, ref, hints):
    unit = picked({"eoy": "year", "eom": "month", "eow": "week"}, g["unit"].lower())
    if ref is None:
        return _unresolved(unit)
    return narrowed(containing(unit, ref), "end", ref)


def _endpoint(g, ref, hints):
    return day_period(ref, True) if ref else _unresolved("day")


RESOLVERS = {
    "date": _calendar,
    "weekday_dom": _weekday_dom,
    "year_range": _year_range,
    "day_range": _day_range,
    "quarter": _quarter,
    "half": _half,
    "season": _season,
    "decade": _decade,
    "century": _century,
    "week_of": _week_of,
    "week_number": _week_number,
    "deictic": _deictic,
    "endpoint": _endpoint,
    "shift_unit": _shift_unit,
    "this_period": _this_period,
    "year_back": _year_back,
    "rolling": _rolling,
    "recent_window": _recent_window,
    "ago": _ago,
    "shift_season": _shift_season,
    "shift_cycle": _shift_cycle,
    "story_offset": _story_offset,
    "ahead": _ahead,
    "weekday": _weekday,
    "month_shift": _month_shift,
    "day_shift": _day_shift,
    "holiday": _holiday,
    "ytd": _ytd,
    "abbr_end": _abbr_end,
    "weekend": _weekend,
}
