"""Dates: recognise date expressions in an article's blocks and resolve them to calendar periods.

Recognition is table-driven: the atoms in extractor/data/dates.json are regular expressions over the text, one
per kind of date expression, and the same named groups feed the resolver, so whatever is found can be
normalised. spaCy's DATE entities widen recognition where a bare year, month or season needs a cue (inside a
DATE entity "2016" or "October" needs no "in" before it) and other entities veto it ("Theresa May", a QUANTITY
"2000 tonnes"). Atoms are then composed: ranges ("from 2016 to 2020", "between March and May"), "since 2012",
and part-of-period modifiers ("early this year", "mid-2020", "the end of last year").

Not dates (no fact): durations ("three hours", "a year", "fifty-year"), ages ("in his 70s"), sets ("every
Monday", "Mondays"), times of day, and vague references ("recently", "lately", "in recent years", "the past",
"now" on its own) that have no calendar value. See extractor/normalize/resolvers.py for how values are chosen.

The patterns are compiled in date_patterns.py; the tense of a clause is read in date_tense.py; date-shaped text
that is no date (model numbers, idioms, house numbers) is told apart in date_vetoes.py.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc, Span

from ..nlp import span_at, text_of
from ..normalize.periods import THING_DAY, Direction, Hints, Period, day_period, interval, narrowed, since, tables
from ..normalize.resolvers import resolve
from .candidates import DateCandidate
from .date_frames import counted_from_stated, story_dated
from .date_nonrefs import no_reference
from .date_patterns import Atom, Candidate, composers, gated
from .date_tense import (
    bidden_ahead,
    dates_a_thing,
    forecast_ahead,
    holiday_looks_ahead,
    reaches_now,
    reports_results,
    tense,
)
from .date_vetoes import (
    bare_year_token,
    ends_law_title,
    ends_name,
    generic_day,
    generic_for_the_day,
    generic_season,
    generic_throughout,
    generic_today,
    glued_digits,
    in_idiom,
    in_name,
    model_number,
    model_year_alone,
    month_pair,
    names_instrument,
    names_kind,
    names_model,
    not_a_time,
    not_a_year,
    optative_may,
    quoted_title_year,
    split_fiscal_year,
)

__all__ = [
    "ANCHOR_KINDS",
    "SCHEDULED_KINDS",
    "VETO_LABELS",
    "YEARLESS_KINDS",
    "find_dates",
    "find_in_block",
]


# entity labels whose text is not a date even if a date word is in it ("Theresa May", "USA Today")
VETO_LABELS = {"PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "FAC", "NORP", "GPE", "LOC", "MONEY", "QUANTITY", "PERCENT"}


# atoms whose meaning depends on the verb's tense or on a range partner's year
# year-less atoms that a present-tense verb puts ahead of the reference date (see _scheduled)
SCHEDULED_KINDS = {"weekday", "date", "season", "holiday"}


# atoms that name a calendar month, season or day: the ones a year-less date in the same sentence is read near
ANCHOR_KINDS = {"date", "season", "holiday", "weekday_dom", "day_range"}


YEARLESS_KINDS = {"date", "day_range", "quarter", "half", "season", "holiday", "weekday", "week_of", "weekend"}


def _ents(ents: Sequence[Span], labels: set[str]) -> list[Span]:
    return [e for e in ents if e.label_ in labels]


def _inside(start: int, end: int, spans: list[Span]) -> bool:
    return any(s.start_char <= start and end <= s.end_char for s in spans)


def _case_ok(match: re.Match) -> bool:
    """Month and weekday words that are also common words ("may", "march", "sun") count only when capitalised, or
    with both a day number and a four-digit year: "30 mar 1943 – 08 jun 1943", a lower-case dateline, is a date;
    "you may 2", "march 5 miles" and "could mar 2020" are not."""
    groups = match.groupdict()
    if _day_and_year(groups):
        return not _season_in_name(match)
    for key in ("m", "wd"):
        word = groups.get(key)
        if word and word[0].islower() and word.lower().rstrip(".") in _ambiguous():
            return False
    return not _season_in_name(match)


def _day_and_year(groups: dict[str, str | None]) -> bool:
    day, year = groups.get("d"), groups.get("y")
    return bool(day and day[0].isdigit() and year and len(year) == 4)


@lru_cache(maxsize=1)
def _ambiguous() -> frozenset[str]:
    return frozenset(tables()["ambiguous_lowercase"])


def _season_in_name(match: re.Match) -> bool:
    """A capitalised season word before another capitalised word is a name: "Autumn Calabrese", "Summer Olympics"."""
    season = match.groupdict().get("season")
    return bool(
        season
        and season[0].isupper()
        and match.end("season") == match.end()
        and re.match(r"[^\S\n]+[A-Z][a-z]", match.string[match.end() :])
    )


def _matches(doc: Doc, text: str) -> list[Candidate]:
    hits = [(order, atom, m) for order, atom in gated(text) for m in atom.regex.finditer(text)]
    if not hits:
        return []  # most blocks: no need to read the entities
    found, ents = [], doc.ents  # spaCy builds Doc.ents and Doc.text anew on each read
    date_ents, veto = _ents(ents, {"DATE", "TIME"}), _ents(ents, VETO_LABELS)
    for order, atom, m in hits:
        s, e = m.span()
        if not _case_ok(m) or (_vetoable(atom, m) and _inside(s, e, veto) and not _inside(s, e, date_ents)):
            continue
        if _day_of_month_before(text, m):
            continue
        lenient = _inside(s, e, date_ents) and not atom.context_always
        if atom.context and not lenient and not atom.context.search(text[max(0, s - 30) : s]):
            continue
        candidate = Candidate(s, e, atom, {k: v for k, v in m.groupdict().items() if v}, order)
        if not optative_may(doc, candidate):  # dropped before selection: "this year" in "May this year bring" stays
            found.append(candidate)
    return found


def _day_of_month_before(text: str, m: re.Match) -> bool:
    """ "July 23-August 8": a day number right after a month name is that month's day, not the next month's."""
    g = m.groupdict()
    if not (g.get("m") and g.get("d") and m.start("d") == m.start() < m.start("m")):
        return False
    return bool(composers()["month_before_day"].search(text, max(0, m.start() - 12), m.start()))


def _vetoable(atom: Atom, m: re.Match) -> bool:
    """Only word-like matches can be part of a name ("USA Today", "Sunday Times"); "Dec-2018" cannot."""
    return atom.context is not None or not any(ch.isdigit() for ch in m.group(0))


def _select(found: list[Candidate]) -> list[Candidate]:
    """Longest first, earlier atoms first on ties; no overlaps."""
    chosen: list[Candidate] = []
    for c in sorted(found, key=lambda c: (c.start - c.end, c.order, c.start)):
        if all(c.end <= o.start or o.end <= c.start for o in chosen):
            chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)


def _compose(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """Join ranges, attach "since" and modifiers, extend weekday prefixes, drop ages and lone endpoints."""
    rx, i = composers(), 0
    out: list[Candidate] = []
    while i < len(chosen):
        c = chosen[i]
        nxt = chosen[i + 1] if i + 1 < len(chosen) else None
        if (
            c.atom.kind == "weekday"
            and nxt
            and nxt.atom.kind == "date"
            and rx["weekday_glue"].match(text[c.end : nxt.start])
        ):
            i += 1  # "Friday, 2018-7-6": the weekday belongs to the date that follows
            continue
        if nxt and rx["range_connector"].match(text[c.end : nxt.start]) and _range_ok(text, c, nxt):
            c = Candidate(c.start, nxt.end, c.atom, {}, c.order, parts=[c, nxt])
            i += 1
        i += 1
        if c.atom.endpoint and not c.parts:
            continue
        if c.atom.kind == "decade" and rx["age_prefix"].search(text[max(0, c.start - 30) : c.start]):
            continue
        if rx["notice_prefix"].search(text[max(0, c.start - 20) : c.start]) or _is_set(text, c, rx):
            continue  # "© 2019 Press TV", "every Monday"
        if (out and _names_weekday_of(text, out[-1], c, rx)) or names_kind(text, c):
            continue
        out.append(_prefixed(text, c, rx))
    return out


def _names_weekday_of(text: str, date: Candidate, c: Candidate, rx: dict[str, re.Pattern]) -> bool:
    """ "on Dec. 18, a Wednesday": the weekday only says which day of the week the date before it is."""
    return (
        c.atom.kind == "weekday"
        and not c.groups.keys() & {"shift", "wshift"}
        and date.atom.kind == "date"
        and "d" in date.groups
        and bool(rx["weekday_apposition"].match(text[date.end : c.start]))
    )


def _restates_deictic(text: str, deictic: Candidate, c: Candidate) -> bool:
    """ "returns to action today (Thursday)", "yesterday, Wednesday": a bare weekday set right after "today",
    "yesterday" or "tomorrow" names that same day (weekday_apposition in dates.json), not another one."""
    return (
        c.atom.kind == "weekday"
        and deictic.atom.kind == "deictic"
        and not c.groups.keys() & {"shift", "wshift"}
        and bool(composers()["weekday_apposition"].match(text[deictic.end : c.start]))
    )


def _dates_deictic(text: str, deictic: tuple[Candidate, Period], c: Candidate, period: Period) -> bool:
    """ "pictured this evening (Monday 18th May)", "launched yesterday (Nov. 7)": a day's date set right after a
    deictic (weekday_apposition in dates.json) names the day the deictic meant, whatever the page's date."""
    word, _ = deictic
    return (
        word.atom.kind == "deictic"
        and c.atom.kind != "weekday"
        and not c.parts
        and period.granularity == "day"
        and period.earliest is not None
        and bool(composers()["weekday_apposition"].match(text[word.end : c.start]))
    )


def _speaker_day(
    text: str, c: Candidate, period: Period, ref: dt.date | None, out: list[tuple[Candidate, Period]], sentence: int
) -> Period:
    """A quote's "today", "tonight" or "this evening" is the day it was spoken: 'Freeder suggested he may still have
    had the best night on Wednesday as he is "... in the best position to benefit from his performance this
    evening."' A day named earlier in the sentence outside the quote, in the week before the page's date, is that day
    (the page, dated the morning after, reports what was said the night before)."""
    if ref is None or c.atom.kind != "deictic" or period.earliest != ref or not _in_quote(text, sentence, c.start):
        return period
    for named, day in reversed(out):
        if named.start < sentence:
            break
        if _said_day(day, ref) and not named.parts and not _in_quote(text, sentence, named.start):
            return day_period(day.earliest, period.relative) if day.earliest else period
    return period


def _said_day(day: Period, ref: dt.date) -> bool:
    """A single day in the week before the reference date."""
    first = day.earliest
    return day.granularity == "day" and first is not None and first == day.latest and 0 < (ref - first).days <= 7


def _in_quote(text: str, start: int, pos: int) -> bool:
    """Whether pos lies inside a quotation opened after start (curly quotes paired, straight ones counted).

    Not date_figurative.quotation, which gives the bounds of a quotation closed on its line: a speaker's "today"
    needs no closing mark (a quote often runs on to the paragraph's end, '“We will meet today and talk more' is
    quoted here and no quotation there), and a quote opened in an earlier sentence does not count here (in '“We won.
    Today we celebrate.”' the second sentence's "today" is not taken for the speaker's day), where quotation finds
    it. One reader for both would change which days are the speaker's."""
    before = text[start:pos]
    return before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1


def _named_day(deictic: Period, c: Candidate) -> Period:
    """The day of the weekday named nearest the deictic's (the past one on a tie): a quote's "today (Thursday)" in an
    article dated the Friday after is that Thursday."""
    if deictic.earliest is None:
        return deictic
    weekday = tables()["weekdays"][c.groups["wd"].lower().rstrip(".")]
    shift = (weekday - deictic.earliest.weekday() + 3) % 7 - 3
    return day_period(deictic.earliest + dt.timedelta(days=shift), deictic.relative)


def _is_set(text: str, c: Candidate, rx: dict[str, re.Pattern]) -> bool:
    """ "every Monday", "each spring", "on a Monday": a recurring or indefinite day, month or season, not one date."""
    named = c.atom.kind in ("weekday", "season", "holiday") or (c.atom.kind == "date" and set(c.groups) == {"m"})
    if not named or c.parts or "shift" in c.groups or "wshift" in c.groups:
        return False
    before = text[max(0, c.start - 20) : c.start]
    if rx["set_prefix"].search(before):
        return True
    return (
        c.atom.kind == "weekday"
        and bool(rx["set_prefix_weekday"].search(before))
        and bool(rx["set_weekday_end"].match(text[c.end : c.end + 20]))
    )


def _range_ok(text: str, first: Candidate, second: Candidate) -> bool:
    """ "and" joins a range only after "between"; "to" not after "from"-less numbers like "3/4 to 5/6" is fine."""
    between = text[first.end : second.start].strip().lower()
    if between == "and":
        return bool(re.search(r"\bbetween\s+$", text[max(0, first.start - 12) : first.start], re.I))
    return True


def _prefixed(text: str, c: Candidate, rx: dict[str, re.Pattern]) -> Candidate:
    before = text[max(0, c.start - 40) : c.start]
    if c.parts:
        m = rx["range_prefix"].search(before)
        return replace(c, start=c.start - len(m.group(0))) if m else c
    if m := rx["since_prefix"].search(before):
        return replace(c, start=c.start - len(m.group(0)), since=True)
    if (m := rx["mod_prefix"].search(before)) and not _counted_from_before(before, m):
        word = (m.group("mod") or m.group("mod2")).lower()
        return replace(c, start=c.start - len(m.group(0)), mod=tables()["mods"][word])
    if c.atom.kind == "date" and (m := rx["weekday_prefix"].search(before)):
        return replace(c, start=c.start - len(m.group(0)))
    return c


def _counted_from_before(before: str, m: re.Match) -> bool:
    """ "several months later in September 2015", "two days earlier on Monday": "earlier"/"later" after a span of time
    (duration_before_mod in dates.json) and before "in" or "on" counts from another date; the date after it is
    whole, not narrowed. "find 30 minutes later this week" (the span is what is looked for) keeps "later"."""
    if (m.group("mod") or "").lower() not in ("earlier", "later") or not re.search(r"\s(?:in|on)\b", m.group(0), re.I):
        return False
    return bool(composers()["duration_before_mod"].search(before[: m.start()]))


def _resolve(
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
    past_shift = c.atom.kind == "shift_unit" and "the" in c.groups  # "the next year" (see resolvers._shift_unit)
    # "the year" after "last year" in an earlier paragraph keeps it only in a past clause (resolvers._this_period)
    told = c.atom.kind in YEARLESS_KINDS or past_shift or c.atom.kind == "this_period"
    direction = tense(doc, c.start, c.end) if told else Direction.UNKNOWN
    if (
        direction == Direction.UNKNOWN
        and c.atom.kind in SCHEDULED_KINDS
        and "shift" not in c.groups
        and _scheduled(doc, c)
    ):
        direction = _scheduled_side(c, headline, caption)
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
    if direction == Direction.PAST and _coming_holiday(doc, c, ref, previous, listing):
        direction = Direction.FUTURE  # "No. 16 Glenwood Springs at No. 1 Green Mountain, 1 p.m. Saturday:"
    direction = Direction.PAST if c.since else direction  # "since March" started in the past whatever the verb
    if c.atom.kind in ("quarter", "half") and reports_results(doc, c.start, c.end):
        direction = Direction.PAST  # "the Q2 results season": reported results are of a quarter already over
    year = _year_after(text_of(doc), c, previous)
    same_thing = year is None and direction == Direction.UNKNOWN and known is not None
    year = known if same_thing else year  # "the November election" after "November's presidential election"
    now = c.atom.kind == "this_period" and reaches_now(doc, c.start, c.end)
    hints = Hints(direction, year, tuple(previous), listing, anchor, block_start, now)
    period = resolve(c.atom.kind, c.groups, ref, hints)
    if period is None:
        return None
    if same_thing:
        period = replace(period, relative=True)  # its year was read from the page's date, as the first one's
    if c.since:
        return since(period, ref)
    if ref is not None and _nothing_earlier(period, c, ref):
        before = ref - dt.timedelta(days=1)  # "earlier this week" on a Monday: written in the week before
        period = resolve(c.atom.kind, c.groups, before, hints)
        return narrowed(period, "earlier", before) if period is not None else None
    return narrowed(period, c.mod, ref) if c.mod else period


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
    verb = span.root.head.head if span.root.head.pos_ == "ADP" else span.root.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False  # "the testimony Tuesday", "his visit on Saturday": the day of a thing, not of the verb
    if c.atom.kind != "weekday" and (verb.pos_ != "VERB" or verb.lower_ in tables()["stative_verbs"]):
        return False  # "prices are higher than in March", "that includes the Belmont Stakes in June": a state
    has_aux = any(ch.dep_ in ("aux", "auxpass") for ch in verb.children)
    return verb.tag_ in ("VBZ", "VBP") and not has_aux and verb.lower_ not in tables()["report_verbs"]


def _resolve_range(doc, c, ref, previous, heading: bool = False) -> Period | None:
    first, second = c.parts
    direction = tense(doc, c.start, c.end)
    if direction == Direction.UNKNOWN and not heading and first.atom.kind in SCHEDULED_KINDS and _scheduled(doc, c):
        direction = Direction.FUTURE  # "Peak hurricane season runs August through October": the coming one
    hints = Hints(direction, _year_after(text_of(doc), replace(second, end=c.end), previous), tuple(previous))
    last = resolve(second.atom.kind, second.groups, ref, hints)
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


def _names_thing(doc: Doc, c: Candidate) -> bool:
    """ "Trump's July 25 call": a day that dates a thing is not the day "later in the day" or "the day's testimony"
    go on from; "On Wednesday morning ... Later in the day" is that day (a part of the day names no thing, see
    dates_a_thing)."""
    span = span_at(doc, c.start, c.end)
    return span is not None and dates_a_thing(span)


def _reference_point(doc: Doc, c: Candidate) -> bool:
    """ "disclosed ... on Dec. 19, ahead of the filing deadline at noon on Dec. 20. Later that day ...": a day in a
    phrase opened by one of reference_point_words (dates.json), up through prepositions and nouns to the first verb,
    is what the narrated events are measured against; "later that day" goes on from the day before it."""
    span = span_at(doc, c.start, c.end)
    if span is None:
        return False
    words = set(tables()["reference_point_words"])
    for word in span.root.ancestors:
        if word.lower_ in words and word.pos_ in ("ADV", "ADP", "SCONJ"):
            return True
        if word.pos_ in ("VERB", "AUX"):
            return False
    return False


def _counts_things(doc: Doc, c: Candidate) -> bool:
    """A bare year that counts a plural noun ("2016 students"), not "the 2016 elections"."""
    token = bare_year_token(doc, c)
    if token is None:
        return False
    before = doc[token.i - 1] if token.i > 0 else None
    determined = before is not None and (before.pos_ in ("DET", "PRON") or before.tag_ == "POS")
    return token.dep_ == "nummod" and token.head.tag_ == "NNS" and not determined


def _defined_by_clause(doc: Doc, c: Candidate) -> bool:
    """ "the day Jeffrey Epstein died", "since the day she got it": the clause, not the calendar, says which day."""
    if c.atom.kind != "this_period" or c.parts:
        return False
    span = span_at(doc, c.start, c.end)
    return span is not None and any(ch.dep_ == "relcl" for token in span for ch in token.children)


def _game_quarter(doc: Doc, c: Candidate, sports: bool) -> bool:
    """ "scoring 24 points in the third quarter", "a technical foul in the third quarter": a game's quarter; in a
    game report (sports), also "The third quarter belonged to Embiid" unless the sentence speaks of money or results
    (results_nouns and quarter_finance_words in dates.json)."""
    quarter = c.atom.kind == "quarter" or (
        c.atom.kind == "this_period" and c.groups.get("unit", "").lower() == "quarter"
    )
    if not quarter or c.parts or any(k in c.groups for k in ("y", "y2", "shift")):
        return False  # "to close the quarter" too
    span = span_at(doc, c.start, c.end)
    sentence = span.sent.text.lower() if span is not None and doc.has_annotation("SENT_START") else text_of(doc).lower()
    if _has_word(sentence, tables()["game_words"]):
        return True
    return sports and not _has_word(sentence, [*tables()["results_nouns"], *tables()["quarter_finance_words"]])


def _has_word(text: str, words: list[str]) -> bool:
    return _word_alternation(tuple(words)).search(text) is not None


@lru_cache(maxsize=16)
def _word_alternation(words: tuple[str, ...]) -> re.Pattern[str]:
    """One search per text instead of one per word: game reports look through every block."""
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")


def game_calendar(docs: list[Doc]) -> bool:
    """An article on a game's or a story's calendar: days counted in seasons ("Spring 15", "Fall 5"; game_calendar
    in dates.json) at least game_calendar_min times. Its dates read from the reference date are in-world."""
    rx = re.compile(tables()["game_calendar"], re.I)
    return sum(len(rx.findall(text_of(doc))) for doc in docs) >= tables()["game_calendar_min"]


def game_report(docs: list[Doc]) -> bool:
    """An article that tells a game: game_words (dates.json) in at least two of its blocks."""
    words = tables()["game_words"]
    return sum(_has_word(text_of(doc).lower(), words) for doc in docs) >= 2


def find_in_block(
    doc: Doc,
    ref: dt.date | None,
    previous: list[tuple[str, Period]],
    headline: bool = False,
    sports: bool = False,
    caption: bool = False,
    things: dict[tuple[str, str], int] | None = None,
) -> list[tuple[Candidate, Period]]:
    """Dates of one block; previous (the periods met so far in the article) grows as they are resolved. headline:
    the block is the article's title; sports: the article tells a game (game_report); caption: the block is a
    picture's caption; things: the year of each year-less date that named a thing so far (see _thing_key)."""
    things = {} if things is None else things
    out: list[tuple[Candidate, Period]] = []
    text = text_of(doc)
    candidates = _compose(text, _select(_matches(doc, text)))
    if candidates and composers()["weekday_block"].match(text):
        return []  # "Tuesday, Wednesday, Friday": a block of only weekdays is a recurring schedule
    if candidates and _opening_hours(doc):
        candidates = [c for c in candidates if not _bare_weekdays(c)]
    # a verbless block: a schedule line, see Hints (read only for a block with dates: most have none)
    listing = bool(candidates) and not any(t.pos_ in ("VERB", "AUX") for t in doc)
    block_start = len(previous)
    anchor: tuple[int, int, Period] | None = None  # (sentence start, end, the last date resolved in the sentence)
    for c in candidates:
        if _no_date(doc, text, c, ref, previous, sports):
            continue
        sentence = _sentence_start(doc, c)
        same = anchor and anchor[0] == sentence and ";" not in text[anchor[1] : c.start] and not listing
        key = _thing_key(doc, c)
        before = anchor[2] if same and anchor else None
        period = _resolve(doc, c, ref, previous, listing, before, headline, caption, things.get(key), block_start)
        if out and period is not None and _restates_deictic(text, out[-1][0], c):
            period = _named_day(out[-1][1], c)  # "today (Thursday)": the weekday says which day "today" is
            out[-1] = (out[-1][0], period)
        elif out and period is not None and _dates_deictic(text, out[-1], c, period):
            out[-1] = (out[-1][0], period)  # "pictured this evening (Monday 18th May)": the date says which evening
        if period is None:
            continue
        period = _speaker_day(text, c, period, ref, out, sentence)
        period = counted_from_stated(text, c, period, ref, out, sentence)  # "ten times the number 10 years ago"
        if before is None and not (headline or caption or listing):
            period = story_dated(c, period, ref, previous, _told(doc, c))  # "on December 27" after "December 16, 2010"
        if _anchors(c, period):
            anchor = (sentence, c.end, period)
        if key[0] and period.earliest and period.latest and period.earliest.year == period.latest.year:
            things.setdefault(key, period.earliest.year)
        out.append((c, period))
        if not c.parts and period.granularity:
            thing = period.granularity == "day" and (_names_thing(doc, c) or _reference_point(doc, c))
            previous.append((THING_DAY if thing else period.granularity, period))
    return out


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


def _no_date(
    doc: Doc, text: str, c: Candidate, ref: dt.date | None, previous: list[tuple[str, Period]], sports: bool
) -> bool:
    """Date-shaped text that is no date of the article (see date_vetoes.py): a count, a game's quarter, a model
    number or year, pages or a level, an idiom, any day, a name, nowadays, a pun."""
    return (
        _counts_things(doc, c)
        or _defined_by_clause(doc, c)
        or _game_quarter(doc, c, sports)
        or model_number(text, c, ref)
        or in_idiom(text, c)
        or generic_day(text, c, previous)
        or not_a_time(text, c)
        or names_model(text, c)
        or not_a_year(text, c)
        or ends_name(doc, text, c)
        or ends_law_title(text, c)
        or quoted_title_year(text, c)
        or names_instrument(doc, text, c)
        or generic_season(doc, c)
        or generic_today(doc, c)
        or glued_digits(text, c)
        or generic_for_the_day(doc, text, c)
        or in_name(doc, text, c)
        or model_year_alone(doc, c)
        or generic_throughout(doc, c)
        or month_pair(text, c)
        or split_fiscal_year(text, c)
        or no_reference(doc, c)
    )


def _opening_hours(doc: Doc) -> bool:
    """ "Open Wed.-Thurs. 4-9 p.m.; Fri.-Sat.": a line of opening hours, whose only verbs are "open" or "closed"."""
    words = tables()["opening_hours_words"]
    return any(t.lower_ in words for t in doc) and all(t.lower_ in words for t in doc if t.pos_ in ("VERB", "AUX"))


def _bare_weekdays(c: Candidate) -> bool:
    """A weekday without a shift word or a date, or a range of two: "Wed.", "Tue – Sat"."""
    parts = c.parts or [c]
    return all(p.atom.kind == "weekday" and not p.groups.keys() & {"shift", "wshift"} for p in parts)


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
    docs: list[Doc], reference_date: dt.date | None, sections: list[str] | None = None
) -> list[DateCandidate]:
    """Candidates of kind "date": value, granularity, earliest, latest, relative, reference_date. sections: each
    block's section ("title", "body", "caption"), when known."""
    facts: list[DateCandidate] = []
    previous: list[tuple[str, Period]] = []
    sports, in_world = game_report(docs), game_calendar(docs)
    things: dict[tuple[str, str], int] = {}
    for i, doc in enumerate(docs):
        headline = sections is not None and sections[i] == "title"
        caption = sections is not None and sections[i] == "caption"
        # a caption's dates anchor nothing after it: it stands outside the running text, and a file photo's day
        # ("Traders work on the floor ..., November 18, 2019") is not the story's ("down 2.74% on the day")
        told = list(previous) if caption else previous
        for c, period in find_in_block(doc, reference_date, told, headline, sports, caption, things):
            if in_world and period.relative:
                continue
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
