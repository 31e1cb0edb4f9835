"""Dates: recognise date expressions in an article's blocks and resolve them to calendar periods.

Recognition is table-driven: the atoms in extractor/data/dates.json are regular expressions over the text, one
per kind of date expression, and the same named groups feed the resolver, so whatever is found can be
normalised. spaCy's DATE entities widen recognition where a bare year, month or season needs a cue (inside a
DATE entity "2016" or "October" needs no "in" before it) and other entities veto it ("Theresa May", a QUANTITY
"2000 tonnes"). Atoms are then composed: ranges ("from 2016 to 2020", "between March and May"), "since 2012",
and part-of-period modifiers ("early this year", "mid-2020", "the end of last year").

Not dates (no fact): durations ("three hours", "a year", "fifty-year"), ages ("in his 70s"), sets ("every
Monday", "Mondays"), times of day, and vague references ("recently", "lately", "the past", "now" on its own) that
have no calendar value. "in recent years" is a date (a window up to the reference date, value null, as "the past few
years"). See extractor/normalize/resolvers.py for how values are chosen.

This module is the driver: find_dates reads the article block by block and builds one DateCandidate per date;
find_in_block runs the stages on one block and keeps the article's frame as it goes (the periods met so far, the
sentence's anchor, the year of each thing a year-less date named). Each stage is a module of its own, in the order
a block meets them:
  date_patterns.py  dates.json compiled into atoms and composers, and the gate that skips atoms
  date_matches.py   candidate gathering: the atoms' matches, kept or dropped by case and entities, longest chosen
  date_compose.py   ranges, "since", modifiers and weekday prefixes joined; ages, notices and sets dropped
  date_rejects.py   date-shaped text that is no date (the vetoes of date_vetoes.py, date_names.py,
                    date_generic.py, date_nonrefs.py, date_games.py)
  date_resolve.py   one candidate to a period, with the clause's tense (date_tense.py), a year after it, an anchor
  date_deictic.py   "today (Thursday)", "yesterday (Nov. 7)", a quote's "this evening": the deictic's exact day
  date_frames.py    dates whose year the story sets ("10 years ago" of a stated year, a day after a full date, the
                    year naming a clause's subject: "The 2022 Games are scheduled ... on July 27-August 7", and a
                    plan going on next to a stated day of a later year: story_ahead)
  date_undated.py   once the article is read, on a page with no date: the years the text gives (a year-less day
                    after the noun its clause names by a year: noun_year, next to the article's full days:
                    story_year, or in the year its weekday fits: weekday_year, a schedule's heading: schedule_year,
                    "this year" in the year the text states as its present: present_year, a holiday in the year the
                    text writes a holiday of its season with: holiday_year, a bare month in the one year its clause
                    names: clause_year, a day told ahead after the story's last day: ahead_day, a bare weekday
                    next to the one day written with its weekday and year:
                    story_weekday, "the day before" from a day those passes dated: shifted_day)
  date_games.py     game reports and game calendars, and a game's quarters
  date_fiscal.py    once the article is read: a quarter, a half or "the year" of a year of accounts refitted to it
The stages' entry points keep the private names they had when all of this was one module (the split moved whole
functions unedited), and the driver imports them by those names.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from spacy.tokens import Doc, Token

from ..nlp import span_at, text_of
from ..normalize.periods import THING_DAY, Direction, Period, tables
from ..normalize.resolvers import holiday_period
from ..normalize.units import Whereabouts
from .candidates import DateCandidate
from .date_compose import compose, split_moved
from .date_deictic import (
    apposed_days,
    dates_deictic,
    last_before_speech,
    named_day,
    posted_days,
    reported_ahead,
    restates_deictic,
    said_after,
    speaker_day,
    spoken_days,
)
from .date_fiscal import Found, refit
from .date_frames import (
    compared_before,
    counted_from_stated,
    story_ahead,
    story_dated,
    story_offset,
    window_to_stated,
)
from .date_games import game_calendar, game_report, league_seasons
from .date_generic import story_week
from .date_matches import VETO_LABELS, find_matches, select_matches
from .date_names import person_surnames
from .date_patterns import Candidate, atoms, composers
from .date_rejects import bare_weekdays, hours_weekdays, no_date, opening_hours
from .date_resolve import SCHEDULED_KINDS, YEARLESS_KINDS, resolve_date
from .date_tense import dates_a_thing, tense
from .date_undated import (
    ahead_day,
    clause_year,
    coming_year,
    holiday_year,
    noun_year,
    present_year,
    schedule_year,
    shifted_day,
    span_season_year,
    story_shift,
    story_weekday,
    story_year,
    weekday_day,
    weekday_year,
)

__all__ = [
    "ANCHOR_KINDS",
    "SCHEDULED_KINDS",
    "VETO_LABELS",
    "YEARLESS_KINDS",
    "find_dates",
    "find_in_block",
    "page_country",
    "writes_day_first",
]


# atoms that name a calendar month, season or day: the ones a year-less date in the same sentence is read near
ANCHOR_KINDS = {"date", "season", "holiday", "weekday_dom", "day_range"}


def _names_thing(doc: Doc, c: Candidate) -> bool:
    """ "Trump's July 25 call": a day that dates a thing is not the day "later in the day" or "the day's testimony"
    go on from; "On Wednesday morning ... Later in the day" is that day (a part of the day names no thing, see
    dates_a_thing)."""
    span = span_at(doc, c.start, c.end)
    return span is not None and dates_a_thing(span)


def _reference_point(doc: Doc, c: Candidate) -> bool:
    """ "disclosed ... on Dec. 19, ahead of the filing deadline at noon on Dec. 20. Later that day ...": a day in a
    phrase opened by one of reference_point_words (dates.json), up through prepositions and nouns to the first verb,
    is what the narrated events are measured against; "later that day" goes on from the day before it. So is the
    day of a level a change is measured from ("down from 1.808% late on Monday ... down 0.21% on the day")."""
    span = span_at(doc, c.start, c.end)
    if span is None:
        return False
    words = set(tables()["reference_point_words"])
    for word in span.root.ancestors:
        if word.lower_ in words and word.pos_ in ("ADV", "ADP", "SCONJ"):
            return True
        if word.lower_ == "from" and word.pos_ == "ADP" and _quantity_object(word):
            return True  # "to yield 1.786%, down from 1.808% late on Monday": the day of the level compared with
        if word.pos_ in ("VERB", "AUX"):
            return False
    return False


def _quantity_object(word: Token) -> bool:
    """ "from 1.808%", "from 799": a preposition whose object is a number or a counted quantity."""
    objects = [ch for ch in word.children if ch.dep_ == "pobj"]
    return any(o.like_num or any(ch.dep_ == "nummod" for ch in o.children) for o in objects)


def find_in_block(
    doc: Doc,
    ref: dt.date | None,
    previous: list[tuple[str, Period]],
    headline: bool = False,
    sports: bool = False,
    caption: bool = False,
    things: dict[tuple[str, str], int] | None = None,
    said: list[Period] | None = None,
    day_first: bool = False,
    near: int = 0,
    surnames: frozenset[str] = frozenset(),
    country: str | None = None,
) -> list[tuple[Candidate, Period]]:
    """Dates of one block; previous (the periods met so far in the article) grows as they are resolved. headline:
    the block is the article's title; sports: the article tells a game (game_report); caption: the block is a
    picture's caption; things: the year of each year-less date that named a thing so far (see _thing_key); said:
    every date said so far, ranges too, in order (story_ahead reads the last); day_first: the page writes a numeric
    date day first (writes_day_first); near: the index in previous from which its dates were said in this block or
    the one before (story_offset counts years from no older one); surnames: the last words of the article's full
    personal names ("Theresa May": date_names.person_surnames); country: the page's (page_country), which reads an
    observance month a country keeps apart ("Black History Month" on a British page is October)."""
    things = {} if things is None else things
    said = [] if said is None else said
    block = len(previous)  # where in previous this block's own dates begin
    out: list[tuple[Candidate, Period]] = []
    text = text_of(doc)
    matches = select_matches(find_matches(doc, text))
    matches = [_national(c, country) for c in matches if not _foreign_holiday(c, country)]
    candidates = compose(text, [_day_first(c) for c in matches] if day_first else matches)
    candidates = split_moved(doc, candidates)  # "postponed from Tuesday to Friday": the old day and the new one
    if candidates and composers()["weekday_block"].match(text):
        return []  # "Tuesday, Wednesday, Friday": a block of only weekdays is a recurring schedule
    if candidates and opening_hours(doc):
        candidates = [c for c in candidates if not bare_weekdays(c)]
    candidates = [c for c in candidates if not hours_weekdays(doc, text, c)]  # "11 a.m. to 5 p.m. Friday to Tuesday"
    # a verbless block: a schedule line, see Hints (read only for a block with dates: most have none)
    listing = bool(candidates) and not any(t.pos_ in ("VERB", "AUX") for t in doc)
    block_start = len(previous)
    anchor: tuple[int, int, Period] | None = None  # (sentence start, end, the last date resolved in the sentence)
    for c in candidates:
        if story_week(doc, c):
            previous.append(("week", Period(None, "week", None, None, True)))  # "that day" after it: no day before
            continue
        if no_date(doc, text, c, ref, previous, sports, surnames):
            continue
        sentence = _sentence_start(doc, c)
        # a verbless block too ("Storms peak in late summer and early autumn", parsed with no verb): its schedule
        # reading (resolvers._schedule_date) comes first where a recent day runs it forward; with none, the anchor
        same = anchor and anchor[0] == sentence and ";" not in text[anchor[1] : c.start]
        key = _thing_key(doc, c)
        before = anchor[2] if same and anchor else None
        if before is None and c.atom.kind == "year_back" and out and _sentence_start(doc, out[-1][0]) == sentence:
            before = out[-1][1]  # "For January-February of 2018 ... the same period of the previous year": a range
        period = resolve_date(doc, c, ref, previous, listing, before, headline, caption, things.get(key), block_start)
        period = _event_year(doc, text, c, period)  # "before the 2012 election ... in the run-up to Election Day"
        if out and period is not None and restates_deictic(text, out[-1][0], c):
            period = named_day(out[-1][1], c)  # "today (Thursday)": the weekday says which day "today" is
            out[-1] = (out[-1][0], period)
        elif out and period is not None and dates_deictic(text, out[-1], c, period):
            out[-1] = (out[-1][0], period)  # "pictured this evening (Monday 18th May)": the date says which evening
        if period is not None:
            period = story_offset(c, period, previous, near, before, block)  # "two days later": from the last full day
        if period is None:
            continue
        period = speaker_day(text, c, period, ref, out, sentence)
        period = last_before_speech(doc, c, period, out, sentence)  # "Speaking on Thursday, ... on Thursday last"
        period = reported_ahead(doc, c, period, ref, out, sentence)  # "announced Monday that ... in 10 days"
        period = counted_from_stated(text, c, period, ref, out, sentence)  # "ten times the number 10 years ago"
        period = window_to_stated(doc, c, period, ref, out, sentence)  # "in 2017 ... the lowest in the last decade"
        if out:  # "As of end January 2015 . . . the ratio stood at 13.8 percent, down from 15.9 percent at end-June"
            period = compared_before(text, c, period, ref, (out[-1][0].end, out[-1][1]), _told(doc, c))
        if before is None and not (headline or caption or listing):
            period = story_dated(c, period, ref, previous, _told(doc, c))  # "on December 27" after "December 16, 2010"
            period = story_ahead(c, period, ref, said[-1] if said else None, _told(doc, c))  # "on August 11-21" (2022)
        if _anchors(c, period):
            anchor = (sentence, c.end, period)
        if key[0] and period.earliest and period.latest and period.earliest.year == period.latest.year:
            things.setdefault(key, period.earliest.year)
        out.append((c, period))
        said.append(period)
        if not c.parts and period.granularity:
            thing = period.granularity == "day" and (_names_thing(doc, c) or _reference_point(doc, c))
            previous.append((THING_DAY if thing else period.granularity, period))
    said_after(doc, text, out, ref)  # '"... tomorrow," he said Tuesday': from the day the words were said
    return out


def writes_day_first(where: Whereabouts | None) -> bool:
    """Whether the page writes a numeric date day first: its country-code domain is one of dates.json
    day_first_countries ('2/11/23' on a British page is 2 November), or, with no country-code domain, its resolved
    places lie there (day_first_places: 'All-Energy Exhibition & Conference 2018 02/05/2018 - 03/05/2018' among
    Glasgow's and Denmark's events is 2-3 May). Month first, the US way, when unknown."""
    if where is None:
        return False
    t = tables()
    countries = set(t["day_first_countries"])
    if where.publisher is not None:
        return where.publisher in countries
    rule = t["day_first_places"]
    n = sum(code in countries for code in where.places)
    return n >= rule["at_least"] and n >= rule["share"] * len(where.places)


def _writes_month_first(docs: list[Doc]) -> bool:
    """The page writes a numeric date that can only be month first ('12/25/2018'): its others are read so too."""
    regexes = [a.regex for a in atoms() if a.month_first]
    return any(int(m["d"]) > 12 for doc in docs for r in regexes for m in r.finditer(text_of(doc)))


def page_country(where: Whereabouts | None) -> str | None:
    """The page's country: its country-code domain's, else the one country its resolved places lie in by the
    day_first_places rule (at least 'at_least' places and 'share' of all); None when unknown or mixed."""
    if where is None:
        return None
    if where.publisher is not None:
        return where.publisher
    if not where.places:
        return None
    rule = tables()["day_first_places"]
    code = max(set(where.places), key=where.places.count)
    n = where.places.count(code)
    return code if n >= rule["at_least"] and n >= rule["share"] * len(where.places) else None


def _national(c: Candidate, country: str | None) -> Candidate:
    """A holiday a country keeps on its own date (observance_country_months) carries the page's country to its
    resolver: 'Black History Month' on a British page is October."""
    name = _holiday_name(c)
    if country is None or name is None:
        return c
    if country not in tables()["observance_country_months"].get(name, {}):
        return c
    return dataclasses.replace(c, groups={**c.groups, "country": country})


def _holiday_name(c: Candidate) -> str | None:
    """The holiday a candidate names, keyed as resolvers._holiday keys it; None for another kind."""
    hol = c.groups.get("hol") if c.atom.kind == "holiday" else None
    return None if hol is None else " ".join(hol.lower().replace("’", "'").split())


def _foreign_holiday(c: Candidate, country: str | None) -> bool:
    """A holiday by one country's own rule (holiday_countries: 'Election Day' is the US one) on a page of another
    known country: no date, that country has no such fixed day."""
    name = _holiday_name(c)
    keep = tables()["holiday_countries"].get(name or "")
    return keep is not None and country is not None and country not in keep


def _event_year(doc: Doc, text: str, c: Candidate, period: Period | None) -> Period | None:
    """A year-less holiday that is the day of an event (holiday_event_years: 'Election Day', an election's) in a
    sentence that writes that event with a year ('give space to Obama before the 2012 election ... in the run-up to
    Election Day') is that year's: the sentence says which election. Without such a year the tense reads it."""
    name = _holiday_name(c)
    pattern = tables()["holiday_event_years"].get(name or "")
    if pattern is None or period is None or c.groups.keys() & {"y", "shift", "shift2"}:
        return period
    span = span_at(doc, c.start, c.end)
    sentence = span.sent if span is not None and doc.has_annotation("SENT_START") else doc[:]
    years = {m["y"] for m in re.finditer(pattern, text[sentence.start_char : sentence.end_char], re.I)}
    if len(years) != 1:
        return period  # none, or two elections: no one year
    return holiday_period(name or "", int(years.pop()))


def _day_first(c: Candidate) -> Candidate:
    """A month-first numeric date whose numbers also read day first ('02/05/2018'), read day first: 2 May."""
    g = c.groups
    if not c.atom.month_first or int(g["d"]) > 12:
        return c
    return dataclasses.replace(c, groups={**g, "mn": g["d"], "d": g["mn"]})


def _told(doc: Doc, c: Candidate) -> Direction:
    """The side of the page's date a clause tells its date on; when the parse hangs the date on no verb ("On December
    29, her boyfriend Alastair Uhlig travelled", read as a noun phrase), the past when the sentence's first finite
    verb is past."""
    direction = tense(doc, c.start, c.end)
    if direction != Direction.UNKNOWN:
        return direction
    span = span_at(doc, c.start, c.end)
    if span is None or not doc.has_annotation("SENT_START"):
        return direction
    finite = next((t for t in span.sent if t.tag_ in ("VBD", "VBZ", "VBP", "MD")), None)
    return Direction.PAST if finite is not None and finite.tag_ == "VBD" else direction


def _thing_key(doc: Doc, c: Candidate) -> tuple[str, str]:
    """ "November's presidential election", "the November election": a year-less date that names a thing, as (the
    thing's noun, the date's words); ("", "") for any other date. The same date naming the same thing again in the
    article, with no tense of its own to go by, is the same one (the first reading stands)."""
    if c.atom.kind not in YEARLESS_KINDS or c.parts or c.groups.keys() & {"y", "y2", "yy", "shift", "shift2", "wshift"}:
        return ("", "")
    span = span_at(doc, c.start, c.end)
    if span is None or not dates_a_thing(span):
        return ("", "")
    return (span.root.head.lower_, " ".join(span.text.lower().split()))


def _anchors(c: Candidate, period: Period) -> bool:
    """A named month, season or day anchors the year-less dates after it in its sentence; a bare year does not
    ("since its launch in 2003 and that as of February": this February), nor a count back ("a year ago")."""
    named = c.atom.kind in ANCHOR_KINDS and period.granularity in ("day", "month", "season")
    return named and not c.since and not c.parts and period.earliest is not None


def _sentence_start(doc: Doc, c: Candidate) -> int:
    span = span_at(doc, c.start, c.end)
    if span is None or not doc.has_annotation("SENT_START"):
        return 0
    return span.sent.start_char


def find_dates(
    docs: list[Doc],
    reference_date: dt.date | None,
    sections: list[str] | None = None,
    day_first: bool = False,
    country: str | None = None,
) -> list[DateCandidate]:
    """Candidates of kind "date": value, granularity, earliest, latest, relative, reference_date. sections: each
    block's section ("title", "body", "caption"), when known. day_first: the page's country writes a numeric date
    day first (writes_day_first), unless the page itself writes one month first. country: the page's (page_country),
    for an observance month a country keeps apart."""
    day_first = day_first and not _writes_month_first(docs)
    facts: list[DateCandidate] = []
    found: list[Found] = []  # every block's dates, then refitted to the article's year of accounts (date_fiscal)
    previous: list[tuple[str, Period]] = []
    sports, in_world = game_report(docs), game_calendar(docs)
    things: dict[tuple[str, str], int] = {}
    said: list[Period] = []  # every date said in the running text so far (story_ahead)
    block_start = 0  # where in previous the block before this one began (story_offset's "four years later")
    surnames = person_surnames(docs)  # "Theresa May" makes a later subject "May" hers, not the month
    for i, doc in enumerate(docs):
        headline = sections is not None and sections[i] == "title"
        caption = sections is not None and sections[i] == "caption"
        # a caption's dates anchor nothing after it: it stands outside the running text, and a file photo's day
        # ("Traders work on the floor ..., November 18, 2019") is not the story's ("down 2.74% on the day")
        told = list(previous) if caption else previous
        spoken = said if not (caption or headline) else list(said)
        near, block_start = block_start, len(previous)
        for c, period in find_in_block(
            doc, reference_date, told, headline, sports, caption, things, spoken, day_first, near, surnames, country
        ):
            if not (in_world and period.relative):
                found.append((i, c, period))
    found = spoken_days(docs, found, sections, reference_date)  # a quote's "today" on the story's day
    found = posted_days(docs, found)  # "last night's $521 million jackpot!! -- ... (@TheNJLottery) March 31, 2018"
    found = league_seasons(docs, found, reference_date)  # "leading the NBA this season" in November 2019: 2019/2020
    if reference_date is None:
        found = noun_year(docs, found)  # "for its 2018 ... Benefit\" on April 24": 2018-04-24
        found = span_season_year(docs, found)  # "the 2016-17 Team Alberta ... from Nov. 3 to 6": 2016-11-03/06
        found = story_year(docs, found)  # "On March 28, 2018 ... on April 3": the story's year
        found = weekday_year(docs, found)  # "on Tuesday, May 16 ... July 1, 2017": the year it is a Tuesday in
        found = schedule_year(docs, found)  # "2018 calendar. ... 28/29 July: Snetterton": 2018
        found = holiday_year(docs, found)  # "strike on Christmas Day" next to "Christmas 2016 travel": 2016-12-25
        found = present_year(docs, found)  # "The 2018 ... Championship gets going tomorrow ... this year": 2018
        found = clause_year(docs, found)  # "the fourth homicide of 2016 ... the first since September": 2016-09
        found = coming_year(docs, found)  # "The 2018 edition ... will connect ... will run ... from May 1-3": 2018
        found = ahead_day(docs, found)  # "... March 29 ... is to be held on May 12": 2018-05-12
        found = story_weekday(docs, found)  # "Friday, March 30, 2018 ... sold Thursday": 2018-03-29
        found = weekday_day(docs, found)  # "said in Moscow Thursday" next to "in Moscow on April 5th, 2018": that day
        found = story_shift(docs, found)  # "the Friday, March 30, 2018, drawing ... sold Thursday ... next week"
        found = shifted_day(docs, found)  # "on Monday ... ripped through a Coptic church the day before": Sunday
        found = apposed_days(docs, found)  # "Tonight, Friday 6th April," once "Friday 6th April" is dated
    for i, c, period in refit(docs, found, reference_date):
        used = reference_date if period.relative else None
        f = period.as_fields(used)
        facts.append(
            DateCandidate(
                block=i,
                start=c.start,
                end=c.end,
                kind="date",
                value=f["value"],
                granularity=f["granularity"],
                earliest=f["earliest"],
                latest=f["latest"],
                relative=f["relative"],
                reference_date=f["reference_date"],
            )
        )
    return facts
