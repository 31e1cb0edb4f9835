"""Resolution: one composed candidate to a calendar period (resolve_date), read from the page's date with the tense of
its clause, a year named after it, the sentence's anchor and the periods met before in the article.

The resolvers themselves are in extractor/normalize/resolvers.py; this module chooses the Hints they get.
Decisions:
- The tense (date_tense.py) is read only for atoms whose value depends on it: the year-less ones (YEARLESS_KINDS),
  "the next year" and "this week"/"the year".
- A year-less date that hangs on a present-tense verb (not a speech or stative verb) is scheduled
  (SCHEDULED_KINDS): ahead in prose ("kicks off June 9th"); in a headline, which tells news in the present, only a
  weekday is; in a caption, which shows a picture taken before the page, it is past.
  A month and day within scheduled_grace_days before the page's date is not read ahead by a bare present (a schedule
  or an onset, "from"): it is the day just past ("the most recent ... update, from Nov. 5, damage again appears to be
  widespread" in a page of Nov. 9).
- Ahead too: a weekday after a clock time listed with no verb ("1 p.m. Saturday:"), a weekday or weekend of a
  forecast ("forecast electricity demand Monday"), a bare weekday bidden ("Visit the Thunder on Friday."), and a
  holiday planned or cancelled within holiday_ahead_days (dates.json) of it.
- An offset forward on a coming event's noun ("the next meeting in four weeks") is when the event comes, whatever the
  verb; told in the past ("He asked ... well in advance of the next meeting in four weeks") it counts from a day the
  text omits: a date, its value null. Right after a present phrase of taking effect or coming due ("the ban, which
  goes into effect in 30 days", "are due in six months": scheduled_onset_phrases) it is the coming day too, even
  under a report in the past; a past form of the phrase ("went on sale in three days") is how long it took.
- A year-less day or month of a note of revision about the text itself ("This blog post was edited on 9 July to
  include ...", "Updated on 9 July": date_tense.revision_note) is the first such day on or after the page's date,
  within revision_window_days (dates.json): the note was written after the page; its past looks back from then.
- A year-less day or holiday set before a noun it dates, in a past clause of another act ("invited ... to the Sept. 9
  meeting" on a page of Aug. 17), is the nearest occurrence when the past one lies more than thing_nearest_ratio
  (dates.json) times as far as the coming one (_far_past_thing); an event noun the past verb has as its subject or
  object keeps the past.
- A bare month (no day, year or shift word) that is the month just before the page's month is that month just past
  even in a future clause ("are likely to lead to a sharp deterioration in economic activity in March, and in the
  next quarter" on a page of 2020-04-08 is March 2020, a forecast of a month whose data are not out yet), not the
  same month 11 months ahead: a plan so far ahead states its year or "next". Measured on the facts of the audit pages
  and the news_gold docs before this rule: bare months of a future clause fell 1 to 7 months ahead, none 8 to 10,
  and the one 11 months ahead was this forecast, the month just past (_month_just_past).
  "the next quarter" joined to such a month ("in March, and in the next quarter") counts from it, 2020-Q2, as "the
  next year" after "in 2005" in a past clause does (_joined_to_month).
- Past: "since March" whatever the verb; a quarter or half whose results are reported ("the Q2 results season").
- A month and day that is a famous event's name, right before a noun of that event ("led to the January 6 attack on
  the Capitol", "after the September 11th attacks": named_days, named_day_heads in dates.json), is that event's day
  in its own year, unless the page is dated before it.
- "July 15-24 in 2022": a year right after a year-less date is its year, and so is a later year naming the subject of
  its clause not in the past ("The 2022 Commonwealth Games are scheduled ... on July 27-August 7", date_frames),
  and so is a year opening its clause ("In 2016, Thanksgiving is on November 24.", date_frames.fronted_year),
  and a past year named by the clause a past clause of time hangs on ("an issue in the 2016 campaign -- particularly
  after she was seen feeling faint at a September 11 commemoration", date_frames.time_clause_year);
  "in September of the same year", and a month or season pointed back to by "that" ("sentenced ... that August"
  after "in June 1998": _pointed_back): the year of the last period that lies within one year. A thing named again with
  no tense or year of its own ("the November election" after "November's presidential election") keeps the year of
  the first reading, relative to the page.
- A range of two ends left null on a page with no date ("from around midday on Saturday until Sunday") is one
  null date at their granularity.
- A range resolves its second end first, whose year a year-less first end takes (a year earlier when the first
  would fall after the second: "December to February"); "runs August through October" is the coming one.
- "earlier this week" on the first day of the week has nothing earlier in it: it is read from the day before; so
  is "this week" in a past clause there ("What our country experienced this week" on a Monday, and a gerund giving
  examples of a past clause, "played ... (including logging another sack this week)"): the week just ended.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span

from ..nlp import span_at, text_of
from ..normalize.periods import (
    Direction,
    Hints,
    Period,
    day_number,
    interval,
    month_number,
    narrowed,
    since,
    tables,
)
from ..normalize.resolvers import resolve
from .date_frames import event_year, fronted_year, time_clause_year
from .date_patterns import Candidate, composers, word_after
from .date_tense import (
    bidden_ahead,
    current_cycle,
    date_verb,
    dates_a_thing,
    example_tense,
    forecast_ahead,
    holiday_looks_ahead,
    present_alone,
    reaches_now,
    reports_results,
    revision_note,
    tense,
    told_in_past,
)

# the names the date finder's other modules import; the private ones kept the names they had in dates.py
__all__ = ["SCHEDULED_KINDS", "YEARLESS_KINDS", "resolve_date"]


# atoms whose meaning depends on the verb's tense or on a range partner's year
# year-less atoms that a present-tense verb puts ahead of the reference date (see _scheduled)
SCHEDULED_KINDS = {"weekday", "date", "season", "holiday"}


YEARLESS_KINDS = {"date", "day_range", "quarter", "half", "season", "holiday", "weekday", "week_of", "weekend"}


def resolve_date(
    doc: Doc,
    c: Candidate,
    ref: dt.date | None,
    previous: list[tuple[str, Period]],
    listing: bool,
    anchor: Period | None = None,
    headline: bool = False,
    caption: bool = False,
    known: int | None = None,
    block_start: int = 0,
) -> Period | None:
    if c.parts:
        return _resolve_range(doc, c, ref, previous, headline or caption)
    if _window_told_past(doc, c):
        unit = tables()["units"][c.groups["unit"].lower()]
        return Period(None, "week" if unit == "fortnight" else unit, None, None, True)  # a fortnight: two weeks
    if c.atom.kind == "ahead" and _event_offset_told_past(doc, c):
        return resolve(c.atom.kind, c.groups, None, Hints(Direction.FUTURE))  # counted from a day the text omits
    past_shift = c.atom.kind == "shift_unit" and "the" in c.groups  # "the next year" (see resolvers._shift_unit)
    # "the year" after "last year" in an earlier paragraph keeps it only in a past clause (resolvers._this_period);
    # "the first half a year earlier" is of the half the clause's tense places, a year back (resolvers._year_back)
    # "Sales this holiday season were weak" in April: the one gone by, as "this summer" (resolvers._holiday_season)
    holiday_season = c.atom.kind == "shift_season" and "holiday" in c.groups
    told = c.atom.kind in YEARLESS_KINDS or past_shift or holiday_season
    told = told or c.atom.kind in ("this_period", "ahead", "year_back")
    direction = tense(doc, c.start, c.end) if told else Direction.UNKNOWN
    if (
        direction == Direction.UNKNOWN
        and c.atom.kind in SCHEDULED_KINDS
        and "shift" not in c.groups
        and _scheduled(doc, c)
    ):
        direction = _scheduled_side(c, headline, caption)
    if c.atom.kind == "ahead":
        direction = _ahead_side(doc, c, direction)
    if c.atom.kind == "weekday" and "shift" not in c.groups and _listed_time(doc, c):
        direction = Direction.FUTURE
    if c.atom.kind in ("weekday", "weekend") and "shift" not in c.groups and forecast_ahead(doc, c.start, c.end):
        direction = Direction.FUTURE  # "California ISO forecast electricity demand Monday"
    if (
        direction == Direction.UNKNOWN
        and c.atom.kind == "weekday"
        and not (headline or caption)
        and c.groups.keys() == {"wd"}
    ):
        direction = (
            Direction.FUTURE if bidden_ahead(doc, c.start, c.end) else direction
        )  # "Visit the Thunder on Friday."
    if direction == Direction.PAST and _far_past_thing(doc, c, ref, previous, listing):
        direction = Direction.UNKNOWN  # "invited ... to the Sept. 9 meeting" (a page of Aug. 17): the coming one
    if direction == Direction.PAST and _revised_after(doc, c, ref, previous, listing):
        direction = Direction.FUTURE  # "This blog post was edited on 9 July" (a page of June 28): that July 9
    if direction == Direction.PAST and _coming_holiday(doc, c, ref, previous, listing):
        direction = Direction.FUTURE  # "No. 16 Glenwood Springs at No. 1 Green Mountain, 1 p.m. Saturday:"
    if direction == Direction.FUTURE and _bare_present(doc, c) and _just_past(c, ref, previous, listing):
        direction = Direction.UNKNOWN  # "the update, from Nov. 5, ... appears" (Nov. 9): not next November's
    if direction == Direction.FUTURE and _month_just_past(c, ref):
        direction = Direction.PAST  # "likely to lead to a sharp deterioration ... in March" (April 8): March just past
    direction = Direction.PAST if c.since else direction  # "since March" started in the past whatever the verb
    if direction == Direction.FUTURE and "shift" not in c.groups and current_cycle(doc, c.start, c.end):
        direction = Direction.UNKNOWN  # "by the end of October for the current flu season": this season's October
    if c.atom.kind in ("quarter", "half") and reports_results(doc, c.start, c.end):
        direction = Direction.PAST  # "the Q2 results season": reported results are of a quarter already over
    year = (
        _named_day_year(text_of(doc), c, ref)
        or _year_after(text_of(doc), c, previous)
        or _pointed_back(doc, c, previous)
        or _restated_day_year(c, ref, previous)
        or fronted_year(doc, c)
        or event_year(doc, c, ref, direction)
        or time_clause_year(doc, c, ref, direction)
    )
    same_thing = year is None and direction == Direction.UNKNOWN and known is not None
    year = known if same_thing else year  # "the November election" after "November's presidential election"
    now = c.atom.kind == "this_period" and reaches_now(doc, c.start, c.end)
    joined = anchor is not None and _joined_to_month(text_of(doc), c)
    hints = Hints(direction, year, tuple(previous), listing, anchor, block_start, now, c.mod is not None, joined)
    period = resolve(c.atom.kind, c.groups, ref, hints)
    if period is None:
        return None
    if same_thing:
        period = replace(period, relative=True)  # its year was read from the page's date, as the first one's
    if c.since:
        return since(period, ref)
    if ref is not None and _week_just_begun(doc, c, ref):
        return resolve(c.atom.kind, c.groups, ref - dt.timedelta(days=1), hints)  # the week that just ended
    if ref is not None and _nothing_earlier(period, c, ref):
        before = ref - dt.timedelta(days=1)  # "earlier this week" on a Monday: written in the week before
        period = resolve(c.atom.kind, c.groups, before, hints)
        return narrowed(period, "earlier", before) if period is not None else None
    return narrowed(period, c.mod, ref) if c.mod else period


def _window_told_past(doc: Doc, c: Candidate) -> bool:
    """ "The next two months were tough." (a piece about a 2009 surgery), "the weeks ahead were hard": a window that
    looks ahead (rolling, a forward shift word or "ahead"/"to come") in a clause told in the simple past is counted
    from the story's time, which the page's date does not give: no value, granularity of its unit. "the next two
    years will" stays counted from the page's date."""
    if c.atom.kind != "rolling" or c.since or c.mod:
        return False
    shift = c.groups.get("shift", "").lower()
    ahead = "dir" in c.groups or (shift != "" and tables()["shift_words"].get(shift, 0) > 0)
    return ahead and told_in_past(doc, c.start, c.end)


def _scheduled_side(c: Candidate, headline: bool, caption: bool) -> Direction:
    """The side a present-tense verb (see _scheduled) puts a year-less date on: ahead in prose ("The Gophers play
    Saturday", "the trek, which kicks off June 9th"); a headline tells news in the present ("New car sales plunge 10
    percent in October"), so there only a weekday is read ahead; a caption tells in the present what its picture
    shows, which was taken before the page ("Smoke rises ... as Israeli airstrikes continue on Tuesday"): the past."""
    if caption:
        return Direction.PAST
    return Direction.FUTURE if c.atom.kind == "weekday" or not headline else Direction.UNKNOWN


def _nothing_earlier(period: Period, c: Candidate, ref: dt.date) -> bool:
    """ "what took place earlier this week" in a page dated Monday, "earlier this month" on the 1st: the reference
    date is the first day of the period the text is in, so nothing of it came earlier; the text was written in the
    period before (a page dated after it was written), and the date is read from the day before."""
    own = c.atom.kind == "this_period" or "shift" in c.groups
    return c.mod == "earlier" and own and period.relative and period.earliest == ref and period.latest != ref


def _week_just_begun(doc: Doc, c: Candidate, ref: dt.date) -> bool:
    """ "What our country experienced this week" in a page dated Monday, which has only that day of its week behind
    it: "this week" in a past clause is the week that has just ended, as "earlier this week" is (_nothing_earlier).
    The tense is read here: "this week" does not otherwise depend on it; a gerund of examples ("played way above my
    expectations (including logging another sack this week)") takes the tense of the clause it gives examples of."""
    this_week = c.atom.kind == "shift_unit" and c.groups.get("shift", "").lower() == "this"
    if not (this_week and (c.groups.get("unit") or "").lower() == "week" and not c.mod and ref.weekday() == 0):
        return False
    found = tense(doc, c.start, c.end)
    if found == Direction.UNKNOWN:
        found = example_tense(doc, c.start, c.end)
    return found == Direction.PAST


def _coming_holiday(
    doc: Doc, c: Candidate, ref: dt.date | None, previous: list[tuple[str, Period]], listing: bool
) -> bool:
    """ "urged residents to cancel indoor Thanksgiving plans" (a week before it): a year-less holiday planned or
    cancelled ahead (see holiday_looks_ahead) is the coming one when that is near (holiday_ahead_days, dates.json)."""
    if ref is None or c.atom.kind != "holiday" or c.groups.keys() & {"y", "shift", "shift2"}:
        return False
    if not holiday_looks_ahead(doc, c.start, c.end):
        return False
    coming = resolve(c.atom.kind, c.groups, ref, Hints(Direction.FUTURE, None, tuple(previous), listing))
    days = tables()["holiday_ahead_days"]
    return coming is not None and coming.earliest is not None and (coming.earliest - ref).days <= days


def _revised_after(
    doc: Doc, c: Candidate, ref: dt.date | None, previous: list[tuple[str, Period]], listing: bool
) -> bool:
    """ "This blog post was edited on 9 July to include ..." in a page of 2018-06-28: a year-less day or month of a
    note of revision (revision_note) is the first such day on or after the page's date when that is within
    revision_window_days (dates.json): the note was written after the page, and its past tense looks back from then.
    A page dated after the change (the change itself past) finds that day further on, and keeps the past reading."""
    if ref is None or c.atom.kind != "date" or c.groups.keys() & {"y", "yy", "shift", "shift2", "wshift"}:
        return False
    if not revision_note(doc, c.start, c.end):
        return False
    after = resolve(c.atom.kind, c.groups, ref, Hints(Direction.FUTURE, None, tuple(previous), listing))
    if after is None or after.latest is None or after.latest < ref:
        return False
    assert after.earliest is not None  # resolve() gives a period both ends or neither
    return (after.earliest - ref).days <= tables()["revision_window_days"]


def _far_past_thing(
    doc: Doc, c: Candidate, ref: dt.date | None, previous: list[tuple[str, Period]], listing: bool
) -> bool:
    """ "the U.S. Army Corps of Engineers invited a comprehensive list of people and groups to the Sept. 9 meeting"
    (a page of 2020-08-17): a year-less day or holiday set before a noun it dates (dates_a_thing) has no tense of
    its own; a past verb that tells another act (the inviting) does not bound the thing's time. When the past
    reading lies more than thing_nearest_ratio (dates.json) times as far from the page's date as the coming one,
    the nearest is meant (2020-09-09, not 2019-09-09): news names the year of a thing most of a year back. A past
    that near stays ("He was arrested in April for the March 21 call", a page of November: that March). An event
    noun that is the past verb's subject or object ("She won the Nov. 5 election") is told by the verb: past."""
    if ref is None or c.atom.kind not in ("date", "holiday") or c.groups.keys() & {"y", "yy", "shift", "shift2"}:
        return False
    span = span_at(doc, c.start, c.end)
    if span is None or not dates_a_thing(span) or _told_by_its_verb(span):
        return False
    past, coming = (resolve(c.atom.kind, c.groups, ref, Hints(d, None, tuple(previous), listing)) for d in _SIDES)
    if past is None or coming is None or past.latest is None or coming.earliest is None:
        return False
    back, ahead = (ref - past.latest).days, (coming.earliest - ref).days
    return 0 < ahead and back > tables()["thing_nearest_ratio"] * ahead


_SIDES = (Direction.PAST, Direction.FUTURE)


def _told_by_its_verb(span: Span) -> bool:
    """ "She won the Nov. 5 election": an event noun (coming_event_nouns) that the verb has as its subject or
    object is what the verb tells, and its tense bounds it."""
    thing = span.root.head
    return thing.lower_ in tables()["coming_event_nouns"] and thing.dep_ in ("nsubj", "nsubjpass", "dobj")


def _bare_present(doc: Doc, c: Candidate) -> bool:
    """The date hangs (through its preposition) on a present-tense verb with no auxiliary: only the present reads it
    ahead ("kicks off June 9th", "appears ... from Nov. 5"), no future word ("will", "is to") states it."""
    span = span_at(doc, c.start, c.end)
    return span is not None and present_alone(date_verb(span))


def _just_past(c: Candidate, ref: dt.date | None, previous: list[tuple[str, Period]], listing: bool) -> bool:
    """ "But in the most recent satellite data update, from Nov. 5, damage again appears to be widespread" in a page
    of Nov. 9: a month and day that only a present-tense verb reads ahead (a schedule: _scheduled; an onset: "from")
    is the day just past when that lies within scheduled_grace_days (dates.json) before the page's date; a plan a
    year on would state its year."""
    if ref is None or c.atom.kind != "date" or c.groups.keys() & {"y", "yy", "shift", "shift2", "wshift"}:
        return False
    near = resolve(c.atom.kind, c.groups, ref, Hints(Direction.UNKNOWN, None, tuple(previous), listing))
    if near is None or near.granularity != "day" or near.latest is None:
        return False
    return 0 < (ref - near.latest).days <= tables()["scheduled_grace_days"]


def _joined_to_month(text: str, c: Candidate) -> bool:
    """ "in March, and in the next quarter": "the next" unit joined by "and"/"or" to a month right before it in its
    sentence (joined_month_before in dates.json) counts from that month (resolvers._shift_unit), as "the next year"
    after "in 2005" in a past clause does."""
    if c.atom.kind != "shift_unit" or "the" not in c.groups:
        return False
    return composers()["joined_month_before"].search(text, max(0, c.start - 40), c.start) is not None


def _month_just_past(c: Candidate, ref: dt.date | None) -> bool:
    """A bare month ("in March") naming the month just before the page's month (a page of April 8): see the module's
    decisions."""
    if ref is None or c.atom.kind != "date" or c.groups.keys() != {"m"}:
        return False
    return month_number(c.groups["m"]) == (ref.month - 2) % 12 + 1


def _listed_time(doc: Doc, c: Candidate) -> bool:
    """ "1 p.m. Saturday" that hangs on no verb, or heads what follows it ("..., 1 p.m. Saturday: These two met in
    Week 10", where the parse may hang it on "met"): a start time listed ahead (a game, an event), as on a
    schedule."""
    text = text_of(doc)
    if not composers()["clock_before"].search(text, max(0, c.start - 16), c.start):
        return False
    if text[c.end : c.end + 2].lstrip().startswith(":"):
        return True
    span = span_at(doc, c.start, c.end)
    return span is not None and not any(t.pos_ in ("VERB", "AUX") for t in span.root.ancestors)


def _named_day_year(text: str, c: Candidate, ref: dt.date | None) -> int | None:
    """ "led to the January 6 attack on the Capitol" (a page of 2023): a month and day that names a famous event
    (named_days in dates.json), right before a noun of that event (named_day_heads), is the event's day, in its
    year; not on a page dated before it."""
    if c.atom.kind != "date" or c.groups.keys() & {"y", "shift", "shift2"} or not {"m", "d"} <= c.groups.keys():
        return None
    if word_after(text, c) not in tables()["named_day_heads"]:
        return None
    month, day = month_number(c.groups["m"]), day_number(c.groups["d"])
    for m, d, year in tables()["named_days"]:
        if (m, d) == (month, day) and (ref is None or ref > dt.date(year, m, d)):
            return int(year)
    return None


def _year_after(text: str, c: Candidate, previous: Sequence[tuple[str, Period]] = ()) -> int | None:
    """ "July 15-24 in 2022": the year named right after a year-less date is its year; "in September of the same
    year" (that_year_after in dates.json): the year of the last date mentioned that lies in one year."""
    if c.atom.kind not in YEARLESS_KINDS or c.groups.keys() & {"y", "y2", "yy", "shift", "shift2", "wshift"}:
        return None
    if m := composers()["year_after"].match(text, c.end):
        return int(m.group("y"))
    if composers()["that_year_after"].match(text, c.end):
        return _last_year(previous)
    return None


# a leap year, in which any month and day is a valid date
LEAP_YEAR = 2000


def _restated_day_year(c: Candidate, ref: dt.date | None, previous: Sequence[tuple[str, Period]]) -> int | None:
    """ "the fiscal year that started March 20, 2017 ... the current fiscal year (March 20-Dec. 21)" on a page with no
    date: a year-less month and day (or a range's start) that repeats the month and day of a full date the article
    wrote before it is that day again, of its year. Only with no page date, which would place it otherwise."""
    if ref is not None or c.atom.kind != "date" or c.parts or c.groups.keys() & {"y", "y2", "yy", "shift", "wshift"}:
        return None
    day = resolve(c.atom.kind, c.groups, None, Hints(year=LEAP_YEAR))  # a leap year: any month and day is valid
    if day is None or day.earliest is None or day.granularity != "day":
        return None
    for _, said in reversed(previous):
        first = said.earliest
        exact = not said.relative and said.granularity == "day" and first is not None and first == said.latest
        if exact and first is not None and (first.month, first.day) == (day.earliest.month, day.earliest.day):
            return first.year
    return None


def _pointed_back(doc: Doc, c: Candidate, previous: Sequence[tuple[str, Period]]) -> int | None:
    """ "But in June 1998, Jacobs is back before a jury again. ... Chris Jacobs was sentenced to 31 years in prison
    that August.": a year-less month or season whose own determiner is "that" points back, as "that year" does, to
    the time the text last told: it is of the year of the last period mentioned that lies in one year (1998-08), not
    the one nearest the page's date, with a reference date or without. Not a "that" the parse hangs on another noun
    ("At that October appropriations hearing" points back to a hearing) or reads as a clause's ("He said that August
    was the hottest month": the month is the clause's subject); not a winter, which runs across two years, nor a
    date with a day, a year or a shift word of its own. Measured on the 318 news_gold texts: 1 month dated, right;
    on the audit pages: 1 season, right ("began 10 years ago ... She wrote hundreds of songs that summer": 2009)."""
    if c.atom.kind not in ("date", "season") or c.groups.keys() & {"d", "d2", "y", "y2", "yy", "shift", "shift2"}:
        return None
    if c.atom.kind == "season" and c.groups.get("season", "").lower() == "winter":
        return None
    span = span_at(doc, c.start, c.end)
    if span is None or span.start == 0:
        return None
    before, head = doc[span.start - 1], span.root
    if before.lower_ != "that" or before.dep_ == "mark" or head.dep_ in ("nsubj", "nsubjpass"):
        return None  # "He said that August was the hottest month": a clause's "that", the month its subject
    if before.dep_ == "det" and before.head.i not in range(span.start, span.end):
        return None  # "At that October appropriations hearing": the hearing is the thing pointed back to
    return _last_year(previous)


def _last_year(previous: Sequence[tuple[str, Period]]) -> int | None:
    """The year of the last period mentioned that lies within one calendar year, if any."""
    for _, period in reversed(previous):
        if period.earliest and period.latest and period.earliest.year == period.latest.year:
            return period.earliest.year
    return None


def _scheduled(doc: Doc, c: Candidate) -> bool:
    """A year-less date that hangs on a present-tense verb (not a speech verb) is a scheduled one: news tells past
    events in the past tense, and coming ones in the present ("kicks off June 9th", "goes on sale in January")."""
    span = span_at(doc, c.start, c.end)
    if span is None:
        return False
    verb = date_verb(span)
    if verb.pos_ not in ("VERB", "AUX"):
        return False  # "the testimony Tuesday", "his visit on Saturday": the day of a thing, not of the verb
    if c.atom.kind != "weekday" and (verb.pos_ != "VERB" or verb.lower_ in tables()["stative_verbs"]):
        return False  # "prices are higher than in March", "that includes the Belmont Stakes in June": a state
    return present_alone(verb) and verb.lower_ not in tables()["report_verbs"]


def _ahead_side(doc: Doc, c: Candidate, direction: Direction) -> Direction:
    """An offset forward counts from the page's date only in a clause that looks ahead from now: "will start in 10
    days", "meet again in three days" (_scheduled_event); a plan told in the past ("the Centre had to frame the scheme
    in six weeks") counts from the day it was made, which the offset does not give. On a verb of a process that runs
    its course (process_verbs: "The donor's liver will regenerate in 12 weeks") it is how long the process takes,
    also in a clause that looks ahead: the time of an event is a date, the length of a process is not. On the noun
    of a coming event ("the vote in two weeks") it is when that event comes, in any clause not told in the past;
    right after a present phrase of taking effect or coming due ("goes into effect", _scheduled_onset) it is the
    coming day, whatever the clause above it reports."""
    span = span_at(doc, c.start, c.end)
    if span is not None and _scheduled_onset(doc, c, span):
        return Direction.FUTURE  # "the ban, which goes into effect in 30 days": its own present, not a report's past
    if span is not None and direction != Direction.PAST and _event_offset(span):
        return Direction.FUTURE  # "ahead of the vote in two weeks": when the vote is
    if direction == Direction.UNKNOWN:
        return Direction.FUTURE if _scheduled_event(doc, c) else direction
    if span is None or direction != Direction.FUTURE:
        return direction
    verb = span.root.head
    if date_verb(span).lower_ in tables()["process_verbs"]:
        return Direction.UNKNOWN  # "The donor's liver will regenerate in 12 weeks": how long it takes, no day
    words = [verb, *[ch for ch in verb.children if ch.dep_ in ("aux", "auxpass")]]
    words += [verb.head] if verb.dep_ == "xcomp" else []  # "had to frame": the plan's own tense
    return Direction.UNKNOWN if any(w.tag_ == "VBD" for w in words) else direction


def _event_offset_told_past(doc: Doc, c: Candidate) -> bool:
    """ "He asked that the county provide ... answers well in advance of the next meeting in four weeks": an offset
    forward on a coming event's noun (_event_offset) in a clause told in the past is counted from the day of the
    asking, which the page's date does not give (the page's next meeting was Nov. 29, three weeks after it): a date,
    its value null, as "in four weeks" is with no reference date."""
    span = span_at(doc, c.start, c.end)
    return span is not None and _event_offset(span) and tense(doc, c.start, c.end) == Direction.PAST


def _event_offset(span: Span) -> bool:
    """ "ahead of the vote in two weeks", "the next meeting in four weeks": an offset forward on the noun of an event
    (coming_event_nouns in dates.json) says when that event comes; the noun phrase has no tense of its own, so the
    clause's verb ("provide", "is") does not make it a length of time."""
    on = span.root if span.root.pos_ == "ADP" else span.root.head  # the span may hold its "in"
    if on.dep_ != "prep" or on.pos_ != "ADP" or on.head.pos_ != "NOUN":
        return False
    return on.head.lower_ in tables()["coming_event_nouns"]


def _scheduled_event(doc: Doc, c: Candidate) -> bool:
    """ "meet again in three days": an offset forward ("ahead" atoms) on a present-tense verb of a scheduled event
    (scheduled_event_verbs) is a coming day; on other present verbs it is how long a thing takes ("Most patients
    recover in two weeks", "The drug works in three days"), no date."""
    span = span_at(doc, c.start, c.end)
    if span is None or not _scheduled(doc, c):
        return False
    return date_verb(span).lower_ in tables()["scheduled_event_verbs"]  # present forms: no lemmatizer


def _scheduled_onset(doc: Doc, c: Candidate, span: Span) -> bool:
    """ "Additionally, large tank vaping systems ... will be exempt under the ban, which goes into effect in 30 days"
    (a page of 2020-01-02): an offset forward right after a present-tense phrase that sets when a thing takes effect
    or comes due (scheduled_onset_phrases: "goes into effect", "go on sale", "are due") is the coming day it names,
    2020-02-01. The phrase runs from the clause's verb to the offset, word for word; for "due" the copula before it
    carries the tense. A present verb the parse tags as a base form under a past report ("Tickets for the show go on
    sale in three days, the company said") has its own subject and no auxiliary: still a present. A past or an
    auxiliary ("went on sale in three days", "will go") is left to the tense."""
    word = date_verb(span)
    verb = word.head if word.dep_ == "acomp" else word  # "The results are due in six months": "are"
    if verb.pos_ not in ("VERB", "AUX") or any(ch.dep_ in ("aux", "auxpass") for ch in verb.children):
        return False
    present = verb.tag_ in ("VBZ", "VBP") or (verb.tag_ == "VB" and any(ch.dep_ == "nsubj" for ch in verb.children))
    phrase = " ".join(text_of(doc)[verb.idx : c.start].lower().split())
    return present and phrase in tables()["scheduled_onset_phrases"]


def _resolve_range(doc, c, ref, previous, heading: bool = False) -> Period | None:
    first, second = c.parts
    direction = tense(doc, c.start, c.end)
    if direction == Direction.UNKNOWN and not heading and first.atom.kind in SCHEDULED_KINDS and _scheduled(doc, c):
        direction = Direction.FUTURE  # "Peak hurricane season runs August through October": the coming one
    year = (
        _year_after(text_of(doc), replace(second, end=c.end), previous)
        or _restated_day_year(first, ref, previous)
        or fronted_year(doc, c)
        or event_year(doc, c, ref, direction)
        or time_clause_year(doc, c, ref, direction)
    )
    hints = Hints(direction, year, tuple(previous))
    last = resolve(second.atom.kind, second.groups, ref, hints)
    if ref is None and last is not None and last.earliest is None:
        return _unplaced_range(resolve(first.atom.kind, first.groups, ref, hints), last)
    if last is None or last.earliest is None:
        return None
    year_given = any(k in first.groups for k in ("y", "yy", "y2", "shift"))
    anchor = None if year_given else last.earliest.year
    start = resolve(first.atom.kind, first.groups, ref, replace(hints, year=anchor))
    if start is not None and start.earliest and anchor is not None:
        assert last.latest is not None  # resolve() gives a period both ends or neither
        if start.earliest > last.latest:
            start = resolve(first.atom.kind, first.groups, ref, replace(hints, year=anchor - 1))
    return interval(start, last) if start is not None and start.earliest else None


def _unplaced_range(first: Period | None, last: Period) -> Period | None:
    """A range of two year-less ends on a page with no date ("it was closing from around midday on Saturday until
    Sunday"): a date of the article, its value null like each end's alone ("on Saturday" is a null day), at the
    ends' shared granularity; the range is one fact, not two. Ends of different units give no range."""
    if first is None or first.earliest is not None or first.granularity != last.granularity:
        return None
    return Period(None, last.granularity, None, None, True)
