"""Composition: the chosen atoms of a block joined into ranges and given their prefixes (compose).

Decisions:
- Two atoms with only a range connector between them (range_connector in dates.json: "-", "to", "through",
  "until", "and") are one range; "and" joins only after "between" ("between March and May"). An atom that is only
  ever a range's end (its endpoint flag in dates.json) is dropped when it found no partner.
- A weekday glued to the date after it ("Friday, 2018-7-6") belongs to that date, not a date of its own; so does one
  with a part of its day before a date with a day ("in the early hours of Sunday morning, November 3, 2013").
- A prefix is read from the 40 characters before: a range's "from"/"between", "since" (the candidate's since flag),
  a part-of-period modifier ("early", "mid-", "the end of"; mods in dates.json) or a weekday before a date. A
  modifier "earlier"/"later" after a span of time and before "in"/"on" ("several months later in September 2015")
  counts from another date: the date after it stays whole.
- A from-to range on a verb that moves a planned date ("will be postponed from Tuesday to Friday") is the old plan and
  the new one: two dates, not one stretch of time (split_moved, read on the parse after compose).
- Dropped: a decade after a possessive ("in his 70s": an age), a notice's year ("© 2019 Press TV"), a set ("every
  Monday", "each spring", "on a Monday"), a weekday that only says which day of the week the date before it is
  ("on Dec. 18, a Wednesday"), and a month ranked as a kind (names_kind in date_vetoes.py).
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from ..nlp import span_at
from ..normalize.periods import tables
from .date_patterns import Candidate, composers
from .date_tense import moves_a_date
from .date_vetoes import names_kind

# the names the date finder's other modules import; the private ones kept the names they had in dates.py
__all__ = ["compose", "split_moved"]


def compose(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """Join ranges, attach "since" and modifiers, extend weekday prefixes, drop ages and lone endpoints."""
    rx, i = composers(), 0
    out: list[Candidate] = []
    while i < len(chosen):
        c = chosen[i]
        nxt = chosen[i + 1] if i + 1 < len(chosen) else None
        if c.atom.kind == "weekday" and nxt and _glued(rx["weekday_glue"].match(text[c.end : nxt.start]), nxt):
            i += 1  # "Friday, 2018-7-6", "Sunday morning, November 3, 2013": the weekday belongs to the date after it
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
    m = rx["weekday_prefix"].search(before)
    return replace(c, start=c.start - len(m.group(0))) if m and _glued(m, c) else c


def _glued(m: re.Match | None, date: Candidate) -> bool:
    """A weekday glued to the date after it belongs to that date; one with a part of its day ("Sunday morning,
    November 3, 2013") only to a date with a day: "Sunday night, November sales" keeps its weekday."""
    return m is not None and date.atom.kind == "date" and (not m.group("part") or "d" in date.groups)


def _counted_from_before(before: str, m: re.Match) -> bool:
    """ "several months later in September 2015", "two days earlier on Monday": "earlier"/"later" after a span of time
    (duration_before_mod in dates.json) and before "in" or "on" counts from another date; the date after it is
    whole, not narrowed. "find 30 minutes later this week" (the span is what is looked for) keeps "later"."""
    if (m.group("mod") or "").lower() not in ("earlier", "later") or not re.search(r"\s(?:in|on)\b", m.group(0), re.I):
        return False
    return bool(composers()["duration_before_mod"].search(before[: m.start()]))


def split_moved(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """ "Employees were told that a planned all-hands meeting will be postponed from Tuesday to Friday", "the Emmys,
    which was moved from September to January": a from-to range whose "from" and whose "to" (or "until") both hang
    on a verb that moves a planned date (date_tense.moves_a_date: change_verbs, change_particle_verbs in dates.json)
    names the old day and the new one, two dates, not the days between them. Each end is then read on its own."""
    out: list[Candidate] = []
    for c in candidates:
        out.extend(c.parts if len(c.parts) == 2 and _moved(doc, c) else [c])
    return out


def _moved(doc: Doc, c: Candidate) -> bool:
    """The range's first end hangs on "from" and its second on a change target ("to", "until"), both on one verb
    that moves a date (or on its particle: "pushed back from May to July")."""
    first, second = (span_at(doc, p.start, p.end) for p in c.parts)
    if first is None or second is None:
        return False
    start, end = first.root.head, second.root.head
    if start.lower_ != "from" or end.lower_ not in tables()["change_target_prepositions"]:
        return False
    verb = start.head if start.head.dep_ not in ("prt", "advmod") else start.head.head
    heads = {verb.i, start.head.i, first.root.i}
    return moves_a_date(verb) and end.head.i in heads
