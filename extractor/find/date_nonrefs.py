"""Date-shaped words that refer to no time at all: a year that is one group of a phone number or an id ("call 0800 1971
329"), a century that opens a name ("20th Century Fox"), a time of year every year has ("during the warm times of the
year"), a holiday or season a thing is suited to ("Perfect for Halloween") or every year's ("each and every year on
Black Friday") or the custom itself ("no national Thanksgiving Day", "Thanksgiving is a family holiday", "will be
observed as Thanksgiving Day", "holidays such as Easter", "moves Thanksgiving Day one week earlier") or its first time
("The first Thanksgiving is observed in Plymouth") or the season around it ("the Christmas shopping season"), a season a
verbless sentence gives one of a yearly count ("two phone calls a year. One in the spring, ..."), a holiday that names
the kind of a described thing ("the simple Halloween spiders are ready!"), a weekday's recurring part ("Friday nights
are filled with friends") or a kind it names ("sells jam at a Saturday market", "end Saturday publication"), a
period word that names a paper ("Subscribed to The Week?"), a value ("a total score of 2072"), a day of a generic
"you" ("the perfect start to the weekend" you've got yourself), "today" as the present era
("today's 3-D printers", "than any computer today", "today, but seven years ago"), "on the day" of any such event
("tickets are sold on the day"), the day of a maxim ("live for today") or of a general truth about a generic "you" ("if
you need a dollar today ..., you don't really have time"), the time of a habit ("April is when typically when campaigns
begin", "which is typically sown mid-November") or one called a kind of time ("April is a difficult time to make
predictions"), a month of a kind ranked by a superlative ("the warmest October ever"), a survey's look-back window ("how
often respondents used marijuana in the past month"), the months of every year's season or weather ("Peak hurricane
season runs August through October", "In November, the air gets cool"), a slogan's or a hypothetical's "tomorrow", a
counterfactual's "today" ("I'd probably be dead today"), the day word of an utterance imagined ("I can't say ‘...
give me until tomorrow?’"), a season of a likeness ("felt as though winter had descended": date_figurative.py) and
the lag of a share of a kind of people ("About half of rural residents who took out student loans still lived in a
rural area six years later": each one's six years from their own loan, a statistic, no time of the story) or of a
reader's choice ("If you choose to let Penny redecorate, 3 days later ... the bedroom will be redecorated"), and a count
of years back right after a word of comparison or a figure one opens ("compared with 12.2 percent a year earlier":
that figure's period a year back, a month or a quarter, which a year of null value would misstate).
find_dates drops a candidate no_reference accepts;
the vocabulary is in data/date_nonrefs.json (the era's nouns in dates.json, nowadays_heads, shared with
date_generic.generic_today; the weekday's kinds in dates.json, weekday_kind_nouns, beside the nouns of a thing done
once that keep it a day, weekday_event_nouns).
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..data import load, one_of
from ..nlp import span_at, text_of
from ..normalize.periods import tables
from .date_figurative import (
    after_determiner,
    counterfactual_today,
    figurative_day,
    figurative_season,
    hypothetical_tomorrow,
    imagined_utterance_day,
    noun_day,
    open_question_today,
    slogan_day,
)
from .date_frames import verb_above
from .date_matches import after_indefinite_article, tallied_holiday
from .date_names import title_case
from .date_patterns import Candidate
from .date_tense import present_alone

__all__ = [
    "compared_count_back",
    "kind_lag",
    "hypothetical_lag",
    "capitalised_period",
    "century_in_name",
    "any_day",
    "weekday_kind",
    "described_kind",
    "holiday_season_named",
    "founded_purpose_occasion",
    "generic_you_day",
    "habitual_time",
    "recurring_months",
    "recurring_occasion",
    "generic_occasion",
    "hypothetical_you_day",
    "maxim_day",
    "nowadays_comparison",
    "nowadays_contrast",
    "nowadays_possessed",
    "no_reference",
    "ranked_kind",
    "recall_window",
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
    return _bare_occasion_after(text, c, "suited_before", 30)


def yearly_share(doc: Doc, c: Candidate) -> bool:
    """ "we'd get reliably two phone calls a year. One in the spring, before the global billionaires issue, ...": a
    bare season in a verbless sentence (its root no verb: a fragment), right after a sentence that counts things
    per year (yearly_count_before), names when one of them comes every year, not a season of the calendar. One with its
    own verb ("Each year they get a little bit earlier. It's currently mid-August.") tells of one time and keeps it."""
    if c.atom.kind != "season" or c.parts or c.since or c.mod or c.groups.keys() != {"season"}:
        return False
    span = span_at(doc, c.start, c.end)
    if span is None or not doc.has_annotation("SENT_START") or span.sent.start == 0:
        return False
    sent = span.sent
    if sent.root.pos_ in ("VERB", "AUX"):
        return False  # a sentence of its own clause, not a fragment that shares out the count
    before = doc[sent.start - 1].sent.text
    return bool(re.search(load("date_nonrefs")["yearly_count_before"], before, re.I))


def recurring_occasion(text: str, c: Candidate) -> bool:
    """ "as is the case each and every year on Black Friday": a holiday with no year or shift word right after
    "every year" and a preposition (recurring_occasion_before) is every year's such day, not a date."""
    return _bare_occasion_after(text, c, "recurring_occasion_before", 40)


def generic_occasion(doc: Doc, text: str, c: Candidate) -> bool:
    """ "There was no national Thanksgiving Day for several years", "Here's a look at Thanksgiving Day, celebrated in
    the United States on the fourth Thursday in November": a holiday with no year, shift word or part after "no"
    (generic_occasion_determiners: no such day is the custom not held), or defined by the rule of its yearly day right
    after it (generic_occasion_after), is the institution, no day. So is one said to be a kind of day ("Thanksgiving
    is a family holiday", _classed_occasion) or named by a verb of observance ("will be observed as Thanksgiving
    Day", _named_occasion) or changed by a verb of setting up, moving or ending a custom ("Roosevelt moves
    Thanksgiving Day one week earlier": generic_occasion_change_verbs), or set before a kind of day that many keep
    ("many states had Thanksgiving holidays", _occasion_kept_by_many). "We had a great Christmas" is that year's
    day, and "no Christmas party" (the holiday naming a kind of thing) is left to described_kind. The rule of a
    yearly day ("on the fourth Thursday in November") is no date either (_ruled_day)."""
    t = load("date_nonrefs")
    if _ruled_day(text, c, t["generic_occasion_rule"]):
        return True
    if c.atom.kind != "holiday" or c.parts or c.since or c.mod or c.groups.keys() & {"y", "y2", "shift", "shift2"}:
        return False
    if re.match(t["generic_occasion_after"], text[c.end : c.end + 120], re.I):
        return True
    span = span_at(doc, c.start, c.end)
    if span is not None and _occasion_kept_by_many(span, t):
        return True  # "many states had Thanksgiving holidays"
    if span is None or span.root.dep_ == "compound":
        return False
    if _classed_occasion(span, t) or _named_occasion(span, t["generic_occasion_naming_verbs"]):
        return True
    if span.root.dep_ == "dobj" and span.root.head.lower_ in t["generic_occasion_change_verbs"]:
        return True  # "Roosevelt moves Thanksgiving Day one week earlier": the custom itself is changed
    if _listed_occasion(span, t) or _first_occasion(doc, span, t):
        return True
    return after_determiner(doc, span.start, t["generic_occasion_determiners"])


def _occasion_kept_by_many(span: Span, t: dict) -> bool:
    """ "There was no national Thanksgiving Day for several years, but many states had Thanksgiving holidays.": a
    holiday set before a plural noun of a kind of day ("holidays", "celebrations": generic_occasion_kind_nouns) that
    a verb has as its object, the verb's subject a plural counted by a vague quantifier ("many states", "most
    countries": generic_occasion_many_words), is the custom as each of them kept it, over years, no one day. "The
    state had Thanksgiving holidays" (one keeper) and "many families had Christmas parties" (no noun of a kind of
    day) are left to the other rules."""
    noun = span.root.head
    if span.root.dep_ != "compound" or noun.i < span.end or noun.lower_ not in t["generic_occasion_kind_nouns"]:
        return False
    if noun.tag_ != "NNS" or noun.dep_ != "dobj":
        return False
    subjects = [ch for ch in noun.head.children if ch.dep_ == "nsubj" and ch.tag_ == "NNS"]
    return any(w.lower_ in t["generic_occasion_many_words"] for s in subjects for w in s.children)


def _first_occasion(doc: Doc, span: Span, t: dict) -> bool:
    """ "Fall 1621 - The first Thanksgiving is observed in Plymouth": a holiday right after "the first" (or "the
    inaugural", first_occasion_words) is the first time the custom was held, a historic event, not a day of the
    calendar. One counted from a time or a state named after it ("the first Christmas since the war", "the first
    Thanksgiving without her": first_occasion_not_after) is one year's day and stays."""
    before = [w.lower_ for w in doc[max(0, span.start - 3) : span.start]]
    if not any(" ".join(before[i:]) in t["first_occasion_words"] and before[i - 1 : i] == ["the"] for i in (1, 2)):
        return False
    after = doc[span.end] if span.end < len(doc) else None
    return after is None or after.lower_ not in t["first_occasion_not_after"]


def _ruled_day(text: str, c: Candidate, rule: str) -> bool:
    """ "October 3, 1863 - President Abraham Lincoln proclaims the last Thursday in November as a national day of
    thanksgiving", "Thanksgiving Day, celebrated ... on the fourth Thursday in November": a weekday or month inside an
    ordinal weekday of a month with no year after it (generic_occasion_rule) is part of the rule that sets a yearly
    day, no date of its own; "the first Saturday in May 2020" names that day and keeps its dates."""
    if c.parts or c.since or c.groups.keys() & {"y", "y2"}:
        return False
    window = max(0, c.start - 40)
    return any(
        m.start() + window <= c.start and c.end <= m.end() + window
        for m in re.finditer(rule, text[window : c.end + 40], re.I)
    )


def _classed_occasion(span: Span, t: dict) -> bool:
    """ "Thanksgiving is a family holiday", "Christmas is a time for giving": the holiday as the subject of a
    present-tense copula whose complement is an indefinite noun of a kind of day (generic_occasion_class_nouns) says
    what the custom is. "Christmas was a quiet day" (past) is that Christmas; "Easter is a day away"
    (generic_occasion_class_not_words) counts to the coming one."""
    verb = span.root.head  # no lemmas in the pipeline: an AUX with an attr is a copula
    if span.root.dep_ != "nsubj" or verb.pos_ != "AUX" or verb.tag_ not in ("VBZ", "VBP"):
        return False
    if any(w.lower_ in t["generic_occasion_class_not_words"] for w in verb.subtree):
        return False
    determiners = t["generic_occasion_class_determiners"]
    return any(
        ch.dep_ == "attr"
        and ch.lower_ in t["generic_occasion_class_nouns"]
        and any(d.dep_ == "det" and d.lower_ in determiners for d in ch.children)
        for ch in verb.children
    )


def _listed_occasion(span: Span, t: dict) -> bool:
    """ "Common holidays include Christmas, Thanksgiving, New Year's Day, Easter, and Independence Day", "on holidays
    such as Easter and Christmas": a holiday (or the first of the list it is joined to) given as an example of a kind
    of day (generic_occasion_kind_nouns), after "such as", "like" or "including" on that noun or as the object of
    "include" with that noun its subject, is the custom, no day."""
    word = span.root
    while word.dep_ == "conj" and word.head.i < word.i:
        word = word.head  # "Easter and Christmas": the list's first member is the one that hangs on the frame
    head = word.head
    kinds = t["generic_occasion_kind_nouns"]
    if word.dep_ == "pobj" and head.lower_ in t["generic_occasion_example_preps"]:
        such = head.lower_ != "as" or any(ch.lower_ == "such" for ch in head.children)
        return such and head.head.lower_ in kinds
    if word.dep_ == "dobj" and head.lower_ in t["generic_occasion_include_verbs"]:
        return any(ch.dep_ == "nsubj" and ch.lower_ in kinds for ch in head.children)
    return False


def _named_occasion(span: Span, verbs: list[str]) -> bool:
    """ "the fourth Thursday in November will be observed as Thanksgiving Day", "a day known as Boxing Day": the
    holiday as the object of "as" on a verb of naming or observance is the name a custom is given, no day; "as" of
    time ("shoppers cheered as Black Friday began") makes the holiday a clause's subject, not an object."""
    prep = span.root.head
    return span.root.dep_ == "pobj" and prep.lower_ == "as" and prep.head.lower_ in verbs


def _bare_occasion_after(text: str, c: Candidate, pattern: str, reach: int) -> bool:
    """A holiday or season (suited_kinds) with no year, shift word or part, whose `reach` characters before it
    match the date_nonrefs pattern `pattern`."""
    t = load("date_nonrefs")
    if c.atom.kind not in t["suited_kinds"] or c.parts or c.since or c.mod:
        return False
    if c.groups.keys() & {"y", "y2", "shift", "shift2"}:
        return False
    return bool(re.search(t[pattern], text[max(0, c.start - reach) : c.start], re.I))


def described_kind(doc: Doc, c: Candidate) -> bool:
    """ "the simple Halloween spiders are ready!", "obligatory Valentine's Day chocolate": a holiday with no year or
    shift word set before a noun, with an adjective before the holiday that describes that noun, names the kind of
    thing (a holiday's own name takes no adjective), not a date. A noun of time ("a successful Christmas period"),
    an adjective of time ("the next Christmas party", "the new Christmas menu") or a superlative ("the best Black
    Friday deals": this year's sale) keeps the date (described_* in date_nonrefs.json), and so does a noun of planning
    ("cancel indoor Thanksgiving plans": holiday_ahead_words in dates.json) and a noun of a tally ("The national Easter
    road toll sits at 19": date_matches.tallied_holiday)."""
    t = load("date_nonrefs")
    if c.atom.kind not in t["described_kinds"] or c.parts or c.since or c.mod:
        return False
    if c.groups.keys() & {"y", "y2", "shift", "shift2"}:
        return False
    span = span_at(doc, c.start, c.end)
    if span is None or span.root.dep_ not in ("compound", "poss", "nmod"):
        return False
    noun = span.root.head
    if noun.pos_ != "NOUN" or noun.i < span.end or noun.lower_ in t["described_time_heads"]:
        return False
    if noun.lower_ in tables()["holiday_ahead_words"]:
        return False  # "cancel indoor Thanksgiving plans": plans for the coming one
    if tallied_holiday(span):
        return False  # "The national Easter road toll": the tally of the story's Easter
    return any(_describing(word, span.start, t["described_time_adjectives"]) for word in noun.children)


def holiday_season_named(doc: Doc, c: Candidate) -> bool:
    """ "1939 - President Franklin D. Roosevelt moves Thanksgiving Day one week earlier to boost the Christmas shopping
    season", "the least expensive 70-inch TV during the Black Friday season": a holiday with no year, shift word or part
    set before a noun of season (holiday_season_heads, maybe with other nouns between) names the weeks of shopping or
    feasting around it, not its own day."""
    t = load("date_nonrefs")
    if c.atom.kind != "holiday" or c.parts or c.since or c.mod or c.groups.keys() & {"y", "y2", "shift", "shift2"}:
        return False
    span = span_at(doc, c.start, c.end)
    if span is None or span.root.dep_ != "compound":
        return False
    head = span.root.head
    return head.i > span.root.i and head.lower_ in t["holiday_season_heads"]


def founded_purpose_occasion(doc: Doc, c: Candidate) -> bool:
    """ "The Butterball Turkey Talk Line launched in 1981 to help home cooks make turkeys for Thanksgiving", "The
    charity was founded in 1990 to give children presents at Christmas": a holiday with no year, shift word or part in
    the purpose clause (a to-infinitive) of a verb of founding that has no object and is dated by a bare year ("in
    1981": the thing itself began then) is the day the founded thing serves every year, not one year's. A verb with an
    object ("launched an appeal last week to help families buy turkeys for Thanksgiving"), one dated finer than a year
    ("launched on Monday to raise money for Christmas") or no verb of founding ("returned a week later to spend
    Christmas with her mother") keeps the date."""
    t = load("date_nonrefs")
    if c.atom.kind != "holiday" or c.parts or c.since or c.mod or c.groups.keys() & {"y", "y2", "shift", "shift2"}:
        return False
    span = span_at(doc, c.start, c.end)
    if span is None or span.root.dep_ != "pobj" or span.root.head.lower_ not in t["founded_purpose_preps"]:
        return False
    verb = span.root.head.head
    while verb.lower_ not in t["founded_purpose_verbs"] and verb.dep_ in ("advcl", "xcomp", "ccomp", "conj"):
        verb = verb.head  # up the chain of clauses to the one that tells the founding
    if verb.lower_ not in t["founded_purpose_verbs"] or any(ch.dep_ == "dobj" for ch in verb.children):
        return False
    return _founding_year(verb) and any(_purpose_clause(ch) and ch.i < span.start for ch in verb.children)


def _purpose_clause(word: Token) -> bool:
    """A clause "to help home cooks ..." hanging on a verb: what the verb is done for."""
    return word.dep_ in ("advcl", "xcomp") and any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in word.children)


def _founding_year(verb: Token) -> bool:
    """The verb is dated by a bare year ("launched in 1981") and by nothing finer."""
    times = [p for p in verb.children if p.dep_ == "prep" and p.lower_ in ("in", "on")]
    pobjs = [w for p in times for w in p.children if w.dep_ == "pobj"]
    return any(w.like_num and len(w.text) == 4 for w in pobjs) and not any(not w.like_num for w in pobjs)


def _describing(word: Token, start: int, time_words: list[str]) -> bool:
    """An adjective of quality (not a superlative, not one of time) on the noun, set before the holiday."""
    return word.dep_ == "amod" and word.tag_ == "JJ" and word.i < start and word.lower_ not in time_words


def weekday_part(text: str, c: Candidate) -> bool:
    """ "Friday nights are filled with friends and fun", "on Sunday mornings": a weekday with no shift word before
    the plural of a part of the day is a recurring time."""
    if c.atom.kind != "weekday" or c.parts or c.groups.keys() & {"shift", "wshift"}:
        return False
    return bool(re.match(load("date_nonrefs")["weekday_part_plural"], text[c.end : c.end + 16], re.I))


def weekday_kind(doc: Doc, c: Candidate) -> bool:
    """ "She sells jam at a Saturday market", "They run a Friday night football league", "McClatchy is planning to end
    Saturday publication of all its newspapers": a weekday with no shift word that modifies a noun of a standing thing
    held or done every such day (through a part of its day and one more modifier) names a kind, no day: after "a" or
    "an" any of weekday_kind_nouns, anywhere a fixed compound of weekday_kind_compounds unless a preposition of time
    or a sentence's start makes the weekday the day ("On Saturday school was cancelled"). The noun must head its
    phrase: "a Saturday school trip" is one trip, "a Saturday meeting" one meeting (a noun of neither list)."""
    if c.atom.kind != "weekday" or c.parts or c.groups.keys() & {"shift", "wshift"}:
        return False
    text = text_of(doc)
    found = _weekday_kind_after().match(text, c.end)
    weekday = span_at(doc, c.start, c.end)
    noun = span_at(doc, found.start("noun"), found.end("noun")) if found else None
    if found is None or weekday is None or noun is None or noun.root.dep_ == "compound":
        return False
    t = tables()
    if after_indefinite_article(text, c.start):
        return True
    first = weekday[0]
    if found.group("noun").lower() not in t["weekday_kind_compounds"] or first.is_sent_start or first.i == 0:
        return False
    return doc[first.i - 1].lower_ not in t["time_prepositions"]


@lru_cache(maxsize=1)
def _weekday_kind_after() -> re.Pattern:
    """Right after the weekday: a part of its day, one modifier that is no function word ("football", "farmers'"),
    and a noun of weekday_kind_nouns or weekday_kind_compounds (dates.json), captured as "noun"."""
    t = tables()
    nouns = one_of([*t["weekday_kind_nouns"], *t["weekday_kind_compounds"]], spaced=True)
    part = r"(?:[^\S\n]+(?:morning|afternoon|evening|night))?"
    modifier = r"(?:[^\S\n]+(?!(?:of|in|at|on|to|for|with|by|and|or|the|a|an)\b)[a-z][\w'’-]*)?"
    return re.compile(rf"{part}{modifier}[^\S\n]+(?P<noun>{nouns})(?![\w'’-])", re.I)


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


def generic_you_day(doc: Doc, c: Candidate) -> bool:
    """ "you've got yourself the perfect start to the weekend", "the only healthy choice you make that day": "the
    weekend", "that day" (the_day_units after the_day_articles, no shift word) inside a noun phrase or a relative
    clause of a present clause whose subject is a generic "you" is any such day of the reader's; "if you are
    travelling over the weekend" (the verb's own adverbial) keeps its weekend."""
    t = load("date_nonrefs")
    if c.parts or c.since or c.mod or c.groups.get("the", "").lower() not in t["the_day_articles"]:
        return False
    unit = "weekend" if c.atom.kind == "weekend" else c.groups.get("unit", "").lower()
    span = span_at(doc, c.start, c.end)
    if unit not in t["the_day_units"] or span is None:
        return False
    verb, nested = span.root, False
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        nested = nested or (verb.pos_ == "NOUN" and verb.i != span.root.i)
        verb = verb.head
    aux = {ch.lower_ for ch in verb.children if ch.dep_ in ("aux", "auxpass")}
    if not (nested or verb.dep_ == "relcl") or (verb.tag_ == "VBD" and not aux):
        return False  # "you've got" may be tagged VBD: its "'ve" says it is the present's
    you = any(ch.dep_ == "nsubj" and ch.lower_ in t["generic_you_subjects"] for ch in verb.children)
    return you and not aux & set(t["generic_you_not_aux"])


def _possessed_run(word: Token) -> list[Token]:
    """The words after "today's" up to the end of its noun phrase as the text has it: a parse may read "graduates"
    in "today's graduates borrowing" as a verb, so only punctuation and function words end the run."""
    run: list[Token] = []
    doc, limit = word.doc, load("date_nonrefs")["nowadays_possessed_window"]
    for token in doc[word.i + 1 : min(len(doc), word.i + 2 + limit)]:
        if token.tag_ == "POS":
            continue
        if (token.is_punct and token.text != "-") or token.pos_ in ("ADP", "DET", "CCONJ", "SCONJ", "AUX", "PRON"):
            break
        run.append(token)
    return run


def _today(doc: Doc, c: Candidate) -> Span | None:
    """The words of a plain "today" (no range parts), else None: the candidate the nowadays_* rules read."""
    if c.atom.kind != "deictic" or c.groups.get("word", "").lower() != "today" or c.parts:
        return None
    return span_at(doc, c.start, c.end)


def nowadays_possessed(doc: Doc, c: Candidate) -> bool:
    """ "today's 3-D printers", "today's nine platter hard drives", "today's universities of Hamburg": "today's"
    before a noun of nowadays_heads (dates.json) that no noun follows in its noun phrase is the present era;
    "today's matches" and "today's market update" keep their day."""
    span = _today(doc, c)
    if span is None:
        return False
    word = span[-1]
    if word.i + 1 >= len(doc) or doc[word.i + 1].tag_ != "POS":
        return False
    run, heads = _possessed_run(word), set(tables()["nowadays_heads"])
    for i, token in enumerate(run):
        after = run[i + 1] if i + 1 < len(run) else None
        if token.lower_ in heads and (after is None or after.pos_ not in ("NOUN", "PROPN")):
            return True
    return False


def nowadays_comparison(doc: Doc, c: Candidate) -> bool:
    """ "storms more frequently than it is seeing today", "more topics than any computer today", "compared with
    today": "today" as the second term of a comparison is the present era; "More than 50 people died today" is a
    day ("than" there counts)."""
    span = _today(doc, c)
    if span is None:
        return False
    word, head = span[0], span[0].head
    if any(ch.dep_ == "mark" and ch.lower_ == "than" for ch in head.children):
        return True
    if head.lower_ in ("with", "to") and head.head.lower_ in load("date_nonrefs")["comparing_words"]:
        return True
    for token in reversed(doc[max(0, word.i - 5) : word.i]):
        if token.lower_ == "than":
            return token.dep_ != "quantmod"
        if token.pos_ in ("VERB", "AUX", "PUNCT", "ADP", "CCONJ", "SCONJ"):
            return False
        if token.lower_ in load("date_nonrefs")["comparison_not_determiners"]:
            return False  # "better than a sweater today": one thing, compared on the day
    return False


def nowadays_contrast(doc: Doc, c: Candidate) -> bool:
    """ "There might be less pressure to do that today, but seven years ago, it felt like a rite of passage":
    "today" on a verb not in the past, set against a distant past (contrast_past) across a word of contrast
    (contrast_words) in its sentence, is the present era; "Today marked a day in history, when 20 years ago" keeps
    its day."""
    span = _today(doc, c)
    if span is None:
        return False
    t, verb = load("date_nonrefs"), span.root.head
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ in ("VBD", "VBN"):
        return False
    sentence = span.sent if doc.has_annotation("SENT_START") else doc[:]
    past = re.search(t["contrast_past"], sentence.text, re.I)
    if past is None:
        return False
    lo, hi = sorted((span.start_char, sentence.start_char + past.start()))
    between = {w.lower_ for w in span_at(doc, lo, hi) or []}
    return bool(between & set(t["contrast_words"]))


def any_day(doc: Doc, c: Candidate) -> bool:
    """ "An alternative is offered on the day to any passengers", "any on the day problems": "on the day" on a
    passive verb in the present, or before a noun it describes, is any day of an event; "the day in question" is a
    day the text named before, not the article's. "down 2.74% on the day" stays the article's day."""
    if c.atom.kind != "this_period" or c.parts or c.groups.get("unit", "").lower() != "day":
        return False
    t, text = load("date_nonrefs"), text_of(doc)
    if re.match(t["anaphoric_after"], text[c.end : c.end + 20], re.I):
        return True
    span = span_at(doc, c.start, c.end)
    if c.groups.get("the", "").lower() != "the" or span is None:
        return False  # "on the same day it is alleged he raped": that one day
    if not re.search(t["on_the_day_before"], text[max(0, c.start - 6) : c.start], re.I):
        return False
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.pos_ == "NOUN" and after.head.i != span.root.i:
        return True  # "on the day problems": a compound adjective
    verb = span.root.head.head
    passive = [ch for ch in verb.children if ch.dep_ == "auxpass"]
    return verb.pos_ == "VERB" and bool(passive) and all(a.tag_ in ("VBZ", "VBP") for a in passive)


def _bare_deictic(doc: Doc, c: Candidate) -> Token | None:
    """The one token of a bare "today", "tomorrow" or "tonight" (no shift word, range or part), else None."""
    if c.atom.kind != "deictic" or c.parts or c.since or c.mod:
        return None
    if c.groups.get("word", "").lower() not in ("today", "tomorrow", "tonight"):
        return None
    span = span_at(doc, c.start, c.end)
    return span[0] if span is not None and len(span) == 1 else None


def maxim_day(doc: Doc, c: Candidate) -> bool:
    """ "to live for today – not for tomorrow, for today": "today" or "tomorrow" as the object of "for" on a verb of
    living (maxim_verbs) is a maxim's day, anyone's; "the vote is set for tomorrow" keeps its day."""
    word = _bare_deictic(doc, c)
    if word is None or word.dep_ != "pobj" or word.head.lower_ != "for":
        return False
    return word.head.head.lower_ in load("date_nonrefs")["maxim_verbs"]


def _generic_you_present(verb: Token, aux_ok: list[str]) -> bool:
    """A verb whose subject is "you", in the simple present: no auxiliary but do-support (aux_ok)."""
    if not any(ch.dep_ == "nsubj" and ch.lower_ == "you" for ch in verb.children):
        return False
    aux = [ch.lower_ for ch in verb.children if ch.dep_ in ("aux", "auxpass")]
    if not aux:
        return verb.tag_ == "VBP"
    return verb.tag_ == "VB" and all(a in aux_ok for a in aux)


def hypothetical_you_day(doc: Doc, c: Candidate) -> bool:
    """ "if you need a dollar today to feed your children today, you don't really have time": a conditional with a
    generic "you" in the simple present on a main clause of "you" in the simple present is a general truth (a zero
    conditional); its day words are anyone's. An imperative ("If you're travelling today, expect delays"), a future
    or a modal ("you will", "you can") keep their day."""
    word = _bare_deictic(doc, c)
    if word is None:
        return False
    t = load("date_nonrefs")
    main = word.sent.root if doc.has_annotation("SENT_START") else word.head
    if main.pos_ not in ("VERB", "AUX") or not _generic_you_present(main, t["hypothetical_main_aux"]):
        return False
    return any(
        ch.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in t["hypothetical_marks"] for m in ch.children)
        and _generic_you_present(ch, [])
        for ch in main.children
    )


def _habit_verbs(span: Span) -> list[Token]:
    """The verbs whose habit adverb makes the date a habit's: the verb it hangs on (through its preposition), and
    when the date is the subject of a copula ("April is when campaigns typically begin"), the clauses the copula
    links to. None when the date hangs on a noun ("the usual April campaign" says nothing of a verb)."""
    word = span.root.head if span.root.head.pos_ != "ADP" else span.root.head.head
    if word.pos_ not in ("VERB", "AUX"):
        return []
    verbs = [word]
    if span.root.dep_ == "nsubj" and word.pos_ == "AUX":  # a copula: "April is when ...", "March is the month that"
        verbs += [ch for ch in word.children if ch.dep_ in ("ccomp", "advcl")]
        verbs += [cl for ch in word.children if ch.dep_ == "attr" for cl in ch.children if cl.dep_ == "relcl"]
    return verbs


def habitual_time(doc: Doc, c: Candidate) -> bool:
    """ "April is when typically when campaigns begin", "winter wheat, which is typically sown mid-November": a named
    month, day, season or holiday with no year or shift word on a verb a habitual adverb (habitual_adverbs)
    modifies is the time of a habit, any year's, and so is one called a kind of time ("April is a difficult time to
    make predictions", _kind_of_time); "campaigns begin this April" and "usually" in another clause keep
    the date."""
    t = load("date_nonrefs")
    if c.atom.kind not in t["habitual_kinds"] or c.parts or c.since:
        return False
    if c.groups.keys() & {"y", "y2", "yy", "shift", "shift2", "wshift"}:
        return False
    span = span_at(doc, c.start, c.end)
    if span is None:
        return False
    adverbs = set(t["habitual_adverbs"])
    if _kind_of_time(span, t["habitual_time_nouns"]):
        return True
    return any(ch.dep_ == "advmod" and ch.lower_ in adverbs for v in _habit_verbs(span) for ch in v.children)


def recurring_months(doc: Doc, c: Candidate) -> bool:
    """ "Peak hurricane season runs August through October", "In November, the air over Delhi gets cool": a bare
    month or span of months (no year, day or shift word) on a simple-present verb whose subject is a kind of season
    named by a noun (recurring_season_nouns: "hurricane season", not "this season" nor "the 2020 season"), or on a
    simple-present verb of a change of state with an adjective complement (recurring_change_verbs), tells of every
    year's months, not of one. "Fire season is just beginning" (progressive) and "The show opens in November" keep
    their dates. A span on a verb of lasting (recurring_lasting_verbs) tells the season's whole length, which every
    year's has: "The Atlantic hurricane season lasts from June through November" (a region's name before the kind,
    _season_subject), "runs from June 1 to Nov. 30" (days too)."""
    ends = c.parts or [c]
    if c.since or not all(p.atom.kind == "date" and "m" in p.groups and p.groups.keys() <= {"m", "d"} for p in ends):
        return False
    span = span_at(doc, c.start, c.end)
    verb = _month_verb(span) if span is not None else None
    if verb is None or not present_alone(verb):
        return False
    t = load("date_nonrefs")
    lasting = bool(c.parts) and verb.lower_ in t["recurring_lasting_verbs"]
    if any("d" in p.groups for p in ends):
        return lasting and _season_subject(verb, t, named=True)
    if _season_subject(verb, t, named=lasting) or _generic_occurrence(verb, t):
        return True
    return not c.parts and _change_of_state(verb, t["recurring_change_verbs"])


def _month_verb(span: Span) -> Token | None:
    """The verb the months hang on, directly ("runs August through October") or through one preposition ("In
    November, ... gets"), or through the month they are joined to ("occur between mid-August and mid-October");
    None when they hang on a noun ("the November issue")."""
    root = span.root
    while root.dep_ == "conj" and not span.start <= root.head.i < span.end:
        root = root.head
    word = root.head
    if word.pos_ == "ADP" and not span.start <= word.i < span.end:
        word = word.head
    return word if word.pos_ in ("VERB", "AUX") and word.i not in range(span.start, span.end) else None


def _season_subject(verb: Token, t: dict, named: bool = False) -> bool:
    """The verb's subject is a kind of season of the year, named by a noun, told of every year ("Peak hurricane
    season", "each winter season, which starts"): no year, number, name ("the NFL season"), possessive ("its season")
    or determiner of one season ("this season") before it; "the new season" (no noun) is one season. named: a name
    may stand before the kind ("The Atlantic hurricane season lasts from June through November": a region's)."""
    subjects = [ch for ch in verb.children if ch.dep_ == "nsubj"]
    if verb.dep_ == "relcl" and any(s.tag_ == "WDT" for s in subjects):
        subjects = [verb.head]  # "the season, which starts in early September": the relative's noun
    for subject in (s for s in subjects if s.lower_ in t["recurring_season_nouns"]):
        words = [w for w in subject.subtree if w.i <= subject.i]
        not_one = t["recurring_season_not_determiners"]
        if any(
            w.like_num or w.dep_ == "poss" or w.lower_ in not_one or (w.pos_ == "PROPN" and not named) for w in words
        ):
            return False
        # a kind of season named by a noun ("hurricane season", "winter season"); "the new season" is one
        return any(ch.dep_ == "compound" and ch.tag_ == "NN" for ch in subject.children)
    return False


def _generic_occurrence(verb: Token, t: dict) -> bool:
    """ "the majority of storms occur between mid-August and mid-October", "Most storms occur in September": a verb
    of a natural recurrence (recurring_occurrence_verbs) whose subject is a kind of thing, a bare plural or a share
    of one (recurring_share_nouns), says when such things happen in any year; "these storms occur", "three storms
    occur" (one set) keep the months."""
    if verb.lower_ not in t["recurring_occurrence_verbs"]:
        return False
    for subject in (ch for ch in verb.children if ch.dep_ == "nsubj"):
        if subject.lower_ in t["recurring_share_nouns"]:
            return _share_of_kind(subject, t)
        return _bare_plural(subject, t)
    return False


def kind_lag(doc: Doc, c: Candidate) -> bool:
    """ "About half of rural residents who took out student loans still lived in a rural area six years later": a
    count "later"/"earlier" (a story_offset) on a verb whose subject is a share (recurring_share_nouns) of a kind of
    people or things (a bare plural) is a statistic's lag, counted from each one's own event: no time of the story.
    "Half of the passengers were released a day later" (one set) keeps it."""
    if c.atom.kind != "story_offset" or c.parts:
        return False
    span = span_at(doc, c.start, c.end)
    verb = verb_above(span.root) if span is not None else None
    if verb is None:
        return False
    t = load("date_nonrefs")
    subjects = [ch for ch in verb.children if ch.dep_ in ("nsubj", "nsubjpass")]
    return any(_share_of_kind(subject, t) for subject in subjects)


def compared_count_back(doc: Doc, c: Candidate) -> bool:
    """ "Unemployment was 8 percent, compared with 12.2 percent a year earlier": a count of years earlier (or "before"
    closing its clause) right after a word of comparison, or after a figure that one opens, stands for the compared
    figure's period a year back (a month, a quarter: the year_back reading), which a year of null value would
    misstate: no date. "the national trauma he'd caused four years earlier" keeps its date."""
    g = c.groups
    if c.atom.kind != "story_offset" or c.parts or g.get("dir", "").lower() not in ("earlier", "before"):
        return False
    if not g.get("unit", "").lower().startswith("year"):
        return False
    text = text_of(doc)
    start = text.rfind(". ", 0, c.start) + 1  # the sentence so far: a figure of another sentence compares nothing
    return _compared_count_back().search(text[start : c.start]) is not None


@lru_cache(maxsize=1)
def _compared_count_back() -> re.Pattern:
    return re.compile(load("date_nonrefs")["compared_count_back_before"], re.I)


def hypothetical_lag(doc: Doc, c: Candidate) -> bool:
    """ "If you choose to let Penny redecorate, 3 days later when waking up in the morning, the bedroom will be
    redecorated": a count "later"/"earlier" (a story_offset) in a sentence whose main clause takes a condition of a
    generic "you" (hypothetical_marks: "if") counts from what any reader might do, no time of the story. "If
    convicted, he will be sentenced two weeks later" (no "you") keeps it."""
    if c.atom.kind != "story_offset" or c.parts or not doc.has_annotation("SENT_START"):
        return False
    span = span_at(doc, c.start, c.end)
    if span is None:
        return False
    marks = load("date_nonrefs")["hypothetical_marks"]
    root = span.sent.root
    return any(
        ch.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in marks for m in ch.children)
        and any(s.dep_ == "nsubj" and s.lower_ == "you" for s in ch.children)
        for ch in root.children
    )


def _share_of_kind(subject: Token, t: dict) -> bool:
    """ "the majority of storms", "half of rural residents": a share noun whose "of" names a kind (a bare plural)."""
    if subject.lower_ not in t["recurring_share_nouns"]:
        return False
    kinds = [w for prep in subject.children if prep.lower_ == "of" for w in prep.children if w.dep_ == "pobj"]
    return any(_bare_plural(w, t) for w in kinds)


def _bare_plural(noun: Token, t: dict) -> bool:
    """ "storms", "most storms": a plural common noun with no determiner of one set, possessive or number before it
    names a kind of thing."""
    if noun.tag_ != "NNS":
        return False
    kind = set(t["recurring_kind_determiners"])

    def one_set(ch: Token) -> bool:
        if ch.dep_ in ("poss", "nummod"):
            return True
        return ch.dep_ in ("det", "amod") and ch.tag_ in ("DT", "PRP$", "CD") and ch.lower_ not in kind

    return not any(ch.i < noun.i and one_set(ch) for ch in noun.children)


def _change_of_state(verb: Token, verbs: list[str]) -> bool:
    """ "the air gets cool": a verb of a change of state with a subject and an adjective complement."""
    children = list(verb.children)
    return (
        verb.lower_ in verbs
        and any(ch.dep_ == "nsubj" for ch in children)
        and any(ch.dep_ == "acomp" and ch.tag_ in ("JJ", "JJR") for ch in children)
    )


def _kind_of_time(span: Span, nouns: list[str]) -> bool:
    """ "April is a difficult time to make predictions": the date as the subject of a present-tense copula whose
    complement is a time noun (habitual_time_nouns) with a to-infinitive says what any April is good or bad for;
    "April was a difficult time to ..." (past) tells of one April and keeps it."""
    verb = span.root.head  # no lemmas in the pipeline: an AUX with an attr is a copula
    if span.root.dep_ != "nsubj" or verb.pos_ != "AUX" or verb.tag_ not in ("VBZ", "VBP"):
        return False
    return any(
        ch.dep_ == "attr" and ch.lower_ in nouns and any(_to_infinitive(cl) for cl in ch.children)
        for ch in verb.children
    )


def _to_infinitive(word: Token) -> bool:
    """A clause "to make predictions" hanging on a noun."""
    return word.dep_ in ("relcl", "acl") and any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in word.children)


def _clause_path(span: Span) -> list[Token]:
    """The word a window hangs on (through its preposition) and the words above it, up to the sentence's root."""
    word = span.root.head if span.root.head.pos_ != "ADP" else span.root.head.head
    return [word, *word.ancestors]


def _is_share(word: Token, t: dict) -> bool:
    """A share of people as a subject: "82.7% of them", "9.6%", "the number who said"; "number" only with "who"."""
    if word.lower_ not in t["share_heads"]:
        return False
    return word.lower_ != "number" or any(ch.dep_ == "relcl" for ch in word.children)


def _respondents(path: list[Token], t: dict) -> bool:
    """A respondent as a subject on the path, or participants framed by "among" ("among participants aged ...")."""
    for word in path:
        for ch in word.children:
            if ch.dep_ == "nsubj" and ch.lower_ in t["respondent_nouns"]:
                return True
            framed = [g for g in ch.children if g.dep_ == "pobj" and g.lower_ in t["framed_respondent_nouns"]]
            if ch.dep_ == "prep" and ch.lower_ == "among" and framed:
                return True
    return False


def _reported_share(path: list[Token], t: dict, survey: bool) -> bool:
    """A share of people that heads the path or is a subject on it, said by a verb of self-report or in a sentence
    that names a survey; or a verb of self-report above the window whose subject is "who" of a share."""
    for word in path:
        subjects = [ch for ch in word.children if ch.dep_ == "nsubj"]
        shares = [s for s in subjects if _is_share(s, t)] + ([word] if _is_share(word, t) else [])
        if shares and (survey or word.lower_ in t["self_report_verbs"]):
            return True
        who = [s for s in subjects if s.lower_ == "who"]
        if word.lower_ in t["self_report_verbs"] and who and word.dep_ == "relcl" and _is_share(word.head, t):
            return True
    return False


def recall_window(doc: Doc, c: Candidate) -> bool:
    """ "how often respondents used marijuana in the past month", "36.9% of college students reported binge drinking
    in the past month": a window counted back in what a survey asked its people is each one's look-back from the
    day they answered, no stretch before the page's date; "Seven of those were reported in the last week" stays."""
    t = load("date_nonrefs")
    if c.atom.kind != "rolling" or c.parts or c.groups.get("shift", "").lower() not in t["recall_shifts"]:
        return False
    span = span_at(doc, c.start, c.end)
    if span is None:
        return False
    path = _clause_path(span)
    sentence = span.sent if doc.has_annotation("SENT_START") else doc[:]
    survey = any(w.lower_ in t["survey_words"] for w in sentence)
    return _respondents(path, t) or _reported_share(path, t, survey)


def _ranking(words: list[Token], kinds: list[str]) -> bool:
    """The words before a month read "the warmest", "the most humid", "a typical": an article, then a superlative, or
    "most"/"least" and an adjective, or an adjective of the ordinary (ranked_kind_adjectives)."""
    if not words or words[0].lower_ not in ("the", "a", "an"):
        return False
    rest = words[1:]
    if len(rest) == 1:
        return rest[0].tag_ == "JJS" or rest[0].lower_ in kinds
    return len(rest) == 2 and rest[0].lower_ in ("most", "least") and rest[1].tag_ == "JJ"


def ranked_kind(doc: Doc, c: Candidate) -> bool:
    """ "October 2023 was the warmest October ever", "the hottest July on record", "a typical December": a month or
    season with no year, day or shift word ranked by a superlative after an article is a kind, any year's such month;
    "the warmest October day" and "the warmest October 2023" are not ranked months (a noun or a year follows)."""
    t = load("date_nonrefs")
    if c.atom.kind not in t["ranked_kind_kinds"] or c.parts or c.since or c.mod:
        return False
    if c.groups.keys() & {"y", "y2", "yy", "d", "d2", "shift", "shift2", "wshift"}:
        return False
    span = span_at(doc, c.start, c.end)
    if span is None or (span.end < len(doc) and doc[span.end].pos_ in ("NOUN", "PROPN", "NUM")):
        return False
    adjectives = t["ranked_kind_adjectives"]
    return any(_ranking(list(doc[max(0, span.start - n) : span.start]), adjectives) for n in (2, 3))


def no_reference(doc: Doc, c: Candidate) -> bool:
    """The candidate refers to no time: a group of a number, a name, a time of any year, an occasion a thing suits,
    a recurring part of a weekday, a day of a generic "you", the present era, the time of a habit, a survey's window."""
    text = text_of(doc)
    return (
        year_in_digit_run(text, c)
        or century_in_name(doc, text, c)
        or time_of_year(text, c)
        or suited_occasion(text, c)
        or recurring_occasion(text, c)
        or generic_occasion(doc, text, c)
        or yearly_share(doc, c)
        or described_kind(doc, c)
        or holiday_season_named(doc, c)
        or founded_purpose_occasion(doc, c)
        or weekday_part(text, c)
        or weekday_kind(doc, c)
        or capitalised_period(text, c)
        or value_of(text, c)
        or generic_you_day(doc, c)
        or nowadays_possessed(doc, c)
        or nowadays_comparison(doc, c)
        or nowadays_contrast(doc, c)
        or any_day(doc, c)
        or maxim_day(doc, c)
        or hypothetical_you_day(doc, c)
        or habitual_time(doc, c)
        or recurring_months(doc, c)
        or ranked_kind(doc, c)
        or recall_window(doc, c)
        or slogan_day(doc, c)
        or hypothetical_tomorrow(doc, c)
        or counterfactual_today(doc, c)
        or open_question_today(doc, c)
        or imagined_utterance_day(doc, c)
        or figurative_season(doc, c)
        or figurative_day(doc, c)
        or noun_day(doc, c)
        or kind_lag(doc, c)
        or hypothetical_lag(doc, c)
        or compared_count_back(doc, c)
    )
