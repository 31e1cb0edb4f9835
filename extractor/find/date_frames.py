"""Dates whose year the story sets rather than the page's date.

A count back ("10 years ago") measured from a year the sentence states rather than from the page's date.

"more than 3,700 cases ... were reported in 2022, nearly ten times the number recorded 10 years ago": the figure of
2022 is set against the one "10 years ago" of it, 2012, though the page is of 2023. Decisions:
- Only a count of years or decades back ("N years ago"): a count of days or months in such a sentence is rare and
  a stated year says no day to count from.
- Only when a word of comparison (frame_comparison in dates.json: "times the", "up from", "compared with",
  "than") stands between the stated year and the count: "She joined in 2015, five years ago" restates 2015 from the
  page's date, and "who founded it in 2015, died two years ago" tells another event, each from the page's date.
- The stated year is the last date of the sentence before the count that names one past year of its own (not read
  from the page's date: "last year" is itself a count from it); a year that is the page's or later frames nothing.

A window of years back ranked by a superlative against a year its clause states (window_to_stated): "The amount of
new hydro capacity commissioned in 2017 was the lowest seen in the last decade" is the ten years up to 2017,
2008/2017, on a dated page or not: the figure of 2017 is ranked among the years before it, not the page's. Decisions:
- Only a window of years or decades back ("the last decade", "the past five years"; not a vague count, not days
  or months), right after a preposition (window_rank in dates.json: "in", "over", "of") that follows a superlative
  (a JJS or RBS word: "the lowest", "the most") standing between the stated year and the window.
- The stated year is the date said right before the window in its sentence, a bare year of its own (not read from
  the page's date), before the page's year; no comma, stop, semicolon or bracket between it and the window: a
  clause or aside between may rank something else.
- The window is the years ending with the stated one, at year granularity, no longer relative.

A year-less day told in the past after a full date of the story (story_dated): "... the boiler job on December 16,
2010 ... She returned to the property on December 27": the day is the story's, 2010-12-27, though the page is of 2012
and the page's date would read 2011-12-27. Decisions:
- The date said last before it in the article (sentences and paragraphs before; a caption's or headline's dates set
  nothing) must state its own year and a day, week or month (a week: "a week later" counted from a stated day,
  story_offset), and lie before the page's date; a date read from the page's
  date in between ("this year", "last week", "on Tuesday") takes the story back to the page's time.
- Only a month and day ("December 27"), a month ("in January") or a holiday ("Christmas") in a past-tense clause, not
  in a headline or caption: a present or future verb tells of the page's time, and a weekday is counted from it.
- Only within story_anchor_days (dates.json) of that date, either side: a story goes on day by day; a date months
  away ("born on May 5, 1960 ... was arrested on March 3") is another time the page's date tells better.
- Not when the page's date reads it within story_recent_days before the page: the news of the days just past is the
  page's own ("founded on Nov. 1, 2009 ... On Nov. 15, police raided") even after an old date.
- The day read so is no longer relative to the page's date; the dates after it go on from it.

A year-less date of a clause opened by a stated year (fronted_year): "In 2016, Thanksgiving is on November 24." is
2016-11-24 and Thanksgiving 2016 (2016-11-24), whatever the page's date or the clause's tense: the fronted year sets
the time of the whole clause, as "July 15-24 in 2022" sets its date's. Decisions:
- "In YEAR" must open the clause: the preposition hangs on the clause's verb and stands before both the verb and its
  subject (a conjunction may come first: "But in 2016, ..."). A year after the subject ("He moved in 2016 and in
  March joined") is one event's time among the clause's, not its frame.
- The date hangs on that verb, or on a verb joined to it ("In 2016 it rose in March and fell in May"); a clause
  below it (a said clause, a relative clause) tells a time of its own.
- Only a month and day, a day range or a holiday (event_year's kinds) with no year or shift word of its own, and not
  when the sentence names another year: two years leave the frame unclear.

A year-less date of a past clause of time hung on a clause that names a past year (time_clause_year): "(Trump ...
repeatedly sought to make Hillary Clinton's health an issue in the 2016 campaign -- particularly after she was seen
feeling faint at a September 11 commemoration.)" in a page of 2019 is 2016-09-11: the clause of time says when
within the time its head clause names. Decisions:
- The date's clause (its verb, or a verb it is the complement or conjunct of) is an adverbial clause opened by a
  word of time (time_clause_marks in dates.json: "after", "when", "before"); a date in the head clause itself ("In
  a Nov. 5 letter, the doctors pleaded ... during the 2018 flu season") tells the page's time beside that year.
- The head clause, outside the clause of time, names one year as a time: the object of a preposition of time
  (time_clause_preps: "in 2016") or its noun's year ("in the 2016 campaign"), not a thing's ("the 2016 law was
  repealed after ..."); the sentence names no other year (other_year), and the year is before the
  page's; the date's clause is in the past.
- Only a month and day, a day range or a holiday with no year or shift word of its own.

A year-less date of a clause not in the past whose subject a later year names (event_year): "The 2022 Commonwealth
Games are scheduled to be held ... on July 27-August 7" in a page of 2020 is 2022-07-27/08-07, not this summer's
days; a headline's "2022 World Athletics Championships set for July 15-24" likewise. Decisions:
- The year must modify the subject of the clause the date hangs on (the first subject met climbing from the date
  through its verbs): an event named by its year happens in that year. A year elsewhere in the sentence ("will face
  off Wednesday ... in the third primary debate of the 2024 election cycle") frames nothing.
- Only a year after the page's year, and only when the clause is not in the past: "The 2022 World Cup was awarded
  ... on December 2" tells another year's event; a later year is the one a plan of the page's time is for.
- Only a month and day, a day range or a holiday, with no year or shift word of its own.

A year-less date of a future clause after a stated day of a later year (story_ahead): "The 2022 Commonwealth Games are
scheduled ... on July 27-August 7. The European Athletics Championships are due to take place in Munich on August
11-21." (a page of 2020): the plan goes on in 2022, 2022-08-11/21. The mirror of story_dated, for the future:
- The date said last before it in the article (a range too; a caption's or headline's dates set nothing) must be a
  day or days stated in their own year (or by event_year), in a year after the page's: a date read from the page's
  date in between takes the story back to the page's time.
- Only a month and day, a day range or a holiday with no year of its own, in a future clause, not in a headline or
  caption; only within story_anchor_days of that date, either side.

A count of days, weeks or months "earlier"/"later" with no date of its own (story_offset): "On March 3, 2010, he was
arrested. He was released two days later.": 2010-03-05, counted from the date said last before it in the article, only
when that is a full day (stated in its own year, or read from the page's date: "the Bajans will oppose Antigua and
Barbuda on June 2 followed by an away fixture to Cuba three days later" is June 5 of the page's year, relative as June
2 is, but only in the same paragraph: a story told from the page's time moves on unsaid between paragraphs, "it would
release his book April 7. ... [a paragraph on] Hachette cancelled the release less than a week later" counts from the
announcement, no date); else a date of null value at the count's unit, as the page's date says nothing of when the
story's "later" is, though the count still places a time (the audit guide: "a month later" after an event no date
states is a date, unresolved). The result has the count's unit as granularity ("two months later" is a month, "a week
later" a week): the story's count is no more precise than its unit. A vague count ("a few years later", "several
months later") has a null value at its unit whatever came before (its own story_offset atom in dates.json), but for "a
few weeks later" after a month (below).
- A count of years "later" is the year that many after the date said last, when that date states its own year (a
  year, or a day, week, month or season of one) and was said in the same paragraph or the one before: "His first
  electoral success came in 1978 ... Four years later, Carey stepped aside" is 1982, "At the time of his 2018
  physical ... a year later" 2019. Not "earlier" (a count back often runs from the story's present, not from the
  year said last: "four years earlier", or "fifteen years before" closing its clause, is a year of null value), nor
  before a date of its own ("Five years later, in 1970"); see _story_offset_years_comment.
- A vague count of weeks "later" after a whole month or its late part said in the same paragraph or the one
  before is the month after it: "in late October, ... Buttigieg surged in Iowa a few weeks later" is November,
  at month granularity; two to four weeks from a month's last days land in the next one. After a season of one year
  it is that year when weeks_after_season_days past the season's end are still in it: "Advice came to Emacs lisp in
  the summer of 1994 ... A few weeks later" is 1994; after the fall or a winter it stays null.
- A counted number of months "later"/"earlier" after a whole month stated before it in the same sentence is the
  month that many on (back): "In May, NASA awarded task orders ..., but OrbitBeyond canceled its task order two
  months later" is July, at month granularity, relative as May was. Only a whole month in the same sentence (a month
  said sentences before may not be the one counted from; "late May" plus two months spans two months); an offset
  tied to an event ("A month after he resigned", "two days before the election") stays no date.

A year-less month or day set against a stated date of its sentence across a comparison (compared_before): "As of end
January 2015 . . . the banking system's capital adequacy ratio stood at 13.8 percent, down from 15.9 percent at
end-June" (a page of 2019) is June 2014: the figure a comparison sets against a dated one is an earlier one. Decisions:
- The stated date is the date said last before it, in its own year, before the page's date, in the same sentence (an
  ellipsis ". . . the" ends none); the words between hold a comparison (frame_comparison in dates.json: "down from",
  "compared with", "than") and no semicolon; the clause is not in the future. Nearer than a month the sentence's
  anchor already reads it.
- It takes the latest such month or day that ends before the stated date begins, within a year of it.

A page with no date at all takes its years from the text itself: date_undated.py, which reads these frames' helpers
(other_year, subject_year, years_near, gap_days).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc, Token

from ..nlp import span_at, text_of
from ..normalize.periods import (
    THING_DAY,
    Direction,
    Hints,
    Period,
    containing,
    interval,
    narrowed,
    number,
    offset,
    tables,
    word_value,
    year_period,
)
from ..normalize.resolvers import resolve
from .date_patterns import Candidate

__all__ = [
    "OWN_YEAR",
    "YEAR_NUMBER",
    "compared_before",
    "counted_from_stated",
    "event_year",
    "fronted_year",
    "gap_days",
    "other_year",
    "story_ahead",
    "story_dated",
    "story_offset",
    "subject_year",
    "time_clause_year",
    "verb_above",
    "window_to_stated",
    "years_near",
]


# the kinds of year-less date a story's stated date gives its year: a month and day, a month, a holiday
STORY_KINDS = {"date", "holiday"}


def verb_above(word: Token) -> Token | None:
    """The first verb (or auxiliary) above a word: the head of the clause it hangs on; None in a verbless one."""
    return next((t for t in word.ancestors if t.pos_ in ("VERB", "AUX")), None)


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


def window_to_stated(
    doc: Doc, c: Candidate, period: Period, ref: dt.date | None, out: list[tuple[Candidate, Period]], sentence: int
) -> Period:
    """ "The amount of new hydro capacity commissioned in 2017 was the lowest seen in the last decade": a window of
    years back ranked by a superlative against a year its clause states is the years up to that year, 2008/2017,
    not up to the page's date (see the module's decisions); else the period as resolved."""
    years = _window_years(c)
    if years is None or not out or out[-1][0].start < sentence:
        return period
    named, stated = out[-1]
    first, last = stated.earliest, stated.latest
    if stated.relative or first is None or last is None or first.year != last.year or stated.granularity != "year":
        return period
    if ref is not None and first.year >= ref.year:
        return period
    between = text_of(doc)[named.end : c.start]
    if re.search(r"[;:!?()\[\]]|[.,][^\S\n]", between) or not _window_rank().search(between):
        return period
    words = span_at(doc, named.end, c.start)
    if words is None or not any(t.tag_ in ("JJS", "RBS") for t in words):
        return period
    window = interval(year_period(first.year - years + 1), year_period(first.year)) if years > 1 else None
    return window or year_period(first.year)


def _window_years(c: Candidate) -> int | None:
    """How many years back a window of years reaches: "the past five years" 5, "the last decade" 10; None for any
    other date."""
    g = c.groups
    if c.parts or c.since or c.mod or g.get("shift", "").lower() not in ("last", "past") or "unit" not in g:
        return None
    if "half" in g:  # "the past four and a half years" is no whole count of calendar years
        return None
    size = {"year": 1, "decade": 10}.get(word_value("units", g["unit"].lower()) or "")
    if c.atom.kind == "shift_unit" and "the" in g:
        n: float | None = 1
    elif c.atom.kind == "rolling" and "n" in g:
        n = number(g["n"])
    else:
        return None
    return int(n) * size if size and n and n == int(n) else None


@lru_cache(maxsize=1)
def _window_rank() -> re.Pattern:
    return re.compile(tables()["window_rank"], re.I)


def compared_before(
    text: str, c: Candidate, period: Period, ref: dt.date | None, anchor: tuple[int, Period] | None, told: Direction
) -> Period:
    """ "As of end January 2015 ... stood at 13.8 percent, down from 15.9 percent at end-June": a year-less month or day
    read from the page's date, set across a comparison against the stated date its sentence named last (anchor: where
    that date ends, its period), is the latest one before that date, within a year (see the module's decisions)."""
    if ref is None or anchor is None or not period.relative or told == Direction.FUTURE:
        return period
    if c.atom.kind not in STORY_KINDS or c.parts or c.since or c.groups.keys() & OWN_YEAR:
        return period
    end, stated = anchor
    if stated.relative or stated.earliest is None or stated.latest is None or stated.latest >= ref:
        return period
    between = text[end : c.start]  # one sentence: an ellipsis (". . . the") ends none
    if re.search(r"[;\n]|[.!?][^\S\n]+[A-Z“\"]", between) or not _comparison().search(between):
        return period
    first = stated.earliest
    options = [resolve(c.atom.kind, c.groups, ref, Hints(Direction.PAST, y)) for y in (first.year - 1, first.year)]
    found = [p for p in options if p is not None and p.latest is not None and p.latest < first]
    best = max(found, key=lambda p: p.latest or first, default=None)
    if best is None or best.latest is None or (first - best.latest).days > 366 or best.value == period.value:
        return period
    best = replace(best, relative=False)
    return narrowed(best, c.mod, ref) if c.mod else best


def _story_anchor(previous: list[tuple[str, Period]], ref: dt.date) -> Period | None:
    """The date said last before, when it states its own year and a day, week or month before the page's date."""
    if not previous:
        return None
    granularity, said = previous[-1]
    if said.relative or granularity not in ("day", THING_DAY, "week", "month") or said.earliest is None:
        return None
    return said if said.latest is not None and said.latest < ref else None


def gap_days(p: Period, q: Period) -> int:
    """Days between two periods, 0 when they overlap."""
    assert p.earliest and p.latest and q.earliest and q.latest  # only periods with both ends are compared
    if p.latest < q.earliest:
        return (q.earliest - p.latest).days
    return max(0, (p.earliest - q.latest).days)


def story_dated(
    c: Candidate, period: Period, ref: dt.date | None, previous: list[tuple[str, Period]], direction: Direction
) -> Period:
    """A year-less date of a past-tense clause read from the page's date, read instead next to the full date the
    story stated last before it (see the module's decisions); else the period as resolved."""
    if ref is None or not period.relative or period.earliest is None or period.latest is None:
        return period
    if direction != Direction.PAST or c.atom.kind not in STORY_KINDS or c.parts or c.since:
        return period
    if c.groups.keys() & OWN_YEAR:
        return period
    anchor = _story_anchor(previous, ref)
    if anchor is None or (ref - period.latest).days <= tables()["story_recent_days"]:
        return period
    options = [resolve(c.atom.kind, c.groups, ref, Hints(direction, year)) for year in years_near(anchor)]
    found = [p for p in options if p is not None and p.earliest is not None and p.latest is not None]
    best = min(found, key=lambda p: gap_days(p, anchor), default=None)
    if (
        best is None
        or best.latest is None
        or gap_days(best, anchor) > tables()["story_anchor_days"]
        or best.latest > ref
    ):
        return period
    if best.value == period.value:
        return period  # the page's date reads it so too (a mod narrows it, keeping the value)
    best = replace(best, relative=False)
    return narrowed(best, c.mod, ref) if c.mod else best  # "By late October": the late part of that October


def years_near(anchor: Period) -> list[int]:
    assert anchor.earliest is not None
    return [anchor.earliest.year + k for k in (-1, 0, 1)]


# groups that give a date its own year or count it from the page's date
OWN_YEAR = {"y", "y2", "yy", "shift", "shift2", "wshift"}


def story_offset(
    c: Candidate,
    period: Period,
    previous: list[tuple[str, Period]],
    near: int = 0,
    before: Period | None = None,
    block: int = 0,
) -> Period | None:
    """ "two days later": the day, week or month that many units from the story's last stated day, "four years
    later" the year that many from its last stated year, "two months later" the month that many from a whole month
    stated before it in its sentence (see the module's decisions); a date of null value at the count's unit when the
    story stated no such date last ("only to be contradicted a month later by Essebsi": a time, unresolved); any
    other candidate's period as it is. near: the index in previous from which its dates were said in this block or
    the one before; before: the date resolved last in the candidate's sentence, if any; block: the index in previous
    from which its dates were said in this block."""
    if c.atom.kind != "story_offset":
        return period
    unit = word_value("units", c.groups["unit"].lower())
    if c.groups["dir"].lower() in ("before", "after"):
        if c.groups.get("dur"):
            return None  # "for two days before the vote": a duration, no time of the story
        # "11 days before the presidential election": counted from the event's day, which the phrase does not state
        return Period(None, unit, None, None, False)
    if period.value is None and not period.relative:
        return _weeks_after_month(c, period, previous, near)  # "a few years later" is null whatever came before
    if before is not None and _whole_month(before) and word_value("units", c.groups["unit"].lower()) == "month":
        return _months_from_month(c, before)
    n = number(c.groups["n"])
    if not n:
        return None
    # with no date to count from, the count still places a time of the story: a date of null value at its unit
    unplaced = Period(None, unit, None, None, False)
    if not previous:
        return unplaced
    if unit == "year":
        # "four years earlier" stays unplaced: a count back often runs from the story's present, not the year said
        # last (dates.json _story_offset_years_comment)
        later = c.groups["dir"].lower() == "later"
        return (_years_later(c, previous, near) if later else None) or unplaced
    granularity, said = previous[-1]
    if granularity not in ("day", THING_DAY) or said.earliest is None or said.earliest != said.latest:
        return unplaced
    if said.relative and len(previous) - 1 < block:
        return unplaced  # a day read from the page's date counts only in its own paragraph (the module's decisions)
    sign = 1 if c.groups["dir"].lower() == "later" else -1
    # at the unit's own granularity: "two months later" is that month, "a week later" that week, not a day; from a
    # day read from the page's date ("on June 2 ... three days later") relative as that day is
    return containing(unit, offset(said.earliest, unit, sign * n), relative=said.relative)


def _whole_month(said: Period) -> bool:
    """The period is one whole month ("In May"), not a part of one ("late May") or a span of months."""
    first, last = said.earliest, said.latest
    if said.granularity != "month" or first is None or last is None or first.day != 1:
        return False
    return (first.year, first.month) == (last.year, last.month) and (last + dt.timedelta(days=1)).day == 1


def _months_from_month(c: Candidate, said: Period) -> Period | None:
    """ "In May, NASA awarded task orders ... but OrbitBeyond canceled its task order two months later": a count of
    months from a whole month stated before it in the same sentence is the month that many on (back), July: every
    day of May two months on lies in July. Relative as the month was (a month read in the page's year)."""
    n = number(c.groups["n"])
    if not n or n != int(n) or said.earliest is None:
        return None
    sign = 1 if c.groups["dir"].lower() == "later" else -1
    return containing("month", offset(said.earliest, "month", sign * int(n)), relative=said.relative)


def _years_later(c: Candidate, previous: list[tuple[str, Period]], near: int) -> Period | None:
    """ "His first electoral success came in 1978 ... Four years later, Carey stepped aside": the year that many
    years after the date said last, 1982, when that date states its own year (a year, or a day, week or month in
    one year: "At the time of his 2018 physical ... a year later" is 2019) and was said in this paragraph or the one
    before; an older date is seldom the one counted from ("But by December, they worsened" four paragraphs before
    "by the time he was weaned off treatment a year later": a year from the treatment, which no date states). A
    count of years names a year, whatever the unit of the date it counts from."""
    if len(previous) <= near:
        return None
    _, said = previous[-1]
    if said.relative or said.granularity not in ("day", "week", "month", "season", "year"):
        return None
    if said.earliest is None or said.latest is None or said.earliest.year != said.latest.year:
        return None
    n = number(c.groups["n"])
    return year_period(said.earliest.year + int(n)) if n and n == int(n) else None


def _weeks_after_month(c: Candidate, period: Period, previous: list[tuple[str, Period]], near: int) -> Period:
    """ "When Warren nearly caught up in polls with Biden in late October, ... Buttigieg surged in Iowa a few weeks
    later": a vague count of weeks later after a month said last (the whole month or its late part, in this
    paragraph or the one before) is the month after it, 2019-11: two to four weeks on from the month's last days
    fall in the next month, whatever the page's date. After any other date, or earlier, or in days, months or years,
    the vague count stays null at its unit (period)."""
    if c.groups["dir"].lower() != "later" or word_value("units", c.groups["unit"].lower()) != "week":
        return period
    if len(previous) <= near:
        return period
    _, said = previous[-1]
    if said.granularity == "season":
        return _weeks_after_season(said, period)
    if said.granularity != "month" or said.earliest is None or said.latest is None:
        return period
    end = said.latest + dt.timedelta(days=1)
    if said.latest.month != said.earliest.month or end.day != 1:
        return period  # "early October" or a span of months: a few weeks on may still be in it
    return containing("month", end, relative=said.relative)


def _weeks_after_season(said: Period, period: Period) -> Period:
    """ "Advice came to Emacs lisp in the summer of 1994 ... A few weeks later, a colleague at work ... wrote up a
    simple example": a vague count of weeks later after a season of one year is in that year, 1994 (at year
    granularity), when weeks_after_season_days past the season's last day are still in it (spring, summer); a few
    weeks after the fall or a winter may be in the next year, and stay null (period)."""
    first, last = said.earliest, said.latest
    if first is None or last is None or first.year != last.year:
        return period
    if (last + dt.timedelta(days=tables()["weeks_after_season_days"])).year != last.year:
        return period
    return replace(year_period(last.year), relative=said.relative)


# the kinds of year-less date the year of their clause's subject gives its year (event_year)
EVENT_KINDS = {"date", "day_range", "holiday"}

# the dependencies by which a year names the noun it stands before ("the 2022 Commonwealth Games")
_YEAR_MODIFIERS = {"nummod", "compound", "amod", "nmod"}


def event_year(doc: Doc, c: Candidate, ref: dt.date | None, direction: Direction) -> int | None:
    """The later year that names the subject of the clause a year-less date hangs on, in a clause not in the past
    (see the module's decisions); else None."""
    if ref is None or direction == Direction.PAST:
        return None
    parts = c.parts or (c,)
    if any(p.atom.kind not in EVENT_KINDS or p.groups.keys() & OWN_YEAR for p in parts):
        return None
    year = subject_year(doc, c)
    ahead = tables()["bare_year_bounds"]["ahead"]
    return year if year is not None and ref.year < year <= ref.year + ahead else None


def subject_year(doc: Doc, c: Candidate) -> int | None:
    """The one year naming the subject of the clause a date hangs on ("The 2022 Commonwealth Games are scheduled
    ... on July 27-August 7": 2022); None when there is none or more than one."""
    span = span_at(doc, c.start, c.end)
    subject = _clause_subject(span.root) if span is not None else None
    if subject is None:
        return None
    years = year_modifiers(subject)
    return years[0] if len(years) == 1 else None


def year_modifiers(noun: Token) -> list[int]:
    """The years set on a noun as its modifiers ("The 2022 Commonwealth Games", "IoTX 2018")."""
    return [int(t.text) for t in noun.children if t.dep_ in _YEAR_MODIFIERS and _is_year(t)]


def fronted_year(doc: Doc, c: Candidate) -> int | None:
    """The year of an "In YEAR" that opens the clause a year-less date hangs on ("In 2016, Thanksgiving is on November
    24."; see the module's decisions); else None."""
    parts = c.parts or (c,)
    if any(p.atom.kind not in EVENT_KINDS or p.groups.keys() & OWN_YEAR for p in parts):
        return None
    span = span_at(doc, c.start, c.end)
    verb = verb_above(span.root) if span is not None else None
    while verb is not None and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "rose in March and fell in May": the joined verbs share the opening year
    if span is None or verb is None:
        return None
    subject = next((t.i for t in verb.children if t.dep_ in ("nsubj", "nsubjpass", "expl")), verb.i)
    for prep in verb.children:
        if prep.lower_ != "in" or prep.dep_ != "prep" or prep.i >= min(subject, verb.i) or not _opens_clause(prep):
            continue
        objects = [t for t in prep.children if t.dep_ == "pobj"]
        if len(objects) == 1 and _is_year(objects[0]) and not list(objects[0].children):
            year = int(objects[0].text)
            return None if other_year(doc, c, year) else year
    return None


def time_clause_year(doc: Doc, c: Candidate, ref: dt.date | None, direction: Direction) -> int | None:
    """The one past year named by the clause a past clause of time holding a year-less date hangs on ("an issue in
    the 2016 campaign -- particularly after she was seen feeling faint at a September 11 commemoration": 2016; see
    the module's decisions); else None."""
    if ref is None or direction != Direction.PAST:
        return None
    parts = c.parts or (c,)
    if any(p.atom.kind not in EVENT_KINDS or p.groups.keys() & OWN_YEAR for p in parts):
        return None
    span = span_at(doc, c.start, c.end)
    clause = _time_clause(verb_above(span.root)) if span is not None else None
    if clause is None:
        return None
    inside = {t.i for t in clause.subtree}
    years = [int(t.text) for t in clause.head.subtree if t.i not in inside and _time_year(t)]
    if len(years) != 1 or years[0] >= ref.year or other_year(doc, c, years[0]):
        return None
    return years[0]


def _time_year(token: Token) -> bool:
    """A year told as a time: the object of a preposition of time (time_clause_preps: "in 2016") or the year of that
    object ("in the 2016 campaign"); "the 2016 law" names a thing, not when the clause is."""
    if not _is_year(token):
        return False
    preps = tables()["time_clause_preps"]
    if token.dep_ == "pobj":
        return token.head.lower_ in preps
    return token.dep_ in _YEAR_MODIFIERS and token.head.dep_ == "pobj" and token.head.head.lower_ in preps


def _time_clause(verb: Token | None) -> Token | None:
    """The adverbial clause opened by a word of time (time_clause_marks) that a verb heads or is the complement or
    conjunct of ("after she was seen feeling faint at ...": "seen"); None when the verb is in no such clause."""
    while verb is not None and verb.dep_ in ("xcomp", "conj") and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "seen feeling faint at a September 11 commemoration": the clause of "seen"
    if verb is None or verb.dep_ != "advcl":
        return None
    marks = tables()["time_clause_marks"]
    return verb if any(t.dep_ == "mark" and t.lower_ in marks for t in verb.children) else None


def _opens_clause(word: Token) -> bool:
    """The word starts its sentence, or follows only a conjunction or a punctuation mark of the clause before."""
    before = word.doc[word.i - 1] if word.i > word.sent.start else None
    return before is None or before.dep_ == "cc" or before.is_punct


def _clause_subject(word: Token) -> Token | None:
    """The first subject met climbing from word through the verbs above it; a participle's noun is its subject
    ("2022 world athletics championships set for July 15-24")."""
    for head in word.ancestors:
        if head.pos_ in ("VERB", "AUX", "ADJ"):
            subject = next((t for t in head.children if t.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None:
                return subject
            if head.dep_ == "acl" and head.tag_ == "VBN":
                return head.head
    return None


def _is_year(token: Token) -> bool:
    return len(token.text) == 4 and token.text.isdigit() and token.text[:2] in ("19", "20")


def story_ahead(c: Candidate, period: Period, ref: dt.date | None, said: Period | None, direction: Direction) -> Period:
    """A year-less date of a future clause read from the page's date, read instead next to the stated day of a later
    year said last before it (see the module's decisions); else the period as resolved."""
    if ref is None or said is None or not period.relative or period.earliest is None or period.latest is None:
        return period
    if direction != Direction.FUTURE or c.atom.kind not in EVENT_KINDS or c.parts or c.since:
        return period
    if c.groups.keys() & OWN_YEAR or said.relative or said.granularity != "day" or said.earliest is None:
        return period
    if said.earliest.year <= ref.year or said.latest is None:
        return period
    options = [resolve(c.atom.kind, c.groups, ref, Hints(direction, year)) for year in years_near(said)]
    found = [p for p in options if p is not None and p.earliest is not None and p.latest is not None]
    best = min(found, key=lambda p: gap_days(p, said), default=None)
    if best is None or gap_days(best, said) > tables()["story_anchor_days"] or best.value == period.value:
        return period
    best = replace(best, relative=False)
    return narrowed(best, c.mod, ref) if c.mod else best


def other_year(doc: Doc, c: Candidate, year: int) -> bool:
    """ "1789 - President George Washington issues a proclamation naming November 26 a day of national
    thanksgiving": the sentence names another year, the nearer frame of the date than the article's days."""
    span = span_at(doc, c.start, c.end)
    if span is None or not doc.has_annotation("SENT_START"):
        return False
    sent = span.sent
    text = text_of(doc)
    named = YEAR_NUMBER.findall(text[sent.start_char : c.start] + " " + text[c.end : sent.end_char])
    return any(int(y) != year for y in named)


# a year written in digits, not part of a longer number or a date
YEAR_NUMBER = re.compile(r"(?<![\d.,/-])(1[5-9]\d\d|20\d\d)(?![\d.,/-]\d)")
