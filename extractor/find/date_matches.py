"""Candidate gathering: the atoms' matches in one block, kept or dropped by their case and spaCy's entities, and
the longest of overlapping ones chosen (find_matches, then select_matches).

The atoms (date_patterns.py) are tried only where the gate lets them; each kept match is a Candidate carrying its
named groups. Decisions:
- A month or weekday word that is also a common word ("may", "march", "sun"; ambiguous_lowercase in dates.json)
  counts only when capitalised, or with a day number and a four-digit year ("30 mar 1943"); a capitalised season
  before another capitalised word is a name ("Autumn Calabrese", "Summer Olympics").
- A word-like match inside a name-like entity (VETO_LABELS: "Theresa May", "USA Today", a QUANTITY "2000 tonnes")
  is no date unless a DATE or TIME entity holds it too; a match with a digit ("Dec-2018") is never part of a name,
  nor a year in an entity that is only its cue glued by a hyphen ("a circa-1860 edifice", tagged FAC), nor a
  holiday an entity holds alone after "on" in a past clause ("which was taken on Easter", "Easter" tagged FAC), nor
  a bare year an ORG entity ends (or ends right before) when a lower-case noun of results follows it ("Volkswagen's
  Skoda Auto 2019 deliveries dip": org_year_results, the year of the company's results, needing no cue word).
- An atom that needs a cue before it ("in 2016", "in October"; its context in dates.json) looks for it in the 30
  characters before; inside a DATE or TIME entity it needs none, unless the atom asks for its cue always.
- A bare year opening a line before a dash or a colon and a capitalised word is a timeline's entry, its own cue
  ("1939 - President Franklin D. Roosevelt moves Thanksgiving Day"); so is one before a journal citation's
  semicolon, volume and colon ("Arthritis Care Res (Hoboken). 2015;72(6):984–91.": the year the paper came out).
- A bare year after "a" or "an", a cue no table word gives, is a year when a few words lead to a noun of an event
  (year_event_nouns in dates.json): "since he disappeared in a 2015 police sweep", "A 2016 preliminary study".
- A weekday after "a" or "an" before one or two capitalised words and a noun of a thing done once, in a past clause,
  is the day it was done though spaCy tags the weekday into a name ("said in a Saturday Facebook post",
  "Saturday Facebook" a work of art: weekday_event); not a paper's or a show's name ("a Sunday Times interview").
- "July 23-August 8": a day number right after a month name is that month's day, not the next month's.
- "7/8 April", "April 7/8": two days with a slash by a month name are a range only when the second is the first
  + 1..6 and a day of that month, and, before the month, after a mark or a date's word (_day_pair_ok); otherwise
  ("won 3/4 May") the match is dropped and "4 May" stays.
- An optative "may" ("May this year bring") is dropped here, before selection, so "this year" in it stays.
- Of overlapping matches the longest wins, then the atom listed first in dates.json, then the earlier one.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from functools import lru_cache

from spacy.tokens import Doc, Span

from ..data import one_of
from ..normalize.periods import Direction, day_number, month_number, tables
from .date_patterns import Atom, Candidate, composers, gated
from .date_tense import tense
from .date_vetoes import optative_may

# the names the date finder's other modules import; the private ones kept the names they had in dates.py
__all__ = [
    "VETO_LABELS",
    "after_indefinite_article",
    "find_matches",
    "org_year_results",
    "select_matches",
    "tallied_holiday",
    "timeline_entry",
    "weekday_event",
]


# entity labels whose text is not a date even if a date word is in it ("Theresa May", "USA Today")
VETO_LABELS = {"PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "FAC", "NORP", "GPE", "LOC", "MONEY", "QUANTITY", "PERCENT"}


def _ents(ents: Sequence[Span], labels: set[str]) -> list[Span]:
    return [e for e in ents if e.label_ in labels]


def _inside(start: int, end: int, spans: list[Span]) -> bool:
    return any(s.start_char <= start and end <= s.end_char for s in spans)


def _case_ok(match: re.Match) -> bool:
    """Month, weekday and holiday words that are also common words ("may", "march", "sun", "thanksgiving") count only
    when capitalised, or with both a day number and a four-digit year: "30 mar 1943 – 08 jun 1943", a lower-case
    dateline, is a date; "you may 2", "march 5 miles", "could mar 2020" and "a day of national thanksgiving" are
    not."""
    groups = match.groupdict()
    if _day_and_year(groups):
        return not _season_in_name(match)
    for key in ("m", "wd", "hol"):
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


def find_matches(doc: Doc, text: str) -> list[Candidate]:
    hits = [(order, atom, m) for order, atom in gated(text) for m in atom.regex.finditer(text)]
    if not hits:
        return []  # most blocks: no need to read the entities
    found, ents = [], doc.ents  # spaCy builds Doc.ents and Doc.text anew on each read
    date_ents, veto = _ents(ents, {"DATE", "TIME"}), _ents(ents, VETO_LABELS)
    for order, atom, m in hits:
        s, e = m.span()
        e -= _stop_after_month(m)
        possessed = _possessor_glued(text, s, e, veto)  # "Essid’s 2015 visit": a time, as a DATE entity's year is
        possessed = possessed or org_year_results(doc, text, s, e)  # "Skoda Auto 2019 deliveries": the results' year
        named = (
            _inside(s, e, veto)
            and not _cue_glued(text, s, e, veto)
            and not possessed
            and not _holiday_on(doc, text, atom, s, e, veto)
            and not _tallied_holiday(doc, atom, s, e, veto)
            and not (atom.kind == "weekday" and weekday_event(doc, text, s, e))
        )
        if not _case_ok(m) or (_vetoable(atom, m) and named and not _inside(s, e, date_ents)):
            continue
        if _day_of_month_before(text, m) or not _day_pair_ok(m):
            continue
        lenient = (_inside(s, e, date_ents) or possessed) and not atom.context_always
        cued = lenient or _year_of_event(text, m) or _timeline_year(text, m) or _cited_year(text, m)
        if atom.context and not cued and not atom.context.search(text[max(0, s - 30) : s]):
            continue
        candidate = Candidate(s, e, atom, {k: v for k, v in m.groupdict().items() if v}, order)
        if not optative_may(doc, candidate):  # dropped before selection: "this year" in "May this year bring" stays
            found.append(candidate)
    return found


@lru_cache(maxsize=1)
def _event_year_cues() -> tuple[re.Pattern, re.Pattern]:
    """ "a "/"an " right before a bare year; up to two words (no conjunction or preposition: "a 2015 or older
    MacBook Pro") and a lower-case noun of an event (dates.json year_event_nouns) right after it."""
    nouns = one_of(tables()["year_event_nouns"])
    before = re.compile(r"(?:^|[^\w-])(?:[Aa]n?)[^\S\n]+$")
    words = r"(?:(?!(?:or|and|to|through|of)\b)[A-Za-z][a-z-]*[^\S\n]+){0,2}"
    return before, re.compile(rf"[^\S\n]+{words}(?:{nouns})(?![\w-])")


def _bare_year(m: re.Match) -> bool:
    """The match is a year alone, nothing else of a date."""
    year = m.groupdict().get("y")
    return bool(year) and m.group(0) == year


def _year_of_event(text: str, m: re.Match) -> bool:
    """ "in a 2015 police sweep": a bare year (the year atom's only group) between "a" and an event noun. Not a
    round hundred nor one before the bare years' earliest (bare_year_bounds): "a 2000 word report", "a 1500 word
    essay" count words."""
    if not _bare_year(m) or int(m.group(0)) % 100 == 0 or int(m.group(0)) < tables()["bare_year_bounds"]["earliest"]:
        return False
    before, after = _event_year_cues()
    return bool(before.search(text, max(0, m.start() - 4), m.start()) and after.match(text, m.end()))


# a timeline's entry: a line that opens with a year, a dash or a colon and a capitalised word
_TIMELINE_ENTRY = re.compile(r"[^\S\n]*[-–—:][^\S\n]+[A-Z]")
# what follows a journal citation's year: a semicolon, a volume, an issue in brackets maybe, a colon and pages,
# numbered or an article's locator: "e011092", or the BMJ's letter and number ("g5293", "i1216")
_CITED_AFTER = re.compile(r";[^\S\n]?[0-9]{1,4}(?:[^\S\n]?\([0-9A-Za-z -]{1,12}\))?:[^\S\n]?(?:[0-9eE]|[A-Za-z][0-9])")


def _timeline_year(text: str, m: re.Match) -> bool:
    """ "1939 - President Franklin D. Roosevelt moves Thanksgiving Day one week earlier": a bare year opening a line
    before a dash or a colon and a capitalised word is a timeline's entry, the year its time, whatever label the
    model gives it (here CARDINAL); "2019 - 2020" (a digit after the dash) is no entry."""
    return _bare_year(m) and timeline_entry(text, m.start(), m.end())


def timeline_entry(text: str, start: int, end: int) -> bool:
    """The text from start to end opens its line, before a dash or a colon and a capitalised word: where a
    timeline's entry puts its year ("1789 - President George Washington issues a proclamation")."""
    at_line_start = start == 0 or text[start - 1] == "\n"
    return at_line_start and _TIMELINE_ENTRY.match(text, end) is not None


def _cited_year(text: str, m: re.Match) -> bool:
    """ "Arthritis Care Res (Hoboken). 2015;72(6):984–91.": a bare year right before a semicolon, a volume, an
    optional issue in brackets and a colon with pages (a journal citation in Vancouver style) is the year the paper
    came out, its own cue; so is one whose pages are an article's locator ("BMJ. 2016;352:i1216."). The volume and
    pages are no dates (date_vetoes.not_a_year)."""
    return _bare_year(m) and _CITED_AFTER.match(text, m.end()) is not None


def _stop_after_month(m: re.Match) -> int:
    """1 when the match ends in a full stop right after a month name written out: "walk out on 23 December." ends
    its sentence there, the stop is no part of the date (after "Dec." it is the abbreviation's)."""
    month = m.groupdict().get("m")
    return int(month is not None and m.end() == m.end("m") + 1 and m.group().endswith(".") and _written_out(month))


def _written_out(month: str) -> bool:
    """A month's full name ("December", "May"), not an abbreviation ("Dec", "Sept")."""
    names = tables()["months"]
    return len(month) == max(len(w) for w, n in names.items() if n == names[month.lower()])


def _day_of_month_before(text: str, m: re.Match) -> bool:
    """ "July 23-August 8": a day number right after a month name is that month's day, not the next month's."""
    g = m.groupdict()
    if not (g.get("m") and g.get("d") and m.start("d") == m.start() < m.start("m")):
        return False
    return bool(composers()["month_before_day"].search(text, max(0, m.start() - 12), m.start()))


def _day_pair_ok(m: re.Match) -> bool:
    """ "7/8 April", "April 7/8": a slash between two days before or after a month name is a range of days (a
    weekend, a meeting) only when the second is the first + 1..6 and both are days of that month (February's 29th
    counted), and one before its month only after a mark, a weekday or a word that puts a date after it
    (day_pair_before in dates.json): "won 3/4 May", a fraction or a score, is no pair; its "4 May" is read as it
    was."""
    g = m.groupdict()
    if not g.get("slash"):
        return True
    month, first, second = month_number(g["m"]), day_number(g["d"]), day_number(g["d2"])
    if not (month and first and second and 1 <= second - first <= 6 and second <= calendar.monthrange(2000, month)[1]):
        return False
    if m.start("m") < m.start("d"):
        return True  # "April 7/8": the month before makes the numbers days
    before = m.string[max(0, m.start() - 30) : m.start()]
    return bool(composers()["day_pair_before"].search(before))  # "won 3/4 May": a fraction or a score


def _cue_glued(text: str, start: int, end: int, veto: list[Span]) -> bool:
    """ "a circa-1860 edifice": spaCy reads a year glued by a hyphen to its cue (one word) as a name (FAC); an entity
    holding nothing but one word, its hyphen and the year is that word, no name (the cue itself is year_context's)."""
    holding = [x for x in veto if x.start_char <= start and end <= x.end_char]
    return bool(holding) and all(
        x.end_char == end and re.fullmatch(r"[A-Za-z]+-", text[x.start_char : start]) for x in holding
    )


def _possessor_glued(text: str, start: int, end: int, veto: list[Span]) -> bool:
    """ "Essid’s 2015 visit", "Obama’s 2015 visit": spaCy may read a year after a name's possessive (a curly
    apostrophe above all) as the name's end (PERSON); an entity that ends with the year right after the possessive
    "'s" is the possessor's name and the year of what is his, a time, needing no context word, as a year spaCy tags
    a DATE does ("Obama's 2015 visit", straight). A year only: "Macy’s Thanksgiving Day Parade" keeps its holiday in
    the name."""
    holding = [x for x in veto if x.start_char <= start and end <= x.end_char]
    return (
        bool(holding)
        and YEAR_ONLY.fullmatch(text[start:end]) is not None
        and all(x.end_char == end and _POSSESSOR.fullmatch(text[x.start_char : start]) for x in holding)
    )


def org_year_results(doc: Doc, text: str, start: int, end: int) -> bool:
    """ "Volkswagen's Skoda Auto 2019 deliveries dip to 1.24 million cars": a bare year between a company's name (an
    ORG entity that ends at the year or right before it) and a lower-case noun of results or measures
    (name_year_results_nouns, results_nouns, year_values_nouns in dates.json) is the year those results are of, as
    after the possessive ("Skoda's 2019 deliveries"), though spaCy reads the year into the name. A name no ORG holds
    ("Football Manager 2020 sales", "Euro 2020 revenues": a product's, an event's) keeps the year as its number."""
    if YEAR_ONLY.fullmatch(text[start:end]) is None:
        return False
    noun = re.match(r"[^\S\n]+([a-z]+)\b", text[end : end + 30])
    if noun is None or noun[1] not in _results_nouns():
        return False
    orgs = [x for x in doc.ents if x.label_ == "ORG" and x.start_char < start]
    # the ORG holds the year as its end, or ends in the blanks right before it
    return any(x.end_char == end or (x.end_char <= start and not text[x.end_char : start].strip()) for x in orgs)


@lru_cache(maxsize=1)
def _results_nouns() -> frozenset[str]:
    t = tables()
    return frozenset((*t["name_year_results_nouns"], *t["results_nouns"], *t["year_values_nouns"]))


# a bare year in digits; a name ending in a possessive and a blank ("Essid’s ")
YEAR_ONLY = re.compile(r"(?:1[5-9]|20)\d\d")
_POSSESSOR = re.compile(r"[A-Z][\w.'’-]*(?:[^\S\n]+[A-Z][\w.'’-]*)*['’]s[^\S\n]+")


def _holiday_on(doc: Doc, text: str, atom: Atom, start: int, end: int, veto: list[Span]) -> bool:
    """ "the photo, which was taken on Easter": spaCy may tag a holiday's name alone as a name (here FAC); an entity
    holding nothing but the holiday's words, right after "on" in a clause told in the past, is the day a thing
    happened on. One that holds more is a name the holiday is part of ("Easter Island", "the Good Friday
    Agreement"); one in a kind ("an Easter present"), a custom ("is held on Holy Saturday") or a span of days ("deaths
    ... over Easter since records began") stays vetoed."""
    if atom.kind != "holiday" or not re.search(r"\bon[^\S\n]+$", text[max(0, start - 4) : start], re.I):
        return False
    holding = [x for x in veto if x.start_char <= start and end <= x.end_char]
    if not all(x.start_char == start and x.end_char == end for x in holding):
        return False
    return tense(doc, start, end) == Direction.PAST


def weekday_event(doc: Doc, text: str, start: int, end: int) -> bool:
    """ "said in a Saturday Facebook post": spaCy may tag a weekday and the capitalised name after it as one name
    ('Saturday Facebook', a work of art); a weekday after "a" or "an", one or two capitalised words and a lower-case
    noun of a thing done once (weekday_event_nouns in dates.json: a post, a statement, an interview), in a clause
    told in the past, is the day it was done, as "in a Saturday statement" is. Not where the word after the weekday
    makes a name with it ("a Sunday Times interview", "a Saturday Night Live sketch": weekday_name_words,
    time_of_day_words), nor in a clause of no past ("a Saturday Facebook post is planned") where "a" may mean any.
    date_names.in_name asks it too: the weekday is no word of that name."""
    found = _weekday_event_cues()[1].match(text, end)
    if not after_indefinite_article(text, start) or found is None:
        return False
    t = tables()
    if found.group(1) in t["weekday_name_words"] or found.group(1) in t["time_of_day_words"]:
        return False
    return tense(doc, start, end) == Direction.PAST


def after_indefinite_article(text: str, start: int) -> bool:
    """ "a "/"an " (no word or hyphen glued before it) right before the character at start: "in a Saturday post"."""
    return _weekday_event_cues()[0].search(text, max(0, start - 4), start) is not None


@lru_cache(maxsize=1)
def _weekday_event_cues() -> tuple[re.Pattern, re.Pattern]:
    """ "a "/"an " right before a weekday; one or two capitalised words (the first captured) and a lower-case noun of
    a thing done once (dates.json weekday_event_nouns) right after it."""
    nouns = one_of(tables()["weekday_event_nouns"], spaced=True)
    before = re.compile(r"(?:^|[^\w-])(?:[Aa]n?)[^\S\n]+$")
    name = r"[A-Z][\w'’&.-]*"
    return before, re.compile(rf"[^\S\n]+({name})(?:[^\S\n]+{name})?[^\S\n]+(?:{nouns})(?![\w-])")


def _tallied_holiday(doc: Doc, atom: Atom, start: int, end: int, veto: list[Span]) -> bool:
    """ "The national Easter road toll sits at 19": spaCy may tag a holiday's name alone as a place (LOC, FAC:
    holiday_place_labels in dates.json); set before a noun of a tally (holiday_tally_heads) it counts what happened
    over the story's holiday (tallied_holiday), so an entity holding nothing but its words vetoes nothing there.
    "Easter Island" (the entity holds more), "an Easter present" and "deaths over Easter since records began" stay
    vetoed."""
    if atom.kind != "holiday":
        return False
    holding = [x for x in veto if x.start_char <= start and end <= x.end_char]
    labels = tables()["holiday_place_labels"]
    if not holding or not all(x.start_char == start and x.end_char == end and x.label_ in labels for x in holding):
        return False
    span = doc.char_span(start, end)
    return span is not None and tallied_holiday(span)


def tallied_holiday(span: Span) -> bool:
    """A holiday set before a noun of a tally, maybe with other nouns between ("Easter road toll": the toll of that
    Easter)."""
    word = span.root
    return word.dep_ == "compound" and word.head.i > word.i and word.head.lower_ in tables()["holiday_tally_heads"]


def _vetoable(atom: Atom, m: re.Match) -> bool:
    """Only word-like matches can be part of a name ("USA Today", "Sunday Times"); "Dec-2018" cannot."""
    return atom.context is not None or not any(ch.isdigit() for ch in m.group(0))


def select_matches(found: list[Candidate]) -> list[Candidate]:
    """Longest first, earlier atoms first on ties; no overlaps."""
    chosen: list[Candidate] = []
    for c in sorted(found, key=lambda c: (c.start - c.end, c.order, c.start)):
        if all(c.end <= o.start or o.end <= c.start for o in chosen):
            chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)
