"""Date-shaped text the article takes no date from, checked after composition and before resolution.

Decisions:
- no_date asks every veto in a fixed order (date_vetoes.py, date_names.py, date_generic.py, date_nonrefs.py,
  date_games.py and two of its own); any one drops the candidate, which then is no fact and anchors nothing after it.
- Its own two read the parse: a bare year that counts a plural noun ("1600 civilians", not "the 2016 elections", nor
  the values of a year: "from 2010 levels", nor a year within counted_year_window of the page's and no round hundred:
  "critical to 2020 outcomes" on a page of 2019, see _near_year),
  and "the day Jeffrey Epstein died", a day that a relative clause rather than the calendar defines.
- A block of opening hours ("Open Wed.-Thurs. 4-9 p.m.; Fri.-Sat."), whose only verbs are "open" or "closed"
  (opening_hours_words in dates.json), keeps no bare weekday or range of weekdays: they recur every week.
- A range of bare weekdays next to a range of clock times ("View model : 11 a.m. to 5 p.m. Friday to Tuesday.",
  "Monday to Saturday, 10 a.m.-6 p.m.": hours_before, hours_after in dates.json) that hangs on no verb is a line of
  opening hours even without "open" or "hours": the hours of each day of a span of days recur every week
  (hours_weekdays). Not a single weekday after a start time ("1 p.m. Saturday", a listed event: date_resolve), not a
  range a verb holds ("The festival runs Friday to Tuesday, 11 a.m. to 5 p.m."), nor one with a date.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc, Span, Token

from ..nlp import span_at
from ..normalize.periods import Direction, Period, tables
from .date_games import game_quarter
from .date_generic import (
    generic_day,
    generic_for_the_day,
    generic_offset,
    generic_period_end,
    generic_quarter,
    generic_season,
    generic_superlative_year,
    generic_throughout,
    generic_today,
    generic_year_part,
    generic_year_share,
    moved_offset,
)
from .date_matches import org_year_results
from .date_names import (
    ends_law_title,
    ends_name,
    holiday_name,
    holiday_theme,
    holiday_title,
    in_name,
    model_number,
    model_year_alone,
    month_in_name_range,
    names_instrument,
    names_model,
    quoted_title_month,
    quoted_title_year,
    short_year_in_name,
    surname_month,
    year_title,
)
from .date_nonrefs import no_reference
from .date_patterns import Candidate, composers
from .date_tense import tense
from .date_vetoes import (
    bare_year_token,
    dotted_short_date,
    glued_digits,
    in_idiom,
    measure_decade,
    month_pair,
    not_a_time,
    not_a_year,
    split_fiscal_year,
)

# the names the date finder's other modules import; the private ones kept the names they had in dates.py
__all__ = ["bare_weekdays", "hours_weekdays", "no_date", "opening_hours"]


def no_date(
    doc: Doc,
    text: str,
    c: Candidate,
    ref: dt.date | None,
    previous: list[tuple[str, Period]],
    sports: bool,
    surnames: frozenset[str] = frozenset(),
) -> bool:
    """Date-shaped text that is no date of the article (see date_vetoes.py, date_names.py, date_generic.py): a
    count, a game's quarter, a model number or year, pages or a level, an idiom, any day, a name, nowadays, a pun.
    surnames: the last words of the article's full personal names (date_names.person_surnames)."""
    return (
        surname_month(doc, c, surnames)
        or _counts_things(doc, text, c, ref)
        or _turn_not_past(doc, text, c)
        or _defined_by_clause(doc, text, c)
        or game_quarter(doc, c, sports)
        or model_number(doc, text, c, ref)
        or in_idiom(text, c)
        or generic_day(text, c, previous)
        or not_a_time(text, c)
        or names_model(text, c)
        or not_a_year(text, c)
        or ends_name(doc, text, c)
        or short_year_in_name(text, c)
        or holiday_title(text, c)
        or holiday_name(text, c)
        or holiday_theme(doc, text, c)
        or ends_law_title(text, c)
        or quoted_title_year(text, c)
        or quoted_title_month(text, c)
        or year_title(text, c)
        or names_instrument(doc, text, c)
        or generic_season(doc, c)
        or generic_year_part(doc, c)
        or generic_year_share(doc, c)
        or generic_today(doc, c)
        or glued_digits(text, c)
        or generic_for_the_day(doc, text, c)
        or in_name(doc, text, c)
        or month_in_name_range(doc, text, c)
        or model_year_alone(doc, c)
        or generic_throughout(doc, c)
        or generic_period_end(doc, c)
        or generic_quarter(doc, c)
        or generic_offset(doc, c)
        or moved_offset(doc, c)
        or generic_superlative_year(doc, c)
        or measure_decade(doc, c)
        or month_pair(text, c)
        or split_fiscal_year(text, c)
        or dotted_short_date(c, ref)
        or no_reference(doc, c)
    )


def _counts_things(doc: Doc, text: str, c: Candidate, ref: dt.date | None) -> bool:
    """A bare year that counts a plural noun ("more than 1600 civilians"), not "the 2016 elections", nor values of
    that year ("decline by about 45% from 2010 levels by 2030", "2018 figures show": year_values_nouns in dates.json),
    nor a year near the page's (_near_year: "moderate voters who will be critical to 2020 outcomes"), nor one after a
    company's name before its results ("BMW Group 2019 deliveries": date_matches.org_year_results)."""
    token = bare_year_token(doc, c)
    if token is None or _near_year(token, ref):
        return False
    before = doc[token.i - 1] if token.i > 0 else None
    determined = before is not None and (before.pos_ in ("DET", "PRON") or before.tag_ == "POS")
    if token.head.lower_ in tables()["year_values_nouns"] or org_year_results(doc, text, c.start, c.end):
        return False  # "BMW Group 2019 deliveries": a company's results of that year, no count of them
    return token.dep_ == "nummod" and token.head.tag_ == "NNS" and not determined


def _near_year(token: Token, ref: dt.date | None) -> bool:
    """A year within counted_year_window (dates.json) of the page's year and no round hundred ("2020 outcomes",
    "raising 2016 elections", "Five 2024 Republican hopefuls" on pages of 2019-2023) is that year before its noun: a
    count so near the page's year and not round is rare, and news sets a comma in one ("2,016 students"). Measured on
    the news_gold docs and the audit pages: of 16 bare years read as counts of a plural noun, the 8 years were all
    2016-2024 on pages a few years apart, the 8 counts 1000-1920 or round ("1600 civilians", "1125 ml", "1920
    pixels"). Without a page date nothing says which years are near: counted as before; nor after a capitalised word
    inside its sentence ("The Doobie Brothers 50th Anniversary Tour 2020 dates"): the year numbers that name, whose
    edition may move to another year, as ends_name reads it (date_names); nor in a frame of counting ("There are 2016
    students and 10 teachers": _counted_frame), nor after the noun the parse hangs it on ("the Map improvements 2018
    project")."""
    if ref is None or not token.text.isdigit():
        return False
    before = token.doc[token.i - 1] if token.i - 1 > token.sent.start else None  # not a sentence's first word
    if before is not None and before.text[:1].isupper() and before.text not in tables()["name_year_date_heads"]:
        return False
    if token.head.i < token.i or _counted_frame(token.head):
        return False  # "the Map improvements 2018 project": a year after the noun it hangs on numbers a name
    year = int(token.text)
    return year % 100 != 0 and abs(year - ref.year) <= tables()["counted_year_window"]


def _counted_frame(noun: Token) -> bool:
    """ "There are 2016 students and 10 teachers.": a noun that "there is/are" puts in place, or that is joined to
    another noun a number counts, is counted, whatever the number."""
    if noun.dep_ == "attr" and any(ch.dep_ == "expl" for ch in noun.head.children):
        return True
    return any(ch.dep_ == "nummod" and ch.like_num for other in noun.conjuncts for ch in other.children)


def _turn(text: str, c: Candidate) -> bool:
    """ "the turn of the year": the candidate opens with "turn of" (mod_prefix's turn, dates.json mods)."""
    return re.match(r"(?:the\s+)?turn\s+of\s", text[c.start : c.end], re.I) is not None


def _turn_not_past(doc: Doc, text: str, c: Candidate) -> bool:
    """ "will rise at the turn of the year", "at the turn of the year shoppers return gifts": only a past clause's
    turn is the start of the page's year; a coming one is the next year's, a present one any year's. A century's
    turn ("at the turn of the twentieth century") names its century whatever the clause's tense."""
    if c.groups.get("unit", "").lower() in ("decade", "century") or not _turn(text, c):
        return False
    return tense(doc, c.start, c.end) != Direction.PAST


def _defined_by_clause(doc: Doc, text: str, c: Candidate) -> bool:
    """ "the day Jeffrey Epstein died", "since the day she got it": the clause, not the calendar, says which day. Not
    after "the turn of": 'changed at the turn of the year when Apple introduced AirPlay 2' says what happened at the
    page's year's start (a turn is read only in a past clause: _turn_not_past)."""
    if c.atom.kind != "this_period" or c.parts or _turn(text, c):
        return False
    span = span_at(doc, c.start, c.end)
    if span is None:
        return False
    return any(ch.dep_ == "relcl" for token in span for ch in token.children) or _contact_clause(span, c)


def _contact_clause(span: Span, c: Candidate) -> bool:
    """ "the 30 year anniversary of the day NASA's Voyager 1 space probe took a picture of Earth": a subject that
    begins right after "the day" and the finite verb it is the subject of after it are a relative clause without
    "that", which the parse may hang elsewhere; the clause says which day. Only after "the" ("That day the president
    signed it" fronts a day the text named), not at the sentence's start and not set off by a comma: "In 2013, the
    year RateBeer declared Pipeworks the best new brewery" restates the year it follows, and is that year."""
    doc = span.doc
    if c.groups.get("the", "").lower() != "the" or span.end >= len(doc) or span.start == span.sent.start:
        return False
    if doc[span.start - 1].is_punct:
        return False
    word = doc[span.end]
    while word.dep_ not in ("nsubj", "nsubjpass") and word.head.i > span.end and word.head.i != word.i:
        word = word.head
    verb = word.head
    finite = verb.tag_ in ("VBD", "VBZ", "VBP") or any(ch.tag_ == "MD" for ch in verb.children)
    clause = word.dep_ in ("nsubj", "nsubjpass") and word.left_edge.i == span.end and verb.i > word.i and finite
    return clause and not _main_clause_after_opening(span, verb)


def _main_clause_after_opening(span: Span, verb: Token) -> bool:
    """ "By the end of the year it had 300 staff": a sentence that opens with a preposition and a part of a period,
    with no comma before its subject, goes on with its main clause; read as a clause on "the year", the sentence would
    have no verb of its own. So when the verb after the span is the sentence's root, one preposition is all that
    precedes the span, the span is a part "of" its period, and no other clause with a subject follows ("On the day she
    got it she cried" has one), the span is that preposition's time. A bare "In the year it opened the museum drew 2
    million visitors" stays a clause: the parse cannot tell where its main clause starts."""
    opening = span.doc[span.start - 1]
    if verb.dep_ != "ROOT" or opening.i != span.sent.start or opening.tag_ != "IN":
        return False
    if not any(t.lower_ == "of" for t in span):
        return False
    after = span.doc[span.end : span.sent.end]
    clauses = [t for t in after if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ != "relcl"]
    return len(clauses) == 1


def opening_hours(doc: Doc) -> bool:
    """ "Open Wed.-Thurs. 4-9 p.m.; Fri.-Sat.": a line of opening hours, whose only verbs are "open" or "closed"."""
    words = tables()["opening_hours_words"]
    return any(t.lower_ in words for t in doc) and all(t.lower_ in words for t in doc if t.pos_ in ("VERB", "AUX"))


def hours_weekdays(doc: Doc, text: str, c: Candidate) -> bool:
    """ "11 a.m. to 5 p.m. Friday to Tuesday": a range of bare weekdays touching a range of clock times, hanging on
    no verb: a line of opening hours (see the module's decisions)."""
    if len(c.parts) != 2 or not bare_weekdays(c):
        return False
    hours = composers()
    if not (
        hours["hours_before"].search(text, max(0, c.start - 40), c.start) or hours["hours_after"].match(text, c.end)
    ):
        return False
    span = span_at(doc, c.start, c.end)
    return span is not None and not any(t.pos_ in ("VERB", "AUX") for t in (span.root, *span.root.ancestors))


def bare_weekdays(c: Candidate) -> bool:
    """A weekday without a shift word or a date, or a range of two: "Wed.", "Tue – Sat"."""
    parts = c.parts or [c]
    return all(p.atom.kind == "weekday" and not p.groups.keys() & {"shift", "wshift"} for p in parts)
