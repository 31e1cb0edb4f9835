"""A year or a day word inside a name or a title, no date of the article.

Decisions:
- A bare year that numbers a name is part of it, not a time: a year that ends a name ("Football Manager 2020"; each
  later year of a list it opens too: "Kali 2019 and 2018", versions of one product) or a
  law's title ("the Citizenship (Amendment) Act, 2019") or, quoted, a work's ("the film “1917”"), or opens a work's
  title ("from 2001: A Space Odyssey to ..."), or numbers a bond ("its 2025 notes").
- A bare month inside a quoted phrase in title case right after a possessive name or a noun of a work ("John
  Okrent's “Two Days in March,”") is a word of the work's title; a quoted speech ("“... cuts in November so far,”")
  is not in title case and keeps its month.
  A year between a company's name (an ORG) and a noun of its results ("Skoda Auto 2019 deliveries":
  date_matches.org_year_results) is the results' year, no number of the name.
- A model number ("RTX 2060") or a model year ("the 2016 MacBook Pro") names a product.
- A holiday that begins a capitalised title ("Christmas at Pee-wee's Playhouse") names a show, a film or a book.
- A holiday before a head noun that names an accord, an event, a place or a figure ("The Good Friday Agreement", "the
  Easter Rising", "Christmas Island") is part of that name.
- A holiday that modifies a verbless line of capitalised nouns ("15-Minute Halloween Dance Workout") names a title's
  theme; a headline with a verb ("More Black Friday Deals Are Live") keeps its day.
- A capitalised day word inside a run of capitalised words ("Medical News Today", "Super Tuesday") names a paper, a
  show, a book or an event, and so does one listed after a comma among capitalised titles ("Da Ya Think I'm Sexy,
  Tonight's The Night, The First Cut Is The Deepest"); a block in title case says nothing this way (title_case), a
  byline does; a weekday that dates a thing done once ("in a Saturday Facebook post": date_matches.weekday_event)
  stays a day.
- A bare month that opens a from-to range whose other end is a capitalised name and no date ("from August in New
  Orleans to Le Bernardin in New York") is the name of one of the things ranged over, not a month.
- find_dates drops a candidate any of these accept; the word lists are in dates.json.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from itertools import takewhile

from spacy.tokens import Doc, Token

from ..data import one_of
from ..nlp import span_at
from ..normalize.periods import tables, weekday_number
from .date_frames import YEAR_NUMBER
from .date_matches import org_year_results, timeline_entry, weekday_event
from .date_patterns import Candidate
from .date_vetoes import bare_year_token

__all__ = [
    "title_case",
    "ends_name",
    "short_year_in_name",
    "holiday_title",
    "holiday_name",
    "holiday_theme",
    "ends_law_title",
    "quoted_title_year",
    "quoted_title_month",
    "person_surnames",
    "surname_month",
    "year_title",
    "in_name",
    "model_year_alone",
    "model_number",
    "model_year_rx",
    "names_model",
    "names_instrument",
    "month_in_name_range",
]


def model_number(doc: Doc, text: str, c: Candidate, ref: dt.date | None) -> bool:
    """ "the RTX 2060", "GTX 1660 Ti": a bare year taken on spaCy's word alone (no context word before it) that is
    not a plausible year (bare_year_bounds in dates.json) is a model number; unless, an earlier year, it heads a
    timeline's entry (_entry_clause)."""
    if set(c.groups) != {"y"} or c.atom.context is None or c.since or c.mod or c.parts:
        return False
    if c.atom.context.search(text[max(0, c.start - 30) : c.start]):
        return False
    bounds, year = tables()["bare_year_bounds"], int(c.groups["y"])
    if year > (ref or dt.date.today()).year + bounds["ahead"]:
        return True
    return year < bounds["earliest"] and not _entry_clause(doc, text, c, year)


def _entry_clause(doc: Doc, text: str, c: Candidate, year: int) -> bool:
    """ "1789 - President George Washington issues a proclamation naming November 26 a day of national
    thanksgiving": a year from timeline_year_earliest on (dates.json) that opens its line before a dash or a colon
    and a clause with a finite verb is that entry's time, as the later years of the list are. A heading with no verb
    ("1400 - Lunch", a schedule's 24-hour time) stays no year."""
    if year < tables()["timeline_year_earliest"] or not timeline_entry(text, c.start, c.end):
        return False
    span = span_at(doc, c.start, c.end)
    if span is None:
        return False
    line_end = text.find("\n", c.end)
    line = takewhile(lambda t: line_end < 0 or t.idx < line_end, doc[span.end :])
    return any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in line)


@lru_cache(maxsize=1)
def model_year_rx() -> tuple[re.Pattern, re.Pattern]:
    t = tables()
    heads = one_of(t["model_year_heads"])
    preps = "|".join(re.escape(p) for p in t["model_year_prepositions"])
    return (
        re.compile(rf"[^\S\n]+(?:[\w-]+[^\S\n]+){{0,3}}?(?:{heads})(?![\w-])"),
        re.compile(rf"\b(?i:{preps})[^\S\n]+\Z"),
    )


def _years_only(c: Candidate) -> bool:
    """A bare year ("2016") or a range of two ("2016 through 2019"), with no month, shift word or qualifier."""
    if c.since or c.mod:
        return False
    return all(set(p.groups) == {"y"} and not (p.since or p.mod or p.parts) for p in c.parts or [c])


def names_model(text: str, c: Candidate) -> bool:
    """ "the original 2016 MacBook Pro", "the 2016 through 2019 MacBook Pro", "with 2020 LC500", "a 2019 sedan",
    "on the 2016-style keyboard": a year or a range of years that names a product (see _model_year_product_comment
    in dates.json) is no time of the article; "in 2019 Apple sold" (a preposition before it) and "the 2019 G20
    summit" stay dates."""
    if not _years_only(c):
        return False
    t, (head, prep) = tables(), model_year_rx()
    if prep.search(text, max(0, c.start - 15), c.start):
        return False
    if re.match(t["model_year_style_after"], text[c.end : c.end + 10]):
        return True  # "the 2016-style keyboard": the design of that year's model
    end = c.end
    era = re.match(t["model_year_era_after"], text[end : end + 10])
    if era:
        end += era.end()  # "the 2016-era MacBook Pro"
    if head.match(text, end):
        return True
    code = re.match(t["model_code"], text[end : end + 40])
    if code:
        return (code.group("next") or "").lower() not in t["model_code_event_after"]
    noun = re.match(r"[^\S\n]+([\w-]+)(?:[^\S\n]+(\w+))?", text[end : end + 40])
    if noun is None:
        return False
    if noun.group(1).lower() in t["model_year_nouns"]:
        return (noun.group(2) or "").lower() != "year"  # "the 2012 through 2015 model", not "the 2008 model year"
    return noun.group(1) in t["model_year_product_nouns"]


def holiday_title(text: str, c: Candidate) -> bool:
    """ "a holiday special in the vein of Christmas at Pee-wee's Playhouse": a holiday that begins a capitalised title
    (a preposition and a capitalised name after it, holiday_title_after in dates.json), set after "of" or "like" on a
    word that is no time of it (holiday_of_time_nouns), names a show, a film or a book, not the day, as the year of
    "Euro 2020" names the tournament (ends_name). "spend Christmas at Mar-a-Lago" (no "of") and "the week of
    Christmas at Mar-a-Lago" (a time of it) stay dates."""
    if not _bare_holiday(c):
        return False
    t = tables()
    after = re.match(t["holiday_title_after"], text[c.end : c.end + 60])
    if after is None or after["name"].lower().rstrip(".") in (*t["months"], *t["weekdays"]):
        return False
    before = re.search(r"([\w-]+)[^\S\n]+of[^\S\n]+\Z|\blike[^\S\n]+\Z", text[max(0, c.start - 40) : c.start], re.I)
    return before is not None and (before[1] or "").lower() not in t["holiday_of_time_nouns"]


def holiday_name(text: str, c: Candidate) -> bool:
    """ "The Good Friday Agreement", "the Easter Rising", "Christmas Island", "the Easter Bunny": a bare holiday right
    before a head noun of holiday_name_heads (dates.json), written in the holiday's own case (capitalised after
    "Christmas"; "the christmas truce of 1914" on a page that writes names in lower case), is part of the name of an
    accord, an event of some past year, a place or a figure, not the day. A noun of something held on the day
    ("Christmas Day", "Easter Vigil", "Christmas Market", "Thanksgiving Day Parade") is no such head: a date."""
    if not _bare_holiday(c):
        return False
    after = re.match(r"[^\S\n]+([\w-]+)", text[c.end : c.end + 40])
    if after is None or after[1].lower() not in tables()["holiday_name_heads"]:
        return False
    return after[1][0].isupper() == text[c.start : c.end].lstrip()[0].isupper()


def _bare_holiday(c: Candidate) -> bool:
    """A holiday with no year, shift word or parts of its own ("Christmas", not "Christmas 2019" or "next Easter")."""
    return c.atom.kind == "holiday" and not c.parts and not c.groups.keys() & {"y", "shift", "shift2"}


def holiday_theme(doc: Doc, text: str, c: Candidate) -> bool:
    """ "15-Minute Halloween Dance Workout", "Christmas Gift Guide": a holiday that modifies a run of two or more
    capitalised nouns closing a line of its own, a title with no verb and no closing stop (a video's, a product's,
    a guide's), names the theme, not the day. A headline with a verb ("More Black Friday Deals Are Live"), a holiday
    ending the line ("Happy Thanksgiving") or one noun after it ("Thanksgiving Day Parade") stays a date."""
    if not _bare_holiday(c):
        return False
    start, end = text.rfind("\n", 0, c.start) + 1, text.find("\n", c.end)
    span = span_at(doc, start, len(text) if end < 0 else end)
    line = [t for t in span or () if not t.is_space]
    if not line or any(t.pos_ in ("VERB", "AUX") for t in line) or line[-1].is_punct:
        return False
    after = [t for t in line if t.idx >= c.end]
    return len(after) >= 2 and all(t.pos_ in ("NOUN", "PROPN") and t.text[:1].isupper() for t in after)


def ends_name(doc: Doc, text: str, c: Candidate) -> bool:
    """ "Football Manager 2020", "Windows Server 2019", "Euro 2020 qualifying": a bare year that numbers the
    capitalised name right before it is part of a title or a product, not a time, and so is each later year of a list
    it opens ("Kali 2019 and 2018": the name's other versions); "Prime Day 2019", "Worldwide
    Developers Conference 2010" (name_year_date_heads in dates.json: days and events whose edition the year names),
    "WWDC 2005" (an acronym's edition), "Fiscal 2020" (a context word before the year) and "Skoda Auto 2019
    deliveries" (a company's results of the year: date_matches.org_year_results) stay dates."""
    if set(c.groups) != {"y"} or c.since or c.mod or c.parts:
        return False
    span = span_at(doc, c.start, c.end)
    if span is None or len(span) != 1 or span[0].i == 0:
        return False
    year = span[0]
    first = _first_listed_year(doc, year)  # "Kali 2019 and 2018": the context is the list's, before its first year
    if c.atom.context is not None and c.atom.context.search(text[max(0, first.idx - 30) : first.idx]):
        return False
    if _names_group(doc, year):
        return True
    if org_year_results(doc, text, c.start, c.end):
        return False  # "Skoda Auto 2019 deliveries": the year of the company's results, not its name's number
    head = _numbered_name(doc, first)
    return (
        head is not None
        and head.pos_ in ("PROPN", "NOUN")
        and head.text[:1].isupper()
        and head.text not in tables()["name_year_date_heads"]
        and not (head.text.isupper() and len(head.text) > 1)  # "WWDC 2005", "CES 2020": an event's edition
    )


def _first_listed_year(doc: Doc, year: Token) -> Token:
    """ "Kali 2019 and 2018", "Windows Server 2016, 2019 or 2022": the first of a list of bare years joined by "and",
    "or" or commas, the year itself when it opens none. The later years number the same name the first one ends (the
    name's other versions or editions), so they are read by that name."""
    while year.i >= 2 and doc[year.i - 1].lower_ in _YEAR_LIST_JOINS and _bare_year(doc, doc[year.i - 2]):
        year = doc[year.i - 2]
    if year.i >= 3 and doc[year.i - 1].lower_ in _YEAR_LIST_JOINS and doc[year.i - 2].text == ",":
        if _bare_year(doc, doc[year.i - 3]):
            return _first_listed_year(doc, doc[year.i - 3])  # "2016, 2019, and 2022": the serial comma
    return year


_YEAR_LIST_JOINS = (",", "and", "or", "&")


def _bare_year(doc: Doc, token: Token) -> bool:
    """A year number that no month, season, weekday or holiday dates ("March 2018 and 2019" lists dates, not
    versions)."""
    before = doc[token.i - 1].lower_.rstrip(".") if token.i else ""
    return YEAR_NUMBER.fullmatch(token.text) is not None and before not in _date_words()


def _numbered_name(doc: Doc, year: Token) -> Token | None:
    """The word right before a year that the year numbers: its head ("Windows Server 2019"), or a proper noun the
    parse hung the year past onto the phrase before ("In another first for the industry-leading shows, Gisec and
    IoTX 2018 will be opened to the public": 2018 an apposition of "shows", yet the number of "IoTX")."""
    before = doc[year.i - 1]
    if year.dep_ == "nummod" and year.head.i == before.i:
        return before
    return before if year.dep_ == "appos" and before.pos_ == "PROPN" else None


def short_year_in_name(text: str, c: Candidate) -> bool:
    """ "followed by Kukiz '15 on 8.5 percent": an apostrophe year glued after a capitalised name word is part of the
    name (a party, a band, an event: "Euro '96"), as the year of "Football Manager 2020" is (ends_name). A month, a
    season, a weekday or a holiday before it ("June '15", "Spring '19", "Christmas '15") dates it, and so does a
    word of name_year_date_heads in dates.json ("Class '85", "Budget '15": the edition the year names)."""
    if set(c.groups) != {"yy"} or c.since or c.mod or c.parts:
        return False
    before = re.search(r"(?<![\w'’-])([A-Z][\w-]*)[^\S\n]+\Z", text[max(0, c.start - 40) : c.start])
    if before is None:
        return False
    word = before[1]
    return word.lower().rstrip(".") not in _date_words() and word not in tables()["name_year_date_heads"]


@lru_cache(maxsize=1)
def _date_words() -> frozenset[str]:
    """The words that date a year after them (months, weekdays, seasons, holidays), lower-cased: "June '15",
    "March 2018"."""
    t = tables()
    return frozenset(
        w.lower()
        for w in (
            *t["months"],
            *t["weekdays"],
            *t["seasons"],
            *t["holidays"],
            *t["floating_holidays"],
            *t["easter_holidays"],
        )
    )


def _names_group(doc: Doc, year: Token) -> bool:
    """ "The Mariachi Mexico 2020 quartet plays every other Sunday": a bare year between a capitalised proper name and
    a noun of a group of performers (name_group_nouns in dates.json) is in the group's name. Not after a possessive
    or a determiner ("Heart's 1987 album", "the 2020 Olympics") nor at a sentence's start."""
    if year.i + 1 >= len(doc) or doc[year.i + 1].lower_ not in tables()["name_group_nouns"]:
        return False
    before = doc[year.i - 1]
    return (
        not year.is_sent_start
        and before.pos_ == "PROPN"
        and before.text[:1].isupper()
        and before.tag_ != "POS"
        and not before.text.endswith(("'s", "’s"))
    )


@lru_cache(maxsize=1)
def _law_title_rx() -> re.Pattern:
    words = "|".join(re.escape(w) for w in tables()["law_title_words"])
    # a capitalised word or a closing bracket before the law word: the end of a title, not "the Act, 2020 ..."
    return re.compile(rf"(?:\b(?!(?:The|This|That|An?)\b)[A-Z][\w'’-]*|\))[^\S\n]+(?:{words}),?[^\S\n]+\Z")


def ends_law_title(text: str, c: Candidate) -> bool:
    """ "The Essential Commodities (Amendment) Act, 2020", "the Data Protection Act 2018": a bare year right after the
    word that closes a capitalised law's or document's title (law_title_words in dates.json) is part of its name, as
    the year of "Football Manager 2020" is (ends_name), not a time of the article."""
    if set(c.groups) != {"y"} or c.since or c.mod or c.parts:
        return False
    return bool(_law_title_rx().search(text, max(0, c.start - 60), c.start))


@lru_cache(maxsize=1)
def _quoted_title_rx() -> re.Pattern:
    nouns = "|".join(re.escape(w) for w in tables()["title_work_nouns"])
    return re.compile(rf"\b(?:{nouns}),?[^\S\n]+[\"“‘']\Z", re.I)


def quoted_title_year(text: str, c: Candidate) -> bool:
    """ "immersive World War One film “1917,” the big winner": a bare year alone inside quotes right after a noun of
    a work (title_work_nouns in dates.json: film, album, book, ... or "titled") is the work's name, as the year of
    "Football Manager 2020" is (ends_name), not a time of the article; so is one right after a year's or a capitalised
    name's possessive ("2008’s “Fearless” and 2014’s “1989.”", "Prince's “1999”": the work of that year or maker). A
    quoted year with no such noun before it ("he said “2020”", "in “1989” the wall fell") is left to the other
    rules."""
    if set(c.groups) != {"y"} or c.since or c.mod or c.parts:
        return False
    if not re.match(r"[,.!?]?[\"”’']", text[c.end : c.end + 2]):
        return False
    before = text[max(0, c.start - 40) : c.start]
    return any(rx.search(before) for rx in (_quoted_title_rx(), _YEAR_POSSESSIVE_QUOTE, _POSSESSIVE_QUOTE))


# a year's possessive right before an opening quotation mark ("2014’s “"): the work of that year; a name's possessive
# is _POSSESSIVE_QUOTE below
_YEAR_POSSESSIVE_QUOTE = re.compile(r"\b\d{4}['’]s[^\S\n]+[\"“]\Z")


def quoted_title_month(text: str, c: Candidate) -> bool:
    """ "dispatches from physician-poets (John Okrent's “Two Days in March,” Amit Majmudar's ...)": a bare month inside
    a quoted phrase in title case (two words or more, every word of four letters or more capitalised) right after a
    possessive name or a noun of a work (title_work_nouns in dates.json: poem, song, book, ... or "titled") is a word
    of the work's name, not a time of the article. A quoted speech ("“we met in March,” she said") is not in title
    case and stays a date."""
    if set(c.groups) != {"m"} or c.since or c.mod or c.parts:
        return False
    opening = max(text.rfind(q, max(0, c.start - 60), c.start) for q in '“"')
    closing = _QUOTE_CLOSE.match(text, c.end)
    if opening < 0 or closing is None:
        return False
    words = re.findall(r"[A-Za-z][\w'’-]*", text[opening + 1 : closing.end()])
    if len(words) < 2 or not words[0][0].isupper() or any(w[0].islower() for w in words if len(w) > 3):
        return False
    before = text[max(0, opening - 40) : opening + 1]
    return bool(_quoted_title_rx().search(before) or _POSSESSIVE_QUOTE.search(before))


# the rest of a quoted phrase after a word in it, up to its closing quotation mark
_QUOTE_CLOSE = re.compile(r"[^“”\"\n]{0,60}?[”\"]")

# a capitalised name's possessive right before an opening quotation mark ("John Okrent's “")
_POSSESSIVE_QUOTE = re.compile(r"\b[A-Z][\w-]*(?:['’]s|s['’])[^\S\n]+[\"“]\Z")


def person_surnames(docs: list[Doc]) -> frozenset[str]:
    """The last words of the article's full personal names ("Theresa May", "Brian May"), as written."""
    return frozenset(
        e[-1].text for doc in docs for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 and e[-1].is_title
    )


def surname_month(doc: Doc, c: Candidate, surnames: frozenset[str]) -> bool:
    """ "British Prime Minister Theresa May has blamed the Russian government ... May has received strong backing
    from the United States": a bare capitalised month that is the last name of a person the article names in full
    (person_surnames) and is a verb's subject is that person, not the month. "May saw a rise in sales" in a story
    that names no one May stays the month."""
    if set(c.groups) != {"m"} or c.parts or c.since or c.mod or c.groups["m"] not in surnames:
        return False
    span = span_at(doc, c.start, c.end)
    return span is not None and len(span) == 1 and span[0].dep_ in ("nsubj", "nsubjpass")


def year_title(text: str, c: Candidate) -> bool:
    """ "In movies from 2001: A Space Odyssey to Event Horizon": a bare year inside a sentence followed by a colon, an
    article and a capitalised word (year_title_after in dates.json) opens a work's title, as the year of "Football
    Manager 2020" ends one (ends_name). A year that opens its line ("2019: The Year in Review", a heading) and
    "by 2024: one for the test flight" stay dates."""
    if set(c.groups) != {"y"} or c.since or c.mod or c.parts:
        return False
    line_start = text.rfind("\n", 0, c.start) + 1
    if not re.search(r"\w", text[line_start : c.start]):
        return False
    return bool(re.match(tables()["year_title_after"], text[c.end : c.end + 30]))


def names_instrument(doc: Doc, text: str, c: Candidate) -> bool:
    """ "WeWork's 2025 bond", "its 2027 senior notes": a bare year that numbers a bond or a note (instrument_nouns in
    dates.json) names the instrument by the year it falls due, as the year of "the 2016 MacBook Pro" names a model
    (names_model): no time of the article's events. "in 2020 bonds rallied" (a preposition before it) stays."""
    if model_year_rx()[1].search(text, max(0, c.start - 15), c.start):
        return False
    year = bare_year_token(doc, c)
    if year is None or year.dep_ != "nummod":
        return False
    head = year.head
    return head.pos_ == "NOUN" and 0 < head.i - year.i <= 3 and head.lower_ in tables()["instrument_nouns"]


def in_name(doc: Doc, text: str, c: Candidate) -> bool:
    """ "Medical News Today", "CBS This Morning", "Her newest book Saturday Millionaires", "the Sunday Times",
    "Super Tuesday": a capitalised day word inside a run of capitalised words names a paper, a show, a book or an
    event, not a day (words that start a day's name: weekday_name_prefixes in dates.json). A title in title case
    says nothing this way, but a byline does even in title case ("Written by Miami Today on November 7, 2023")."""
    if c.parts or c.groups.keys() & {"shift", "wshift"} or c.atom.kind not in ("deictic", "weekday"):
        return False
    written = text[c.start : c.end]
    if not written[:1].isupper():
        return False
    before = text[max(0, c.start - 40) : c.start]
    if c.atom.kind == "deictic" and _byline_name(text[text.rfind("\n", 0, c.start) + 1 : c.start]):
        return True  # "Written by Miami Today on November 7, 2023": title case or not, the byline names the author
    if title_case(text):
        return False
    if c.atom.kind == "deictic":
        # "Miami Today", not "said. Today" or "“Today"
        return (
            bool(re.search(r"[^\W_][^\S\n]+\Z", before))
            or _names_show(text, c, before)
            or _listed_title(text, c, before)
        )
    prefix = re.search(r"([A-Z][a-z]+)[^\S\n]+\Z", before)
    if prefix and prefix.group(1) in tables()["weekday_name_prefixes"]:
        return True
    return _names_noun_after(doc, text, c) or _listed_name(text, c, before)


def _listed_title(text: str, c: Candidate, before: str) -> bool:
    """ "hits such as Maggie May, Sailing, Baby Jane, Da Ya Think I'm Sexy, Tonight's The Night, The First Cut Is The
    Deepest and You're In My Heart": a capitalised day word right after a comma that follows a capitalised word, and
    itself followed by more capitalised words ("Tonight's The Night") or by the list going on (", Let It Be"), is a
    listed title's word, not a day; "Yesterday, it was announced" (a sentence's start) stays."""
    if not re.search(r"[A-Z][\w'’-]*[^\S\n]*,[^\S\n]+\Z", before):
        return False
    return re.match(r"(?:['’]s)?[^\S\n]+[A-Z]|[^\S\n]*(?:,|and\b)[^\S\n]+[A-Z]", text[c.end : c.end + 20]) is not None


def _listed_name(text: str, c: Candidate, before: str) -> bool:
    """ "They included Johnson & Johnson, Nestlé, Hulu, Jos. A. Bank, Jenny Craig, Ruby Tuesday and Miracle-Ear.": a
    weekday that ends a capitalised name, listed between commas or "and" with other capitalised names, is a name's
    word (a chain's, a band's); "Gov. Jay Inslee Tuesday announced" (a verb after it) and "Monday, Tuesday and
    Friday" (a day word before it) stay days."""
    word = re.search(r"(?:,|\band)[^\S\n]+([A-Z][\w'’-]*)[^\S\n]+\Z", before)
    if word is None or weekday_number(word.group(1)) is not None or word.group(1).lower() in _day_words():
        return False
    return re.match(r"[^\S\n]*(?:,|and\b)[^\S\n]+[A-Z]", text[c.end : c.end + 20]) is not None


@lru_cache(maxsize=1)
def _day_words() -> frozenset[str]:
    """Words that may stand right before a listed weekday and leave it a day: months, prepositions of time."""
    return frozenset([*tables()["months"], *tables()["time_prepositions"]])


def _byline_name(line: str) -> bool:
    """ "Written by Miami Today", "By USA Today": a line that opens with "by" (after a verb of authorship, byline_verbs
    in dates.json) and one to three capitalised words right before the capitalised deictic is a byline, whose
    capitalised run is the name of the author, a paper; a headline's "Bill Passed by Senate Today" opens no line so.
    `line` is the text of the line up to the deictic."""
    verbs = "|".join(tables()["byline_verbs"])
    rx = rf"[^\S\n]*(?:(?i:{verbs})[^\S\n]+)?[Bb]y(?:[^\S\n]+[A-Z][\w.&'’-]*){{1,3}}[^\S\n]+"
    return re.fullmatch(rx, line) is not None


def _names_show(text: str, c: Candidate, before: str) -> bool:
    """ "told NBC News' Today show", "on NBC's Today", "Today show host Savannah Guthrie": a capitalised deictic right
    after a possessive, or right before a noun of a broadcast (show_name_nouns in dates.json), is a show's name. At a
    sentence's start only "show"/"program(me)" after it say so ("Today hosts ..." may be a verb)."""
    if re.search(r"\w(?:['’]s|s['’])[^\S\n]+\Z", before):
        return True
    after = re.match(r"[^\S\n]+([a-z][a-z-]*)\b", text[c.end : c.end + 20])
    if after is None or after.group(1) not in tables()["show_name_nouns"]:
        return False
    starts = not before.strip() or re.search(r"[.!?:\"“‘'(\n][^\S\n]*\Z", before) is not None
    return not starts or after.group(1) in ("show", "program", "programme")


def _names_noun_after(doc: Doc, text: str, c: Candidate) -> bool:
    """The weekday is a compound of the capitalised noun right after it (through "Night", "Morning", ...), and no
    preposition of time or sentence start before it says it is the day: "Saturday Millionaires", "Monday Night
    Foodball"; not "On Saturday Smith scored", nor a weekday that dates a thing done once ("said in a Saturday
    Facebook post": date_matches.weekday_event)."""
    span = span_at(doc, c.start, c.end)
    if span is None or len(span) != 1:
        return False
    word, t = span[0], tables()
    if word.i == 0 or word.is_sent_start or doc[word.i - 1].lower_ in t["time_prepositions"]:
        return False
    if weekday_event(doc, text, c.start, c.end):
        return False  # "said in a Saturday Facebook post": the day of the post, the name after it another's
    head = word.head
    if word.dep_ != "compound" or head.i <= word.i or head.text in t["time_of_day_words"]:
        return False
    return all(token.text[:1].isupper() for token in doc[word.i + 1 : head.i + 1])


def title_case(text: str) -> bool:
    """A block whose longer words are nearly all capitalised: a headline in title case."""
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", text) if len(w) > 2]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def model_year_alone(doc: Doc, c: Candidate) -> bool:
    """ "more key travel than the 2016, but less than the 2012", "Apple did in the 2016", "the 2016 model": a bare
    year that heads its own noun phrase after "the", or names a model (model_year_nouns in dates.json), is a thing of
    that year, not a time; "in 2016", "the 2016 election", "the 2018 or 2022 World Cups" (a year joined to the next
    shares its noun) and "the 2008 model year" are years."""
    year = bare_year_token(doc, c)
    if year is None:
        return False
    after = doc[year.i + 1 : year.i + 3]
    if after and after[0].lower_ in tables()["model_year_nouns"]:
        return len(after) < 2 or after[1].lower_ != "year"
    ends_phrase = not after or after[0].pos_ in ("PUNCT", "AUX", "ADP", "CCONJ", "SCONJ")
    # "the 2018 or 2022 World Cups": a year joined to the next year shares that year's noun
    shared = len(after) == 2 and after[0].pos_ == "CCONJ" and YEAR_NUMBER.fullmatch(after[1].text) is not None
    return ends_phrase and not shared and any(ch.dep_ == "det" and ch.lower_ == "the" for ch in year.children)


_NAME_RANGE_AFTER = re.compile(
    r"\A(?:[^\S\n]+(?:in|at)[^\S\n]+[A-Z][\w.'’-]*(?:[^\S\n]+[A-Z][\w.'’-]*){0,3})?,?[^\S\n]+to[^\S\n]+"
    r"(?P<name>[A-Z][\w'’.-]*)"
)


def month_in_name_range(doc: Doc, text: str, c: Candidate) -> bool:
    """ "Chef Jae Jung has worked in some of America's greatest restaurants, from August in New Orleans to Le Bernardin
    in New York": a bare month (no day, year or shift word) right after "from", whose range ends ("to", after an
    optional "in" or "at" a place) on a capitalised proper name that is no date (no month, weekday or DATE entity), is
    the name of one of the things ranged over (a restaurant), not a month; "from August to October" and "from August
    to Christmas" are ranges of time."""
    if c.atom.kind != "date" or c.parts or c.since or {k for k, v in c.groups.items() if v} != {"m"}:
        return False
    if not re.search(r"\bfrom[^\S\n]+\Z", text[max(0, c.start - 10) : c.start], re.I):
        return False
    m = _NAME_RANGE_AFTER.match(text[c.end : c.end + 120])
    if m is None:
        return False
    name = m.group("name").rstrip(".").lower()
    if name in tables()["months"] or weekday_number(name) is not None:
        return False
    start = c.end + m.start("name")
    span = span_at(doc, start, start + len(m.group("name")))
    if span is None:
        return False
    return all(t.pos_ == "PROPN" and t.ent_type_ not in ("DATE", "TIME") for t in span)
