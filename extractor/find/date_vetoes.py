"""Date-shaped text that is no date of the article: a kind of thing ("winter wheat"), an idiom ("at the end of the
day"), any day ("throughout the day"), a model number ("RTX 2060"), a house number or a model year ("the 2016
MacBook Pro"), a year that ends a name ("Football Manager 2020") or a law's title ("the Citizenship (Amendment) Act,
2019") or, quoted, a work's ("the film “1917”"), or opens a work's title ("from 2001: A Space Odyssey to ..."),
or numbers a bond ("its 2025 notes"), a season of advice, habit or riddle ("protect them during the winter"), a
stretch of the week a story told in the past ("continued to sign up subscribers throughout the week").
find_dates drops a candidate any of these accept; the word lists are in dates.json.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..data import load
from ..nlp import span_at, text_of
from ..normalize.periods import Direction, Period, tables, weekday_number
from .count_context import street_follows
from .date_patterns import Candidate, composers, spaces
from .date_tense import tense

__all__ = [
    "title_case",
    "bare_year_token",
    "ends_name",
    "holiday_title",
    "ends_law_title",
    "quoted_title_year",
    "year_title",
    "generic_season",
    "generic_for_the_day",
    "generic_throughout",
    "story_week",
    "measure_decade",
    "generic_today",
    "glued_digits",
    "in_name",
    "month_pair",
    "optative_may",
    "model_year_alone",
    "generic_day",
    "idioms",
    "in_idiom",
    "model_number",
    "model_year_rx",
    "names_model",
    "names_instrument",
    "names_kind",
    "split_fiscal_year",
    "not_a_time",
    "not_a_year",
]


def names_kind(text: str, c: Candidate) -> bool:
    """ "winter wheat", "Christmas cards": a season or holiday before one of the nouns of its kind_heads (dates.json),
    without a year or shift word, is a kind of thing."""
    heads = tables()["kind_heads"].get(c.atom.kind)
    if not heads or c.parts or c.groups.keys() & {"y", "y2", "shift", "shift2"}:
        return False
    nxt = re.match(r"[^\S\n]+([a-z]+)\b", text[c.end : c.end + 30], re.I)
    return nxt is not None and nxt.group(1).lower() in heads


@lru_cache(maxsize=1)
def _split_fiscal_rx() -> re.Pattern:
    return re.compile(tables()["split_fiscal_year"], re.I)


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


def generic_day(text: str, c: Candidate, previous: list[tuple[str, Period]]) -> bool:
    """ "Drinking water throughout the day", "binge eating later in the day": "the day" inside a span of time, with no
    day named before it in the article, is any day, not the reference date. After a word of a whole day's span
    (span_day in dates.json: "throughout the day", "over the day") it is the hours of a day, a generic time, even
    after a day was named ("seen wearing layers throughout the day as Tuesday's temperatures felt ...")."""
    if c.atom.kind != "this_period" or c.groups.get("unit", "").lower() != "day" or c.parts:
        return False
    before = text[max(0, c.end - 40) : c.end]
    if composers()["span_day"].search(before):
        return True
    if any(granularity == "day" for granularity, _ in previous):
        return False
    return bool(composers()["generic_day"].search(before))


def generic_throughout(doc: Doc, c: Candidate) -> bool:
    """ "The Tennis Podcast is produced weekly throughout the year": "throughout the week/month/year" (generic_period
    in dates.json) in a sentence of habit (habit_words) is any such period; "prices rose throughout the year" stays."""
    if c.atom.kind != "this_period" or c.parts or c.groups.get("the", "").lower() != "the":
        return False
    text = text_of(doc)
    if not re.search(tables()["generic_period"], text[max(0, c.start - 20) : c.end], re.I):
        return False
    span = span_at(doc, c.start, c.end)
    sentence = span.sent if span is not None and doc.has_annotation("SENT_START") else doc[:]
    low = f" {sentence.text.lower()} "
    return any(f" {w} " in low for w in tables()["habit_words"])


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


def story_week(doc: Doc, c: Candidate) -> bool:
    """ "the company continued to sign up additional subscribers throughout the week" (story_week in dates.json): in a
    past clause, the stretch of the week the story tells, not a week the page's date gives; "Rain is expected
    throughout the week" looks ahead from the page and keeps its week. find_in_block records it as an unresolved
    week, so that no "that day" after it counts from a day named before it."""
    if c.atom.kind != "this_period" or c.parts or c.groups.get("the", "").lower() != "the":
        return False
    if not re.search(tables()["story_week"], text_of(doc)[max(0, c.start - 20) : c.end], re.I):
        return False
    return tense(doc, c.start, c.end) == Direction.PAST


def model_number(text: str, c: Candidate, ref: dt.date | None) -> bool:
    """ "the RTX 2060", "GTX 1660 Ti": a bare year taken on spaCy's word alone (no context word before it) that is
    not a plausible year (bare_year_bounds in dates.json) is a model number."""
    if set(c.groups) != {"y"} or c.atom.context is None or c.since or c.mod or c.parts:
        return False
    if c.atom.context.search(text[max(0, c.start - 30) : c.start]):
        return False
    bounds, year = tables()["bare_year_bounds"], int(c.groups["y"])
    return year < bounds["earliest"] or year > (ref or dt.date.today()).year + bounds["ahead"]


@lru_cache(maxsize=1)
def model_year_rx() -> tuple[re.Pattern, re.Pattern]:
    t = tables()
    heads = "|".join(re.escape(h) for h in sorted(t["model_year_heads"], key=len, reverse=True))
    preps = "|".join(re.escape(p) for p in t["model_year_prepositions"])
    return (
        re.compile(rf"[^\S\n]+(?:[\w-]+[^\S\n]+){{0,3}}?(?:{heads})(?![\w-])"),
        re.compile(rf"\b(?i:{preps})[^\S\n]+\Z"),
    )


def not_a_time(text: str, c: Candidate) -> bool:
    """A bare year that is a house number ('of 1119 Eighth St.') or a quantity ('1200 g', year_unit_after): it
    names a place or an amount, no time of the article (a model year: names_model)."""
    if set(c.groups) != {"y"} or c.since or c.mod or c.parts:
        return False
    if re.match(tables()["year_unit_after"], text[c.end : c.end + 12]):
        return True  # "1200 g whole chicken", "a 2000 calorie diet": a quantity
    street = street_follows(text, c.end)
    return bool(street and street.split()[-1] not in tables()["year_before_street_words"])


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
    if c.atom.kind != "holiday" or c.parts or c.groups.keys() & {"y", "shift", "shift2"}:
        return False
    t = tables()
    after = re.match(t["holiday_title_after"], text[c.end : c.end + 60])
    if after is None or after["name"].lower().rstrip(".") in (*t["months"], *t["weekdays"]):
        return False
    before = re.search(r"([\w-]+)[^\S\n]+of[^\S\n]+\Z|\blike[^\S\n]+\Z", text[max(0, c.start - 40) : c.start], re.I)
    return before is not None and (before[1] or "").lower() not in t["holiday_of_time_nouns"]


def ends_name(doc: Doc, text: str, c: Candidate) -> bool:
    """ "Football Manager 2020", "Windows Server 2019", "Euro 2020 qualifying": a bare year that numbers the
    capitalised name right before it is part of a title or a product, not a time; "Prime Day 2019", "Worldwide
    Developers Conference 2010" (name_year_date_heads in dates.json: days and events whose edition the year names),
    "WWDC 2005" (an acronym's edition) and "Fiscal 2020" (a context word before the year) stay dates."""
    if set(c.groups) != {"y"} or c.since or c.mod or c.parts:
        return False
    if c.atom.context is not None and c.atom.context.search(text[max(0, c.start - 30) : c.start]):
        return False
    span = span_at(doc, c.start, c.end)
    if span is None or len(span) != 1 or span[0].i == 0:
        return False
    year, head = span[0], span[0].head
    if _names_group(doc, year):
        return True
    return (
        year.dep_ == "nummod"
        and head.i == year.i - 1
        and head.pos_ in ("PROPN", "NOUN")
        and head.text[:1].isupper()
        and head.text not in tables()["name_year_date_heads"]
        and not (head.text.isupper() and len(head.text) > 1)  # "WWDC 2005", "CES 2020": an event's edition
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
    "Football Manager 2020" is (ends_name), not a time of the article. A quoted year with no such noun before it
    ("he said “2020”") is left to the other rules."""
    if set(c.groups) != {"y"} or c.since or c.mod or c.parts:
        return False
    if not re.match(r"[,.!?]?[\"”’']", text[c.end : c.end + 2]):
        return False
    return bool(_quoted_title_rx().search(text, max(0, c.start - 40), c.start))


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


def generic_season(doc: Doc, c: Candidate) -> bool:
    """ "Give Them Some Extra TLC During Winter", "the peak blooms are typically in the spring", "winter
    temperatures", "What falls in winter but never gets hurt?": a season without a year or shift word, in advice (an
    imperative or "you"), in a habit (habit_words in dates.json), in a timeless question or describing a noun, is any
    such season, not one of the calendar."""
    if c.atom.kind != "season" or c.parts or c.since or c.groups.keys() != {"season"}:
        return False
    t, text = tables(), text_of(doc)
    before = text[max(0, c.start - 20) : c.start]
    if re.match(t["season_day_after"], text[c.end : c.end + 4]) or re.search(t["season_day_before"], before):
        return True  # "Spring 15", "On the 4th of Winter": a day counted in a season is a game's calendar
    span = span_at(doc, c.start, c.end)
    if span is None:
        return False
    word = span[-1]
    if word.dep_ in ("compound", "amod", "nmod") and word.head.pos_ == "NOUN" and word.head.i > word.i:
        # "winter temperatures", "a summer treat"; but "their Autumn meetings" is one season's meetings
        return not any(ch.dep_ == "poss" for ch in word.head.children)
    sentence = span.sent if doc.has_annotation("SENT_START") else doc[:]
    low = f" {sentence.text.lower()} "
    if any(f" {w} " in low for w in t["habit_words"]) or _timeless_question(sentence):
        return True
    return _imperative(sentence.root) or any(
        ch.dep_ == "nsubj" and ch.lower_ == "you" for verb in word.ancestors for ch in verb.children
    )


def _timeless_question(sentence: Span) -> bool:
    """ "What falls in winter but never gets hurt?", "What does a book do in the winter?": a question opened by a
    wh-word whose verb is in the simple present (alone or after "do") asks of any such season, as a riddle does;
    "What happened in the summer?" (past) and "When will it open in the spring?" (a modal) ask of one."""
    if not sentence.text.rstrip().endswith("?") or sentence[0].tag_ not in ("WP", "WRB", "WDT"):
        return False
    root = sentence.root
    aux = [ch for ch in root.children if ch.dep_ in ("aux", "auxpass")]
    if not aux:
        return root.tag_ in ("VBZ", "VBP")
    return root.tag_ == "VB" and all(a.lower_ in ("do", "does") for a in aux)


def _imperative(root: Token) -> bool:
    """ "Give them ...", "In spring, wait until ...": a bare verb heading its sentence with no subject."""
    children = list(root.children)
    return root.tag_ == "VB" and not any(ch.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass") for ch in children)


def glued_digits(text: str, c: Candidate) -> bool:
    """ "Gecko/20100101 Firefox/65.0", "build20191119": a date written in six or more bare digits, glued to a slash or
    to letters, is part of a code, a version string or a path, not a date of the article."""
    written = text[c.start : c.end]
    if len(written) < 6 or not written.isdigit():
        return False
    before, after = text[c.start - 1 : c.start] if c.start else "", text[c.end : c.end + 1]
    return before == "/" or before.isalpha() or after == "/" or after.isalpha()


def generic_for_the_day(doc: Doc, text: str, c: Candidate) -> bool:
    """ "Wakes up for the day", "always stop by his office to exchange notes for the day": "for the day" in a habit
    (habit_words in dates.json) or on a present-tense verb is any day; "schools closed for the day" is that day."""
    if c.atom.kind != "this_period" or c.groups.get("unit", "").lower() != "day" or c.parts:
        return False
    if not re.search(tables()["generic_for_the_day"], text[max(0, c.end - 20) : c.end], re.I):
        return False
    span = span_at(doc, c.start, c.end)
    if span is None:
        return False
    sentence = span.sent if doc.has_annotation("SENT_START") else doc[:]
    low = f" {sentence.text.lower()} "
    if any(f" {w} " in low for w in tables()["habit_words"]):
        return True
    verb = next((t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if _closed_for_the_day(text, c, verb):
        return True
    return (
        verb is not None
        and verb.tag_ in ("VBZ", "VBP")
        and not any(ch.dep_ in ("aux", "auxpass") for ch in verb.children)
    )


def _closed_for_the_day(text: str, c: Candidate, verb: Token | None) -> bool:
    """ "a protest that closed more than half of the state's school districts for the day": "for the day" ending a
    clause on a verb of closing or calling off (closed_for_the_day_verbs in dates.json) says how long the closure
    lasts, the whole day, a stretch of hours like "throughout the day", not which day (the sentence names that)."""
    if verb is None or verb.text.lower() not in tables()["closed_for_the_day_verbs"] or verb.idx > c.start:
        return False  # "For the day, the Nikkei closed down 6.4 percent": fronted, it says on which day
    return re.match(r"[^\S\n]*(?:[.,;:!?)\"'”’]|\Z|(?:and|but)\b)", text[c.end : c.end + 10]) is not None


def generic_today(doc: Doc, c: Candidate) -> bool:
    """ "the galaxies we observe today", "the business I have today", "the world of today", "There's very little left
    of this spirit today", "to get to where we are today" (nowadays_state_before), "recording methods today achieve"
    (a kind, _kind_now), "Get in touch with Jill today!": "today" meaning nowadays (see nowadays_verbs in dates.json)
    or in a call to action is no day; "launches today", "said today" and "today's vote" stay."""
    if c.atom.kind != "deictic" or c.groups.get("word", "").lower() != "today" or c.parts:
        return False
    if re.search(tables()["nowadays_state_before"], text_of(doc)[max(0, c.start - 40) : c.start], re.I):
        return True  # "to get to where we are today": the state things are in now
    span = span_at(doc, c.start, c.end)
    if span is None or len(span) != 1:
        return False
    word, t = span[0], tables()
    head = word.head
    if head.lower_ == "of" and head.head.i < word.i and head.head.pos_ in ("NOUN", "PROPN"):
        return head.head.pos_ == "PROPN" or head.head.lower_ in t["nowadays_heads"]  # "the world of today"
    if word.dep_ == "poss":
        return _nowadays_possessor(word)
    if head.lower_ == "than" or any(ch.lower_ in t["nowadays_adverbs"] for ch in (*word.children, *head.children)):
        return True  # "far less decent than today", "is still healthy today", "even today"
    if head.pos_ not in ("VERB", "AUX"):
        # "Today, America's most invidious social divides ... are nearly identical": the parse may hang a fronted
        # "today" on the subject; its verb is the clause's
        subject = head.dep_ in ("nsubj", "nsubjpass") and head.head.pos_ in ("VERB", "AUX")
        return subject and (_kind_now(word, head.head) or (head.i > word.i and _fronted_state(word, head.head)))
    if _present(head) and _what_is_left(head):
        return True
    if _kind_now(word, head):
        return True
    if head.i < word.i:
        return _nowadays_clause(head) or _call_to_action(doc, word)
    return _fronted_state(word, head)


def _kind_now(word: Token, verb: Token) -> bool:
    """ "Conventional magnetic recording methods today achieve 1.14Tb", "Most cars today run on petrol": "today"
    between a bare plural subject (a kind: no determiner, possessive or number) and its verb in the simple plural
    present tells how things of that kind stand nowadays; "The methods today achieve", "Apple today announced",
    "Shoppers today faced" and "Officials today say" (nowadays_kind_event_verbs, report_verbs) tell of one day."""
    if verb.tag_ != "VBP" or verb.i != word.i + 1 or any(ch.dep_ in ("aux", "auxpass") for ch in verb.children):
        return False
    if verb.lower_ in tables()["report_verbs"] or verb.lower_ in tables()["nowadays_kind_event_verbs"]:
        return False  # "Officials today say", "Workers today announce": the day's words or events
    subject = word.doc[word.i - 1] if word.i else None
    if subject is None or subject.tag_ != "NNS" or subject.dep_ != "nsubj" or subject.head != verb:
        return False
    return not any(ch.dep_ in ("det", "poss", "nummod") for ch in subject.children)


def _present(verb: Token) -> bool:
    """A verb in the simple present, with no auxiliary ("spend", "is"), or after a present modal ("can", "may")."""
    aux = [ch for ch in verb.children if ch.dep_ in ("aux", "auxpass")]
    if not aux:
        return verb.tag_ in ("VBZ", "VBP")
    return verb.tag_ == "VB" and all(a.lower_ in tables()["modal_ahead"] for a in aux)


def _what_is_left(verb: Token) -> bool:
    """ "There's very little left of this spirit today": a present "there is" whose thing is what is left
    (nowadays_remaining_words in dates.json) says what has lasted to the present."""
    if not any(ch.dep_ == "expl" for ch in verb.children):
        return False
    words = set(tables()["nowadays_remaining_words"])
    return any(t.lower_ in words for ch in verb.children if ch.dep_ in ("attr", "nsubj", "acomp") for t in ch.subtree)


def _nowadays_possessor(word: Token) -> bool:
    """ "today's world", "today's uncertainties" (nowadays_heads in dates.json), "today's landscape users" (a head word
    among the compounds), "today's Democratic Party" (a name: a body or a thing that lasts, as it is now); not
    "today's vote"."""
    head, heads = word.head, tables()["nowadays_heads"]
    if head.pos_ == "PROPN" and not title_case(text_of(word.doc)):
        return True
    compounds = [ch.lower_ for ch in head.children if ch.dep_ == "compound" and ch.i > word.i]
    return head.lower_ in heads or any(c in heads for c in compounds)


def _fronted_state(word: Token, verb: Token) -> bool:
    """ "Today, plague infections are rare", "Today he carries Fox's beers": "today" set before a present-tense
    clause that states how things stand (nowadays_verbs, or a verb with no event: no object and no particle) opens a
    contrast with the past; "Today, Apple is making donations", "Today we filed" and "Today sees the advent" tell
    the day's events."""
    if not (word.i == 0 or word.is_sent_start) or word.dep_ != "npadvmod" or verb.tag_ not in ("VBZ", "VBP"):
        return False
    if any(ch.dep_ in ("aux", "auxpass") for ch in verb.children):
        return False
    return verb.lower_ in tables()["nowadays_fronted_verbs"]


def _nowadays_clause(verb: Token) -> bool:
    """ "(the galaxies) we observe today", "(consoles) that exist today", "as it is today", "where we are today": a
    relative or comparing clause on a verb of being, having or seeing in the simple or progressive present; a verb
    of existing (nowadays_existence_verbs) in any clause: "What launch vehicles exist today", "doesn't exist today"."""
    t = tables()
    relative = verb.dep_ == "relcl" or any(
        ch.dep_ in ("mark", "advmod") and ch.lower_ in ("as", "where") and ch.i < verb.i for ch in verb.children
    )
    if not (relative or verb.lower_ in t["nowadays_existence_verbs"]) or verb.lower_ not in t["nowadays_verbs"]:
        return False
    aux = [ch for ch in verb.children if ch.dep_ in ("aux", "auxpass")]
    if not aux:
        return verb.tag_ in ("VBZ", "VBP")
    if verb.tag_ == "VB" and all(a.lower_ in ("do", "does") for a in aux):
        return True  # "(technology) that doesn't fully exist today"
    return verb.tag_ == "VBG" and all(a.tag_ in ("VBZ", "VBP") for a in aux)  # "we're experiencing", not "we've"


def _call_to_action(doc: Doc, word: Token) -> bool:
    """ "Get in touch with Jill today!", "Sign up ... today to get the newsletter": "today" on an imperative, through
    verbs without a subject of their own, in the last sentence of its block and outside quotes; a sentence headed by
    a verb of call_to_action_verbs anywhere in its block (see _urges_reader)."""
    sentence = word.sent if doc.has_annotation("SENT_START") else doc[:]
    if any(t.text in '"“”' for t in sentence):
        return False
    if _urges_reader(sentence):
        return True
    if any(not t.is_punct and not t.is_space for t in doc[sentence.end :]):
        return False
    verb = word.head
    while verb.i != verb.head.i:
        if verb.tag_ not in ("VB", "VBG") or any(ch.dep_ in ("nsubj", "nsubjpass", "expl") for ch in verb.children):
            return False
        verb = verb.head
    return _imperative(verb)


def _urges_reader(sentence: Span) -> bool:
    """ "Call today for a free quote.", "Get the latest news ... by joining our WhatsApp community today.": a sentence
    headed by an imperative of call_to_action_verbs (dates.json), with no clock time, urges whoever reads it, on any
    day, wherever it stands."""
    root = sentence.root
    urged = root.lower_ in tables()["call_to_action_verbs"] and _imperative(root)
    if not (urged or _invitation(root)):
        return False
    return not re.search(r"\d(?::\d\d)?\s*(?:[ap]\.?m\b|o'clock)", sentence.text, re.I)


def _invitation(root: Token) -> bool:
    """ "You can start using pathlib today": a verb of beginning (invitation_verbs) whose subject is "you" and whose
    only auxiliary is a modal of ability (invitation_modals) invites the reader to begin now, as an imperative does;
    "you could have started" and "they can start" say when someone did or may."""
    t = tables()
    if root.lower_ not in t["invitation_verbs"] or root.tag_ != "VB":
        return False
    if not any(ch.dep_ == "nsubj" and ch.lower_ == "you" for ch in root.children):
        return False
    aux = [ch.lower_ for ch in root.children if ch.dep_ in ("aux", "auxpass")]
    return len(aux) == 1 and aux[0] in t["invitation_modals"]


def bare_year_token(doc: Doc, c: Candidate) -> Token | None:
    """The one token of a bare year ("2016", with no month, shift word, range or qualifier), else None."""
    if set(c.groups) != {"y"} or c.since or c.mod or c.parts:
        return None
    span = span_at(doc, c.start, c.end)
    return span[0] if span is not None and len(span) == 1 else None


def not_a_year(text: str, c: Candidate) -> bool:
    """Date-shaped numbers that are no dates: "2003;149(5):1018–22", "2009;325:1705-8" (pages after a citation's
    volume and colon) and "single-core scores increased from 1061 to 1128" (bare years after a verb of change,
    year_levels in change_verbs.json: the levels of a quantity)."""
    if re.search(r"[\d)]:[ \u00a0]?\Z", text[max(0, c.start - 3) : c.start]) and text[c.start : c.start + 1].isdigit():
        return True
    groups = set().union(*(p.groups.keys() for p in c.parts or [c]))
    if not groups or not groups <= {"y", "y2"} or c.mod or c.since:
        return False
    return bool(_change_rx().search(text, max(0, c.start - 30), c.start))


@lru_cache(maxsize=1)
def _change_rx() -> re.Pattern:
    words = "|".join(re.escape(w) for w in load("change_verbs")["year_levels"])
    return re.compile(rf"\b(?i:{words})[^\S\n]+(?:(?i:from)[^\S\n]+)?\Z")


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
        return bool(re.search(r"[^\W_][^\S\n]+\Z", before)) or _names_show(text, c, before)
    prefix = re.search(r"([A-Z][a-z]+)[^\S\n]+\Z", before)
    if prefix and prefix.group(1) in tables()["weekday_name_prefixes"]:
        return True
    return _names_noun_after(doc, c) or _listed_name(text, c, before)


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


def _names_noun_after(doc: Doc, c: Candidate) -> bool:
    """The weekday is a compound of the capitalised noun right after it (through "Night", "Morning", ...), and no
    preposition of time or sentence start before it says it is the day: "Saturday Millionaires", "Monday Night
    Foodball"; not "On Saturday Smith scored"."""
    span = span_at(doc, c.start, c.end)
    if span is None or len(span) != 1:
        return False
    word, t = span[0], tables()
    if word.i == 0 or word.is_sent_start or doc[word.i - 1].lower_ in t["time_prepositions"]:
        return False
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
    that year, not a time; "in 2016", "the 2016 election" and "the 2008 model year" are years."""
    year = bare_year_token(doc, c)
    if year is None:
        return False
    after = doc[year.i + 1 : year.i + 3]
    if after and after[0].lower_ in tables()["model_year_nouns"]:
        return len(after) < 2 or after[1].lower_ != "year"
    ends_phrase = not after or after[0].pos_ in ("PUNCT", "AUX", "ADP", "CCONJ", "SCONJ")
    return ends_phrase and any(ch.dep_ == "det" and ch.lower_ == "the" for ch in year.children)


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
