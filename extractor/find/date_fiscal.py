"""Fiscal periods: a quarter, a half or "the year" of a year of accounts is not the calendar's.

A company's or a government's fiscal (financial) year ends where its accounts close: "the full year ended Aug 31"
runs from 1 September to 31 August, and its first quarter is September to November. Read as the calendar's, "the
first quarter" or "the year" of such a year is a wrong period, so the finder's calendar reading is refitted here,
once the whole article has been read (find_dates calls refit on every date it found).

Decisions:
- The year's end is known only when the article states it: a day right after "(full|financial|fiscal) year
  ended", "the year ending", "12 months to" (fiscal_end_before in dates.json). A stated 31 December is the calendar
  year: nothing changes. The first such day of the article is the one its year-less periods are read against.
- A year-less quarter or half, or "the year" ("the whole year"; no part of it, no "that year"), is a period of
  that fiscal year when the article states its end: "the year" is the year that ended on the stated day (the year
  the report is about); a quarter or a half is the nearest one the tense allows, as a calendar quarter is.
- A period that the text ties to a fiscal year itself ("the fiscal third quarter", "the first quarter of the
  fiscal", "Q3 FY21": fiscal_before and fiscal_after in dates.json) is a fiscal period even with no stated end:
  then its bounds are unknown and its value is null (granularity kept), never the calendar period. A fiscal year
  number after it ("of fiscal 2021", "FY21") names the year of accounts that ends in that year, and so does a stated
  end right after it ("the first quarter of the fiscal year ending March 31, 2019"). "The year" later in
  the sentence of such a period is that fiscal year too ("a contraction in the first quarter of the fiscal, ... the
  lowest forecast for the year as a whole").
- A fiscal year or quarter counted by a shift word ("next fiscal year", "the current fiscal year", "the last
  financial year": the fiscal group of the shift_unit atom) is a date of the article, its value null (granularity
  kept) as a tied period's with no stated end; the article's stated end is not used for it. Its own first or last
  day, stated right after it ("the current fiscal year (started March 20, 2017)", "before the current fiscal year
  ends Sept. 30": fiscal_bound_between in dates.json), is: it is the twelve months from or to that day (measured:
  2 dated on the audit pages and news_gold, both right; no other).
  The same count written again elsewhere in the article ("during the first nine months of the current fiscal year
  (March 20-Dec. 21)") is that same year, and another plain count ("last fiscal year") the year so many before or
  after it: the article counts all of them from one present (_counted_years). Not an anaphoric count ("the
  preceding fiscal year": from the year last named), and not when two glosses give two years (two organisations'
  years of accounts). Measured on the 569 audit pages and the 318 news_gold texts: 1 dated, right; no other.
- A numbered fiscal year ("fiscal year 2019", "fiscal 2019": a year right after fiscal_before; "FY20", "FY2020",
  "FY '21": fiscal_own, the label and its number found as one date) is the year of
  accounts that ends in that year: refitted to the article's stated end, else its value is null (granularity
  year), never the calendar year (its bounds depend on the organisation: the US government's ends in September).
  With no stated end, a country's own ("Goldman Sachs says India's FY21 GDP may plummet": its name with 's or its
  demonym right before; national_fiscal_years in dates.json) is that country's year of accounts, known to a
  reader (India's FY21 is April 2020 to March 2021); a company's stays null. Measured on the audit pages and
  news_gold: 1 fiscal year dated, right; the 12 other numbered ones (companies', an agency's, a state's, and
  "FY20" of a sentence that does not name the country) unchanged.
  An article that names one country's numbered fiscal year as that country's own (the title's "India's FY21 GDP")
  numbers its other fiscal years with no owner of their own ("expand by 3.3 per cent ... in FY21 on March 22",
  "for FY20") in that country's convention too; not one with a possessive of its own ("SPH's FY20", "its FY21"),
  nor in an article naming two countries' years. Measured on the audit pages and news_gold: 2 dated (FY21 and FY20
  of one article), both right; no other changed.
- An article that names an organisation's numbered fiscal year ("some of the benefits anticipated for fiscal 2019
  will take longer": no country owns it, its value null) and states no year's end reports that organisation's
  results: its year-less quarters and halves ("the retailer reported third-quarter earnings", "a hurricane headwind
  in Q3") are parts of that year of accounts, value null (granularity kept), never the calendar's. Not "the year",
  a quarter with its own year or "the calendar third quarter", nor in an article of a country's fiscal year.
  Measured on the audit pages and news_gold: 7 quarters of the two articles of one retailer's results made null,
  all right; no other changed.
- A year-less quarter before a season of results ("the Q2 results season": results_season_after) is many firms'
  quarter, numbered in their years of accounts (an Indian firm's Q2 is July-September), so never the calendar's:
  the three months ending in the month the article says its quarter ends in ("the September quarter", "the quarter
  ended September 30": quarter_end_month), else its value is null.
- A fiscal period is written as the months it covers ("2019-09/2020-08", granularity "month", as a calendar half
  is). "The calendar third quarter" stays the calendar's (calendar_before). A stated end in the middle of a month (a
  retailer's 52-week year "ended Feb. 1") is not used: its quarters are counted in weeks the text does not give.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache, lru_cache

from spacy.tokens import Doc

from ..nlp import span_at, text_of
from ..normalize.periods import Direction, Period, add_months, nearest, tables
from .date_patterns import Candidate, composers
from .date_tense import tense

__all__ = ["Found", "refit"]

Found = tuple[int, Candidate, Period]  # (the block's index, the candidate, the period it resolved to)


@lru_cache(maxsize=1)
def _rx(key: str) -> re.Pattern:
    return re.compile(tables()[key], re.I)


def refit(docs: Sequence[Doc], found: list[Found], ref: dt.date | None) -> list[Found]:
    """The article's dates with each year-less period of a fiscal year refitted to that year (see the module)."""
    ends = {(i, c.start): e for i, c, p in found if (e := _stated_end(text_of(docs[i]), c, p)) is not None}
    first = next(iter(ends.values()), None)
    out: list[Found] = []
    tied_in: tuple[int, int] | None = None  # (block, sentence start) of the last period tied to a fiscal year
    country = _article_country(docs, found)
    counted = _counted_years(docs, found)  # "the current fiscal year" again, after its gloss dated it
    accounts = first is None and country is None and _names_company_year(docs, found)
    for i, c, period in found:
        doc, text = docs[i], text_of(docs[i])
        if _numbered_fiscal_year(text, c, period):
            numbered = _year_number(c)
            fiscal = _fiscal(("year", 0), first, numbered, ref, Direction.UNKNOWN) if first else None
            fiscal = fiscal or _national_year(text, c, numbered)
            if fiscal is None and country is not None and not _owned(text, c):
                fiscal = _country_year(country, numbered)  # "in FY21" after "India's FY21 GDP"
            out.append((i, c, fiscal if fiscal is not None else Period(None, "year", None, None, False)))
            continue
        if _shifted_fiscal(c):  # "next fiscal year": a year of accounts with no bounds the text gives
            days = [(d, p) for b, d, p in found if b == i and d.start >= c.end]
            bounded = _own_bounds(text, c, days) if period.granularity == "year" else None
            if bounded is None and period.granularity == "year":
                shift = _plain_shift(c)
                bounded = counted.get(shift) if shift is not None else None
            out.append((i, c, bounded or Period(None, period.granularity, None, None, True)))
            continue
        if _month_names_quarter(text, c, period):  # "the September quarter earnings": July to September
            out.append((i, c, _quarter_to(period)))
            continue
        part = _part(c)
        if part is None or _rx("calendar_before").search(text, max(0, c.start - 20), c.start):
            out.append((i, c, period))
            continue
        tie = _tie(text, c)
        sentence = (i, _sentence_start(doc, c))
        if tie is not None:
            tied_in = sentence
        elif part[0] == "year" and tied_in == sentence:
            tie = (None, c.end)  # "the year as a whole" after "the first quarter of the fiscal"
        if tie is None and first is None:
            if part[0] == "quarter" and composers()["results_season_after"].match(text, c.end):
                period = _season_quarter(docs, ref)
            elif part[0] != "year" and accounts:  # "reported third-quarter earnings" beside "fiscal 2019"
                period = Period(None, period.granularity, None, None, True)
            out.append((i, c, period))
            continue
        end, fy = first, tie[0] if tie else None
        own = next((e for (b, s), e in ends.items() if tie and b == i and 0 <= s - tie[1] <= 16), None)
        if own is not None:  # "the first quarter of the fiscal year ending March 31, 2019": that year's
            end, fy = own, own.year
        fiscal = _fiscal(part, end, fy, ref, tense(doc, c.start, c.end))
        out.append((i, c, fiscal if fiscal is not None else Period(None, period.granularity, None, None, True)))
    return out


def _names_company_year(docs: Sequence[Doc], found: list[Found]) -> bool:
    """ "some of the benefits anticipated for fiscal 2019 will take longer" in an article of "the retailer reported
    third-quarter earnings": an article that names a numbered fiscal year no country owns (an organisation's year of
    accounts, its end not stated) reports that organisation's results, so its year-less quarters and halves are parts
    of that year of accounts, not the calendar's."""
    return any(
        _numbered_fiscal_year(text_of(docs[i]), c, p) and _owner_country(text_of(docs[i]), c) is None
        for i, c, p in found
    )


def _shifted_fiscal(c: Candidate) -> bool:
    """ "The bill adds more than $10 million next fiscal year", "in the current fiscal year", "in the last financial
    year": a shift word on a fiscal year or quarter (the fiscal group of the shift_unit atom in dates.json) counts
    years of accounts, whose bounds depend on the organisation: a date, its value null (granularity kept)."""
    return bool(c.groups.get("fiscal")) and not c.parts


def _own_bounds(text: str, c: Candidate, days: list[tuple[Candidate, Period]]) -> Period | None:
    """ "Iran's mutual trade with the CIS has witnessed decrease during the current fiscal year (started March 20,
    2017)": a fiscal year counted by a shift word whose own first or last day is stated right after it
    (fiscal_bound_between in dates.json) is the twelve months from or to that day (2017-03-20/2018-03-19), written
    as months when they are whole ones; None when no such day follows."""
    for d, p in days:
        if p.granularity != "day" or p.earliest is None or d.parts or d.mod or d.since:
            continue
        bound = _rx("fiscal_bound_between").fullmatch(text, c.end, d.start)
        if bound is None:
            continue
        first = p.earliest if bound.group("start") else add_months(p.earliest, -12) + dt.timedelta(days=1)
        return _twelve_months(first, p.relative)
    return None


def _twelve_months(first: dt.date, relative: bool) -> Period:
    """The year of accounts opening on first, written as months when they are whole ones."""
    last = add_months(first, 12) - dt.timedelta(days=1)
    if first.day == 1:
        stop = add_months(first, 11)
        return Period(f"{first:%Y-%m}/{stop:%Y-%m}", "month", first, last, relative)
    return Period(f"{first.isoformat()}/{last.isoformat()}", "day", first, last, relative)


def _counted_years(docs: Sequence[Doc], found: list[Found]) -> dict[int, Period]:
    """ "during the current fiscal year (started March 20, 2017) ... during the first nine months of the current
    fiscal year (March 20-Dec. 21)": the years of accounts the article counts by a plain shift word (shift_words, not
    an anaphoric one: "the preceding fiscal year" counts from the year last named), by their count, once one of them
    is bounded by its own gloss (_own_bounds): the article counts all of them from the same present, so "the current
    fiscal year" is the glossed year wherever it is written again, and "last fiscal year" the one before it. Empty
    when no year is so glossed, or two glosses give different years (two organisations' years of accounts)."""
    starts: set[tuple[dt.date, bool]] = set()
    for i, c, period in found:
        shift = _plain_shift(c)
        if shift is None or period.granularity != "year":
            continue
        days = [(d, p) for b, d, p in found if b == i and d.start >= c.end]
        bounded = _own_bounds(text_of(docs[i]), c, days)
        if bounded is not None and bounded.earliest is not None:
            starts.add((add_months(bounded.earliest, -12 * shift), bounded.relative))
    if len(starts) != 1:
        return {}
    ((start, relative),) = starts
    return {k: _twelve_months(add_months(start, 12 * k), relative) for k in (-1, 0, 1)}


def _plain_shift(c: Candidate) -> int | None:
    """The count of a fiscal year's shift word ("the current fiscal year": 0, "last fiscal year": -1), None for an
    anaphoric one ("the preceding fiscal year": the year before the one last named) or a candidate of no such year."""
    word = c.groups.get("shift", "").lower()
    if not _shifted_fiscal(c) or word in tables()["anaphoric_shifts"]:
        return None
    count = tables()["shift_words"].get(word)
    return count if isinstance(count, int) else None


def _month_names_quarter(text: str, c: Candidate, period: Period) -> bool:
    """ "A key reason for the market rally is the improved September quarter earnings": a month right before
    "quarter" (month_quarter_after in dates.json) names the quarter that ends in it, not the month."""
    return (
        period.granularity == "month"
        and period.earliest is not None
        and not c.parts
        and _rx("month_quarter_after").match(text, c.end) is not None
    )


def _quarter_to(period: Period) -> Period:
    """The three months that end with the month of `period`, written as the months they cover."""
    if period.earliest is None:
        return period
    start = add_months(period.earliest, -2)
    return replace(period, value=f"{start:%Y-%m}/{period.earliest:%Y-%m}", earliest=start)


def _season_quarter(docs: Sequence[Doc], ref: dt.date | None) -> Period:
    """ "The key positive from the Q2 results season", on a page that speaks of "the September quarter earnings": a
    results season's quarter is numbered in each firm's year of accounts, so it is the three months ending in the
    month the article says its quarter ends in (the latest such quarter to end by the page's month); with no such month
    its value is null, never the calendar quarter."""
    month = _quarter_end_month(docs)
    if month is None or ref is None:
        return Period(None, "quarter", None, None, True)
    year = ref.year if month <= ref.month else ref.year - 1  # this year's when it ends by the page's month
    stop = dt.date(year, month, 1)
    start = add_months(stop, -2)
    latest = add_months(stop, 1) - dt.timedelta(days=1)
    return Period(f"{start:%Y-%m}/{stop:%Y-%m}", "month", start, latest, True)


def _quarter_end_month(docs: Sequence[Doc]) -> int | None:
    """The month of the first "the September quarter" or "the quarter ended September 30" of the article."""
    for doc in docs:
        found = composers()["quarter_end_month"].search(text_of(doc))
        if found:
            return tables()["months"][(found.group("m") or found.group("m2")).lower().rstrip(".")]
    return None


def _numbered_fiscal_year(text: str, c: Candidate, period: Period) -> bool:
    """ "the fiscal year 2019 seizures", "the benefits anticipated for fiscal 2019": a year right after "fiscal
    (year)" or "financial (year)" is a year of accounts, not the calendar year."""
    if c.parts or c.mod or c.since or period.granularity != "year":
        return False
    if _rx("fiscal_own").match(text, c.start):  # "FY20", "FY2020", "FY '21": the label is the date's own text
        return True
    return c.groups.get("y", "").isdigit() and bool(_rx("fiscal_before").search(text, max(0, c.start - 20), c.start))


def _national_year(text: str, c: Candidate, number: int) -> Period | None:
    """ "Goldman Sachs says India's FY21 GDP may plummet": a numbered fiscal year that a country owns (its name with
    's, or its demonym, right before the label: national_fiscal_years in dates.json) is that country's year of
    accounts, whose months a reader knows (India's FY21 is April 2020 to March 2021); None for any other owner."""
    country = _owner_country(text, c)
    return _country_year(country, number) if country is not None else None


def _owner_country(text: str, c: Candidate) -> dict | None:
    """The country (its national_fiscal_years entry) whose name with 's or demonym stands right before a numbered
    fiscal year ("India's FY21", "Pakistan's fiscal 2020"), if any."""
    start = _label_start(text, c)
    for country in tables()["national_fiscal_years"].values():
        if _owner_rx(tuple(country["names"]), tuple(country["demonyms"])).search(text, max(0, start - 40), start):
            return dict(country)
    return None


def _country_year(country: dict, number: int) -> Period:
    """The year of accounts numbered `number` in a country's convention (India's FY21: April 2020 to March 2021)."""
    year = number if country["named_by"] == "end" else number + 1
    end_month = (country["first"] - 2) % 12 + 1
    return replace(_period("year", 0, dt.date(year, end_month, 1), year), relative=False)


def _article_country(docs: Sequence[Doc], found: list[Found]) -> dict | None:
    """ "Goldman Sachs says India's FY21 GDP may plummet ..." (the title), then "The brokerage, which had forecasted
    the GDP to expand by 3.3 per cent on a real basis in FY21 on March 22": the one country whose numbered fiscal
    year the article names as that country's own (_owner_country) is the article's; its other numbered fiscal years
    with no owner of their own are that country's too, as a reader reads them (April 2020 to March 2021). None when
    no such year is named, or two countries' are."""
    countries = []
    for i, c, period in found:
        text = text_of(docs[i])
        if _numbered_fiscal_year(text, c, period) and (country := _owner_country(text, c)) is not None:
            countries += [country] if country not in countries else []
    return countries[0] if len(countries) == 1 else None


def _owned(text: str, c: Candidate) -> bool:
    """A numbered fiscal year with an owner of its own right before it, a possessive ("SPH's FY20", "the company's
    fiscal 2021", "its FY21 results"): that owner's year, not the article's country's."""
    start = _label_start(text, c)
    return bool(_rx("fiscal_owner_before").search(text, max(0, start - 40), start))


def _label_start(text: str, c: Candidate) -> int:
    """Where a numbered fiscal year's label starts: at "FY20" itself, or at "fiscal" of "fiscal 2021" (an owner
    stands before it: "India's fiscal 2021")."""
    before = _rx("fiscal_before").search(text, max(0, c.start - 20), c.start)
    return before.start() if before is not None and not _rx("fiscal_own").match(text, c.start) else c.start


@cache
def _owner_rx(names: tuple[str, ...], demonyms: tuple[str, ...]) -> re.Pattern:
    """A country's name with 's or its demonym, right before a fiscal year ("India's ", "Indian ")."""
    owners = [re.escape(n) + "['\u2019]s?" for n in names] + [re.escape(d) for d in demonyms]
    return re.compile(r"(?<![\w.])(?:" + "|".join(owners) + r")[^\S\n]+\Z")


def _year_number(c: Candidate) -> int:
    """The year a numbered fiscal year names: "2019" of "fiscal 2019", 2020 of "FY20" (a two-digit one is this
    century's: years of accounts are written so only in the 2000s)."""
    y = c.groups.get("y")
    return int(y) if y else 2000 + int(c.groups["yy"])


def _stated_end(text: str, c: Candidate, period: Period) -> dt.date | None:
    """ "for the full year ended Aug 31": the last day of the article's year of accounts; None for 31 December."""
    if period.granularity != "day" or period.earliest is None or c.parts:
        return None
    if not _rx("fiscal_end_before").search(text, max(0, c.start - 50), c.start):
        return None
    day = period.earliest
    return None if (day.month, day.day) == (12, 31) or not _month_end(day) else day


def _part(c: Candidate) -> tuple[str, int] | None:
    """("quarter", 3), ("half", 1), ("year", 0) for a year-less quarter, half or "the year"; None for any other."""
    g = {k: v.lower() for k, v in c.groups.items() if v}
    if c.parts or c.mod or c.since or g.keys() & {"y", "y2", "shift"}:
        return None
    if c.atom.kind == "quarter":
        q = g["q"]
        return ("quarter", 4 if q == "last" else int(q) if q.isdigit() else tables()["quarter_words"][q])
    if c.atom.kind == "half":
        h = g["h"]
        return ("half", int(h) if h.isdigit() else tables()["half_words"][h])
    if (
        c.atom.kind == "this_period"
        and g.get("unit") == "year"
        and g.get("the", "the") in ("the", "the entire", "the whole")
    ):
        return ("year", 0)
    return None


def _tie(text: str, c: Candidate) -> tuple[int | None, int] | None:
    """The words around the period that make it a fiscal year's, as (the year its year of accounts ends in, when
    the text numbers it; where those words end); None when there are none."""
    after = _rx("fiscal_after").match(text, c.end)
    if after:
        fy = after.group("fy")
        return (None if fy is None else int(fy) if len(fy) == 4 else 2000 + int(fy), after.end())
    if _rx("fiscal_before").search(text, max(0, c.start - 20), c.start):
        return (None, c.end)
    return None


def _fiscal(
    part: tuple[str, int], end: dt.date | None, fy: int | None, ref: dt.date | None, direction: Direction
) -> Period | None:
    """The period of the fiscal year that ends on end's day and month; None when the text does not say enough."""
    if end is None:
        return None
    unit, n = part
    if fy is not None:
        return replace(_period(unit, n, end, fy), relative=False)  # the text names the year
    if unit == "year":
        return _period(unit, n, end, end.year)
    if ref is None:
        return None
    found = nearest(lambda y: _period(unit, n, end, y), ref, direction)
    return replace(found, relative=True) if found else None


def _period(unit: str, n: int, end: dt.date, year: int) -> Period:
    """Part n of the fiscal year whose last month is end's month of `year`, as the months it covers."""
    first = add_months(dt.date(year, end.month, 1), -11)
    months = {"year": (0, 12), "half": (6 * (n - 1), 6), "quarter": (3 * (n - 1), 3)}[unit]
    start = add_months(first, months[0])
    stop = add_months(start, months[1] - 1)
    latest = add_months(stop, 1) - dt.timedelta(days=1)
    return Period(f"{start:%Y-%m}/{stop:%Y-%m}", "month", start, latest, True)


def _month_end(day: dt.date) -> bool:
    return (day + dt.timedelta(days=1)).day == 1


def _sentence_start(doc: Doc, c: Candidate) -> int:
    span = span_at(doc, c.start, c.end)
    if span is None or not doc.has_annotation("SENT_START"):
        return 0
    return span.sent.start_char
