"""Date-shaped words that refer to no time at all: a year that is one group of a phone number or an id ("call
0800 1971 329"), a century that opens a name ("20th Century Fox"), a time of year every year has ("during the
warm times of the year"), a holiday or season a thing is suited to ("Perfect for Halloween"), a weekday's
recurring part ("Friday nights are filled with friends"), a period word that names a paper ("Subscribed to The
Week?"), a value ("a total score of 2072"). find_dates drops a candidate no_reference accepts; the vocabulary is
in data/date_nonrefs.json.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from ..data import load
from ..nlp import text_of
from .date_patterns import Candidate
from .date_vetoes import title_case

__all__ = [
    "capitalised_period",
    "century_in_name",
    "no_reference",
    "suited_occasion",
    "time_of_year",
    "value_of",
    "weekday_part",
    "year_in_digit_run",
]


def _bare_year(c: Candidate) -> bool:
    return set(c.groups) == {"y"} and not (c.since or c.mod or c.parts)


def year_in_digit_run(text: str, c: Candidate) -> bool:
    """ "please call 0800 1971 329", "doi annrheumdis-2014-205577": a bare year between two digit groups, or glued
    to one by a hyphen, is one group of a number or a code when a group has digit_run_min_neighbour or more digits
    and is no year itself ("2017 2018 2019" is a row of years); "In 2019 300 people died" keeps its year."""
    if not _bare_year(c):
        return False
    t = load("date_nonrefs")
    before = re.search(t["digit_run_before"], text[max(0, c.start - 24) : c.start])
    after = re.match(t["digit_run_after"], text[c.end : c.end + 24])
    sides = [m for m in (before, after) if m]
    if not (len(sides) == 2 or any(m.group("j") == "-" for m in sides)):
        return False
    groups = [m.group("g") for m in sides]
    return any(len(g) >= t["digit_run_min_neighbour"] and not re.match(t["plausible_year"], g) for g in groups)


def century_in_name(doc: Doc, text: str, c: Candidate) -> bool:
    """ "Credit: 20th Century Fox", "21st Century Insurance": "Nth Century" with a capital C, no article before it
    and a capitalised word after it that is no place (century_name_place_labels) opens a name, not a time."""
    if c.atom.kind != "century" or c.parts or c.since or c.mod:
        return False
    written = text[c.start : c.end]
    if written[:1].isalpha() or not written.endswith("Century"):
        return False  # "the 20th Century", "20th century"
    t = load("date_nonrefs")
    nxt = re.match(t["century_name_next"], text[c.end : c.end + 40])
    if nxt is None:
        return False
    start = c.end + nxt.start("w")
    return not any(e.start_char <= start < e.end_char and e.label_ in t["century_name_place_labels"] for e in doc.ents)


@lru_cache(maxsize=1)
def _time_of_year_rx() -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in load("date_nonrefs")["time_of_year_phrases"]), re.I)


def time_of_year(text: str, c: Candidate) -> bool:
    """ "during the warm times of the year", "at any time of the year": "the year" inside a phrase of a time every
    year has (time_of_year_phrases) is no year."""
    if c.atom.kind != "this_period" or c.parts or c.groups.get("unit", "").lower() != "year":
        return False
    window = max(0, c.start - 40)
    return any(
        m.start() + window <= c.start and c.end <= m.end() + window
        for m in _time_of_year_rx().finditer(text[window : c.end + 10])
    )


def suited_occasion(text: str, c: Candidate) -> bool:
    """ "Perfect for Halloween", "ideal for summer": a holiday or season with no year or shift word after an
    adjective of suitability (suited_before) is the kind of day a thing suits, not a date."""
    t = load("date_nonrefs")
    if c.atom.kind not in t["suited_kinds"] or c.parts or c.since or c.mod:
        return False
    if c.groups.keys() & {"y", "y2", "shift", "shift2"}:
        return False
    return bool(re.search(t["suited_before"], text[max(0, c.start - 30) : c.start], re.I))


def weekday_part(text: str, c: Candidate) -> bool:
    """ "Friday nights are filled with friends and fun", "on Sunday mornings": a weekday with no shift word before
    the plural of a part of the day is a recurring time."""
    if c.atom.kind != "weekday" or c.parts or c.groups.keys() & {"shift", "wshift"}:
        return False
    return bool(re.match(load("date_nonrefs")["weekday_part_plural"], text[c.end : c.end + 16], re.I))


def capitalised_period(text: str, c: Candidate) -> bool:
    """ "get the best of The Week delivered to your inbox", "Subscribed to The Week?": a period word (week, month,
    year) written with a capital inside a sentence of a block that is no title-case headline names a paper or a
    show; "Tweet of the Week" (period_title) names a column anywhere."""
    t = load("date_nonrefs")
    if c.atom.kind not in t["capitalised_period_kinds"] or c.parts:
        return False
    window = max(0, c.start - 30)
    titles = re.finditer(t["period_title"], text[window : c.end])
    if any(m.start() + window <= c.start and m.end() + window == c.end for m in titles):
        return True
    unit = re.search(t["capitalised_period_unit"], text[c.start : c.end])
    if unit is None or title_case(text):
        return False
    before = text[: c.start + unit.start()].rstrip()
    return bool(before) and before[-1] not in ".!?:\"“‘'(" and not re.search(r"(?:^|[.!?]\s)\S*\Z", before)


def value_of(text: str, c: Candidate) -> bool:
    """ "earned a total score of 2072": a bare year after a noun of a measured value (value_nouns) and "of" is the
    value; "the crash of 2008" is a year."""
    if not _bare_year(c):
        return False
    m = re.search(r"([A-Za-z]+)[^\S\n]+of[^\S\n]+\Z", text[max(0, c.start - 24) : c.start])
    return m is not None and m.group(1).lower() in load("date_nonrefs")["value_nouns"]


def no_reference(doc: Doc, c: Candidate) -> bool:
    """The candidate refers to no time: a group of a number, a name, a time of any year, an occasion a thing suits,
    a recurring part of a weekday."""
    text = text_of(doc)
    return (
        year_in_digit_run(text, c)
        or century_in_name(doc, text, c)
        or time_of_year(text, c)
        or suited_occasion(text, c)
        or weekday_part(text, c)
        or capitalised_period(text, c)
        or value_of(text, c)
    )
