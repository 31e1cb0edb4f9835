"""Date-shaped text that is no date of the article: a kind of thing ("winter wheat"), an idiom ("at the end of the
day"), a house number ("of 1119 Eighth St."), a year of accounts, a range of degrees, a code, pages or a level, a pun,
a wish. The vetoes of a year or day word in a name or a title are in date_names.py, those of a generic period (any
day, nowadays, a season of advice) in date_generic.py.

Decisions:
- A season or holiday before a noun of its kind ("winter wheat") is a kind of thing; a date inside an idiom ("at the
  end of the day") is none. A holiday named alone before an event held for it ("its Christmas party") is that event,
  held some day of the season; "a New Year's Eve party" names its day.
- A split fiscal year ("2019-20") runs on dates that depend on the country: no date.
- A house number or a quantity ("1200 g") names a place or an amount; a decade without its century in a sentence
  of degrees or strokes is a range of those; digits glued to a slash or letters are a code; pages after a citation
  and levels after a verb of change are no years.
- A dotted month, day and two-digit year ("Opening Bell 11.18.19") is a date only near the page's date: elsewhere
  three dotted numbers are a version or a score.
- Two bare months with only a space between them are a pun or a name; "May" opening a wish is the modal.
- find_dates drops a candidate any of these accept; the word lists are in dates.json.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from spacy.tokens import Doc, Token

from ..data import load
from ..nlp import span_at
from ..normalize.periods import tables
from .count_context import street_follows
from .date_patterns import Candidate, composers, spaces, word_after

__all__ = [
    "bare_year_token",
    "dotted_short_date",
    "measure_decade",
    "glued_digits",
    "month_pair",
    "optative_may",
    "idioms",
    "in_idiom",
    "names_kind",
    "the_season_season",
    "split_fiscal_year",
    "not_a_time",
    "not_a_year",
]


def names_kind(text: str, c: Candidate) -> bool:
    """ "winter wheat", "Christmas cards", "the day care facility": a season, holiday or "the day" before one of the
    nouns of its kind_heads (dates.json), without a year or shift word, is a kind of thing; "the summer season" is
    that season (the_season_season)."""
    heads = tables()["kind_heads"].get(_kind_key(c))
    if not heads or c.parts or c.groups.keys() & {"y", "y2", "shift", "shift2"}:
        return False
    head = word_after(text, c)
    if head is None or the_season_season(text, c, head):
        return False
    return head in heads or _held_for(text, c, head)


def the_season_season(text: str, c: Candidate, head: str | None) -> bool:
    """ "if the summer season does not take off": a season right after "the" and before "season" is that season
    itself, the story's (its year as for "the summer"), no kind; "a standard feature of winter season" (no "the")
    and "each winter season" (a set) are no one season."""
    return c.atom.kind == "season" and head == "season" and bool(re.search(r"\bthe[^\S\n]+\Z", text[: c.start], re.I))


def _held_for(text: str, c: Candidate, head: str) -> bool:
    """ "which business was holding its Christmas party there": a holiday named alone before a noun of an event held
    for it (kind_event_heads in dates.json) is that event, held some day of the season; "a New Year's Eve party" or
    "a Christmas Day party" names the day it is held on."""
    said_day = re.search(r"\b(?:day|eve)\Z", text[c.start : c.end], re.I)
    return c.atom.kind == "holiday" and head in tables()["kind_event_heads"] and said_day is None


def _kind_key(c: Candidate) -> str:
    """The kind_heads entry for a candidate: its atom's kind, or "day" for "the day" ("the day care facility": "day"
    is the first word of a compound noun; "that day" or "the same day" before a subject stays a day)."""
    if c.atom.kind == "this_period" and c.groups.get("the", "").lower() == "the":
        return "day" if c.groups.get("unit", "").lower() == "day" else ""
    return c.atom.kind


@lru_cache(maxsize=1)
def _split_fiscal_rx() -> re.Pattern:
    return re.compile(tables()["split_fiscal_year"], re.I)


def dotted_short_date(c: Candidate, ref: dt.date | None) -> bool:
    """ "Opening Bell 11.18.19" (a page of 2019-11-18), "Updated 11.02.23, 11:52 EST" (one of 2023-11-01): a dotted
    month, day and two-digit year (the only atom with these three parts) is the day only in the page's own year and
    within dotted_date_window_days (dates.json) of its date; elsewhere, or on a page with no date, three dotted numbers
    are as often a version ("Linux Kernel version 2.6.29") or a score: no date."""
    if set(c.groups) != {"mn", "d", "yy"} or c.parts:
        return False
    if ref is None or int(c.groups["yy"]) != ref.year % 100:
        return True
    try:
        day = dt.date(ref.year, int(c.groups["mn"]), int(c.groups["d"]))
    except ValueError:
        return True
    return abs((day - ref).days) > tables()["dotted_date_window_days"]


def split_fiscal_year(text: str, c: Candidate) -> bool:
    """ "in fiscal year 2020-21", "the 2019-20 financial year": a year of accounts written as two calendar years
    (split_fiscal_year in dates.json) runs on dates that depend on the country, so a date read inside it (the
    calendar year 2020, or 2020 to 2021) would be wrong: no date."""
    window = max(0, c.start - 30)
    return any(m.start() < c.end and c.start < m.end() for m in _split_fiscal_rx().finditer(text, window, c.end + 30))


@lru_cache(maxsize=1)
def idioms() -> re.Pattern:
    return re.compile(spaces("|".join(f"(?:{p})" for p in tables()["idioms"])), re.I)


def in_idiom(text: str, c: Candidate) -> bool:
    """ "At the end of the day, the proof's in the pudding": a date inside one of the idioms of dates.json."""
    window = max(0, c.start - 40)
    return any(
        m.start() + window <= c.start and c.end <= m.end() + window
        for m in idioms().finditer(text[window : c.end + 40])
    )


def measure_decade(doc: Doc, c: Candidate) -> bool:
    """ "Highs will be in the seventies", "temperatures in the 70s", "he shot in the sixties": a decade written
    without its century (dec2, or a spelled decade without "nineteen") in a sentence that measures degrees or golf
    strokes (measure_decade_words) is a range of those, not ten years."""
    if c.atom.kind != "decade" or not ("dec2" in c.groups or "decw" in c.groups) or c.groups.get("decc"):
        return False
    span = span_at(doc, c.start, c.end)
    sentence = span.sent if span is not None and doc.has_annotation("SENT_START") else doc[:]
    words = set(tables()["measure_decade_words"])
    return any(t.lower_ in words for t in sentence)


def not_a_time(text: str, c: Candidate) -> bool:
    """A bare year that is a house number ('of 1119 Eighth St.') or a quantity ('1200 g', year_unit_after): it
    names a place or an amount, no time of the article (a model year: date_names.names_model)."""
    if set(c.groups) != {"y"} or c.since or c.mod or c.parts:
        return False
    if re.match(tables()["year_unit_after"], text[c.end : c.end + 12]):
        return True  # "1200 g whole chicken", "a 2000 calorie diet": a quantity
    street = street_follows(text, c.end)
    return bool(street and street.split()[-1] not in tables()["year_before_street_words"])


def glued_digits(text: str, c: Candidate) -> bool:
    """ "Gecko/20100101 Firefox/65.0", "build20191119": a date written in six or more bare digits, glued to a slash or
    to letters, is part of a code, a version string or a path, not a date of the article."""
    written = text[c.start : c.end]
    if len(written) < 6 or not written.isdigit():
        return False
    before, after = text[c.start - 1 : c.start] if c.start else "", text[c.end : c.end + 1]
    return before == "/" or before.isalpha() or after == "/" or after.isalpha()


def bare_year_token(doc: Doc, c: Candidate) -> Token | None:
    """The one token of a bare year ("2016", with no month, shift word, range or qualifier), else None."""
    if set(c.groups) != {"y"} or c.since or c.mod or c.parts:
        return None
    span = span_at(doc, c.start, c.end)
    return span[0] if span is not None and len(span) == 1 else None


def not_a_year(text: str, c: Candidate) -> bool:
    """Date-shaped numbers that are no dates: "2003;149(5):1018–22", "2009;325:1705-8" (pages after a citation's
    volume and colon) and "single-core scores increased from 1061 to 1128" (bare years after a verb of change,
    year_levels in change_verbs.json: the levels of a quantity); a year of the next century after such a verb and
    "by" ("rose by 2150") is the change's amount: such numbers are rarer as years than a year of this century is."""
    if re.search(r"[\d)]:[ \u00a0]?\Z", text[max(0, c.start - 3) : c.start]) and text[c.start : c.start + 1].isdigit():
        return True
    groups = set().union(*(p.groups.keys() for p in c.parts or [c]))
    if not groups or not groups <= {"y", "y2"} or c.mod or c.since:
        return False
    if _change_rx().search(text, max(0, c.start - 30), c.start):
        return True
    return int(c.groups.get("y", "0")) > 2099 and bool(_change_by_rx().search(text, max(0, c.start - 30), c.start))


@lru_cache(maxsize=1)
def _change_rx() -> re.Pattern:
    words = "|".join(re.escape(w) for w in load("change_verbs")["year_levels"])
    return re.compile(rf"\b(?i:{words})[^\S\n]+(?:(?i:from)[^\S\n]+)?\Z")


@lru_cache(maxsize=1)
def _change_by_rx() -> re.Pattern:
    """A verb of change and "by" (maybe "about"/"around") right before: "rose by 2150", "fell by around 2100"."""
    words = "|".join(re.escape(w) for w in load("change_verbs")["year_levels"])
    return re.compile(rf"\b(?i:{words})[^\S\n]+(?i:by)[^\S\n]+(?:(?i:about|around)[^\S\n]+)?\Z")


def month_pair(text: str, c: Candidate) -> bool:
    """ "Can February March? No, but April May.": a bare month name set against another with nothing but a space
    between them is a pun or a name ("April May"), not a date; a list of months has commas or "and"."""
    if set(c.groups) != {"m"} or c.parts or c.since or c.mod:
        return False
    rx = composers()
    after = rx["lone_month_after"].match(text[c.end : c.end + 16])
    return bool(after or rx["lone_month_before"].search(text[max(0, c.start - 12) : c.start]))


def optative_may(doc: Doc, c: Candidate) -> bool:
    """ "May this year bring new happiness", "May next year be better": "May" opening a sentence as the auxiliary
    of a bare verb is the modal of a wish, not the month; "May this year was the hottest" and "May saw a rise"
    (a verb with a tense) are the month."""
    if (c.groups.get("m") or "").lower() != "may" or c.parts:
        return False
    span = span_at(doc, c.start, c.end)
    if span is None:
        return False
    word = span[0]
    opens = word.i == 0 or word.is_sent_start or doc[word.i - 1].is_punct
    return bool(opens) and word.dep_ == "aux" and word.head.tag_ == "VB"
