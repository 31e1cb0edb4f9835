"""A generic period, no day of the story: any day, any season, "today" as nowadays, a week the story tells.

Decisions:
- Any day ("throughout the day") is no day of the article: "the day" in a span of time, "for the day" in a habit.
- "throughout the week/month/year" in a sentence of habit is any such period.
- A season of advice, habit or riddle ("protect them during the winter"), or of a present state ("These blooms are at
  their peak in mid-summer"), is any such season. So is a season set before the subject of a verb of action in the
  simple present ("in the summer it cycles up to 110 degrees", "In the winter the lake freezes"): a habit's frame.
  After the verb ("The film opens in the summer"), on a verb of a scheduled event ("In the summer, the museum opens a
  new wing"), in a past or a future clause the season stays.
- "today" meaning nowadays ("the galaxies we observe today", "unlike in the days of the Soviet Union, our country
  today is part of the global economy", "airline representation in Brussels today is not as effective as it could
  be", "None of them are there today" after a past state of 1982, "from around $0.23/W today to $0.10 by 2030",
  "Today, people around the world have recognized" after "the world of the 1930s": a kind of people set against a
  past era; "Today, the Senate has voted" keeps the day) or in a call to action ("Get in touch today!") is no day.
- "the week/month/day/year" as the subject of a verb of ending ("after the week has passed") in a sentence of habit
  ("weekly challenges") is any period of the cycle; one that "is up" ("after the month was up") is a term run out, a
  span's length. "As the year comes to an end", "after the week ended, prices fell" and "before the year is out" stay.
- A year-less quarter or half written as an adjective ("weaker first-quarter data") in a sentence of a frame of
  repetition ("in recent years", "typically") is that quarter of any year; "the first quarter" and "seasonally
  adjusted first-quarter GDP" stay.
- A stretch of the week a story told in the past ("continued to sign up subscribers throughout the week") is no
  week the page's date gives.
- "the year" of a superlative in a present reputation or habit ("seen as the longest Mass of the year, is held on Holy
  Saturday") is any year; "It was the hottest day of the year" and "the biggest card of the year" in a story keep it.
- A part of "the year" in advice to a kind of people ("producers can stockpile forage toward the end of the year") is
  any year's.
- A share of "the year" ("for a big part of the year", "most of the year") in a clause of a simple present of action
  ("We have the opportunity to provide grazing for a big part of the year") is a share of any year.
- A count of days, weeks or months "later" or "earlier" in a clause of the simple present, in a sentence of habit
  ("time and time again, we've seen how the infection dynamics in Europe are mirrored here just a few weeks later") is
  a lag that recurs, no date; "He was released two days later" tells one.
- A count "earlier" or "later" on a verb that moves a date, whose object (or passive subject) is a date ("President
  Franklin D. Roosevelt moves Thanksgiving Day one week earlier"), is how far the date moved, no time: the new day
  is a week from the old one, not from the story's last date. "The family moved to Paris two years later" (nothing
  moved but the family, no object) keeps it.
- find_dates drops a candidate any of these accept; the word lists are in dates.json.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..nlp import span_at, text_of
from ..normalize.periods import Direction, Period, tables
from .date_frames import YEAR_NUMBER, verb_above
from .date_names import title_case
from .date_patterns import Candidate, composers, word_after
from .date_tense import moves_a_date, present_alone, tense
from .date_vetoes import the_season_season

__all__ = [
    "generic_season",
    "generic_year_part",
    "generic_year_share",
    "generic_superlative_year",
    "generic_for_the_day",
    "generic_throughout",
    "generic_period_end",
    "generic_quarter",
    "story_week",
    "generic_today",
    "generic_day",
    "generic_offset",
    "moved_offset",
]


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
    return _sentence_says(doc, c, tables()["habit_words"])


def generic_period_end(doc: Doc, c: Candidate) -> bool:
    """ "Instead of weekly challenges being inaccessible after the week has passed", "after the month was up": "the
    week/month/day/year" right before a verb of ending (period_end_after in dates.json) in a sentence of habit
    (habit_words) ends any period of the cycle; one that "is up" (period_end_term) is a term's length run out. "after
    the week ended, prices fell" (no habit) is the story's week and stays."""
    if c.atom.kind != "this_period" or c.parts or c.mod or c.groups.get("the", "").lower() != "the":
        return False
    if c.groups.get("unit", "").lower() not in ("week", "month", "day", "year"):
        return False
    t, text = tables(), text_of(doc)
    after = text[c.end : c.end + 30]
    if not re.match(t["period_end_after"], after, re.I):
        return False
    if re.match(t["period_end_term"], after, re.I):
        return True
    return _sentence_says(doc, c, t["habit_words"])


def generic_quarter(doc: Doc, c: Candidate) -> bool:
    """ "There has been a seasonal bias for weaker first-quarter data in recent years": a year-less quarter or half
    written as an adjective ("first-quarter", "second-half") in a sentence with a frame of repetition
    (generic_quarter_frames in dates.json) is that part of any year; "the first quarter" (a noun phrase) and
    "first-quarter data released on Friday" (no frame) are the story's quarter."""
    if c.atom.kind not in ("quarter", "half") or c.parts or c.mod or c.since:
        return False
    if c.groups.keys() & {"y", "y2", "yy", "shift", "shift2", "wshift"}:
        return False
    text = text_of(doc)
    if not re.search(r"-(?:quarter|half)$", text[c.start : c.end], re.I):
        return False
    return _sentence_says(doc, c, tables()["generic_quarter_frames"])


def _sentence_says(doc: Doc, c: Candidate, words: list[str]) -> bool:
    """The candidate's sentence (the whole text when it is not split) holds one of the words or phrases as words."""
    span = span_at(doc, c.start, c.end)
    sentence = span.sent if span is not None and doc.has_annotation("SENT_START") else doc[:]
    low = f" {sentence.text.lower()} "
    return any(f" {w} " in low for w in words)


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


def generic_season(doc: Doc, c: Candidate) -> bool:
    """ "Give Them Some Extra TLC During Winter", "the peak blooms are typically in the spring", "winter
    temperatures", "What falls in winter but never gets hurt?": a season without a year or shift word, in advice (an
    imperative or "you"), in a habit (habit_words in dates.json), in a timeless question, describing a noun or on a
    present state (_present_state), is any such season, not one of the calendar."""
    if c.atom.kind != "season" or c.parts or c.since or c.groups.keys() != {"season"}:
        return False
    t, text = tables(), text_of(doc)
    before = text[max(0, c.start - 20) : c.start]
    if re.match(t["season_day_after"], text[c.end : c.end + 4]) or re.search(t["season_day_before"], before):
        return True  # "Spring 15", "On the 4th of Winter": a day counted in a season is a game's calendar
    span = span_at(doc, c.start, c.end)
    if span is None:
        return False
    word = _first_conjunct(span[-1])
    if the_season_season(text, c, word_after(text, c)):
        pass  # "if the summer season does not take off": the season itself, read as "the summer" is below
    elif word.dep_ in ("compound", "amod", "nmod") and word.head.pos_ == "NOUN" and word.head.i > word.i:
        # "winter temperatures", "a summer treat"; but "their Autumn meetings" is one season's meetings
        return not any(ch.dep_ == "poss" for ch in word.head.children)
    sentence = span.sent if doc.has_annotation("SENT_START") else doc[:]
    low = f" {sentence.text.lower()} "
    if any(f" {w} " in low for w in t["habit_words"]) or _timeless_question(sentence):
        return True
    if _present_state(word, t) or _activity_time(word, t) or _season_habit(word, t):
        return True
    return _imperative(sentence.root) or any(
        ch.dep_ == "nsubj" and ch.lower_ == "you" for verb in word.ancestors for ch in verb.children
    )


def _first_conjunct(word: Token) -> Token:
    """The season a season is joined to ("mild in spring and fall", "Summer and early fall is the season of growth"):
    the second stands where the first does in the clause, and is as generic as it is."""
    first = word.head if word.dep_ == "conj" else word
    return first if first.lower_ in tables()["seasons"] else word


def generic_year_part(doc: Doc, c: Candidate) -> bool:
    """ "Tate ... says producers can stockpile forage toward the end of the year to cut into hay feeding days": a part
    of "the year" (no shift word) on a verb with a modal of advice (advice_year_part_modals in dates.json) whose
    subject is a kind of people (a bare plural) or "you" says what such people can do in any year; "Residents can
    apply until the end of the year" (a deadline, or a verb of advice_year_part_not_verbs) keeps the page's year."""
    if c.atom.kind != "this_period" or c.parts or not c.mod or c.groups.get("the", "").lower() != "the":
        return False
    if c.groups.get("unit", "").lower() != "year":
        return False
    span = span_at(doc, c.start, c.end)
    if span is None:
        return False
    t, word = tables(), span.root
    prep = word.head
    if word.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ in t["advice_year_part_deadline_preps"]:
        return False
    verb = prep.head
    if verb.tag_ != "VB" or verb.lower_ in t["advice_year_part_not_verbs"]:
        return False
    if not any(ch.dep_ == "aux" and ch.lower_ in t["advice_year_part_modals"] for ch in verb.children):
        return False
    return any(ch.dep_ == "nsubj" and (ch.lower_ == "you" or _kind_of_people(ch)) for ch in verb.children)


def generic_year_share(doc: Doc, c: Candidate) -> bool:
    """ "We have the opportunity to provide grazing for a big part of the year." (a farmer on his pastures): "the year"
    (no shift word or part of its own) after a noun of a share of time and "of" (year_share_nouns in dates.json: "a
    big part of", "most of", "much of") in a clause whose first verb above it is a simple present of action (no
    auxiliary, not a copula) is a share of any year, a habit, no date. A past ("was closed for much of the year"), a
    perfect ("have risen for most of the year") or a future keeps the page's year; so does a copula ("Stocks are down
    for much of the year"), which may state the year so far."""
    if c.atom.kind != "this_period" or c.parts or c.mod or c.groups.get("the", "").lower() != "the":
        return False
    if c.groups.get("unit", "").lower() != "year":
        return False
    span = span_at(doc, c.start, c.end)
    if span is None or span.root.dep_ != "pobj" or span.root.head.lower_ != "of":
        return False
    share = span.root.head.head
    if share.lower_ not in tables()["year_share_nouns"]:
        return False
    verb = verb_above(share)
    while verb is not None and verb.tag_ == "VB" and verb.dep_ in ("acl", "xcomp", "advcl"):
        verb = verb_above(verb.head)  # "the opportunity to provide grazing": the infinitive takes "have"'s tense
    return verb is not None and verb.pos_ == "VERB" and present_alone(verb)


def _kind_of_people(noun: Token) -> bool:
    """A bare plural noun ("producers", "farmers"): no determiner, possessive or number; a kind, not some of it."""
    return noun.tag_ == "NNS" and not any(ch.dep_ in ("det", "poss", "nummod") for ch in noun.children)


def _present_state(word: Token, t: dict) -> bool:
    """ "These blooms are at their peak in mid-summer through fall", "when temperatures are mild in spring": a season
    set by its preposition on "be" in the simple present (or after a present modal) with a state beside it (an
    adjective, or "at" a degree: season_state_preps in dates.json) says how things are in any such season. "The
    election is in the fall" (the season is the predicate), "results are due in spring" (season_schedule_words) and
    "The RAV4 goes on sale in the summer" (an event) keep their season."""
    prep = word.head
    if word.dep_ != "pobj" or prep.lower_ not in t["season_state_season_preps"]:
        return False
    verb = prep.head
    if verb.lower_ not in t["season_state_copulas"] or prep.dep_ != "prep" or not _present(verb):
        return False
    others = [ch for ch in verb.children if ch.i != prep.i]
    if any(ch.lower_ in t["season_schedule_words"] for ch in others):
        return False
    return any(
        ch.dep_ == "acomp" or (ch.dep_ == "prep" and ch.lower_ in t["season_state_preps"] and ch.i < prep.i)
        for ch in others
    )


def _season_habit(word: Token, t: dict) -> bool:
    """ "There's about 8,000 square feet of space up there, and in the summer it cycles up to 110 degrees", "In the
    winter the lake freezes": "the" season set by its preposition (season_state_season_preps in dates.json) before
    the subject of a verb of action in the simple present (no auxiliary, not a copula) tells what happens every such
    season. Set before the subject, the season is the frame of a habit; after the verb a simple present as often
    tells a plan ("The film opens in the summer", "The RAV4 Prime goes on sale in the summer"), and so does a verb of
    a scheduled event even fronted (season_schedule_verbs: "In the summer, the museum opens a new wing"). A past ("In
    the summer we moved") or a future keeps its season."""
    prep = word.head
    if word.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in t["season_state_season_preps"]:
        return False
    if [ch.lower_ for ch in word.children] not in ([], ["the"]):
        return False  # "that summer", "the summer before": not the bare season of a habit
    verb = prep.head
    if not present_alone(verb) or verb.lower_ in t["season_state_copulas"] or verb.pos_ != "VERB":
        return False
    if verb.lower_ in t["season_schedule_verbs"]:
        return False
    subjects = [ch for ch in verb.children if ch.dep_ == "nsubj"]
    return bool(subjects) and prep.i < subjects[0].i < verb.i


def _activity_time(word: Token, t: dict) -> bool:
    """ "In a very tropical setting, late winter might be peak bloom time", "Spring is prime planting season": a season
    that a copula in the simple present (or after a present modal) calls the time of an activity (a time noun of
    season_activity_time_nouns with a noun before it or after "of" naming the activity: "Summer and early fall is the
    season of active new growth") says what any such season is for;
    "Winter was peak bloom time" (past) keeps its season."""
    verb = word.head
    if word.dep_ != "nsubj" or verb.lower_ not in t["season_state_copulas"] or not _present(verb):
        return False
    return any(
        ch.dep_ == "attr" and ch.lower_ in t["season_activity_time_nouns"] and _names_activity(ch)
        for ch in verb.children
    )


def _names_activity(time: Token) -> bool:
    """A time noun with its activity's noun before it ("peak bloom time") or after "of" ("the season of active new
    growth")."""
    before = any(g.dep_ == "compound" and g.tag_ == "NN" and g.i < time.i for g in time.children)
    of = (g for g in time.children if g.dep_ == "prep" and g.lower_ == "of")
    return before or any(o.dep_ == "pobj" and o.pos_ == "NOUN" for g in of for o in g.children)


def generic_superlative_year(doc: Doc, c: Candidate) -> bool:
    """ "(The Easter Vigil), seen as the longest Mass of the year, is held on Holy Saturday", "Black Friday is
    traditionally the busiest shopping day of the year": "the year" ranking a superlative in a clause of the simple
    present that tells a reputation (a participle of superlative_reputation_verbs: "seen as", "known as") or a habit
    (habit_words) is any year, the custom's; "This is the biggest game of the year" (no reputation nor habit), "It was
    the hottest day of the year" (past) and "marks the first major price drop of the year" (an ordinal) keep it."""
    if c.atom.kind != "this_period" or c.parts or c.groups.get("unit", "").lower() != "year":
        return False
    if c.groups.get("the", "").lower() != "the":
        return False
    span = span_at(doc, c.start, c.end)
    if span is None or span.root.head.lower_ != "of" or span.root.dep_ != "pobj":
        return False
    ranked = span.root.head.head
    if ranked.pos_ not in ("NOUN", "PROPN") or not _superlative(ranked):
        return False
    t = tables()
    reputed = (
        ranked.dep_ == "pobj"
        and ranked.head.lower_ == "as"
        and ranked.head.head.lower_ in t["superlative_reputation_verbs"]
    )
    if reputed:
        participle = ranked.head.head
        verb = participle.head.head if participle.dep_ == "acl" else participle.head
        return _present_or_passive(verb)
    sentence = span.sent if doc.has_annotation("SENT_START") else doc[:]
    low = f" {sentence.text.lower()} "
    verb = ranked.head
    return ranked.dep_ == "attr" and any(f" {w} " in low for w in t["habit_words"]) and _present_or_passive(verb)


def _superlative(noun: Token) -> bool:
    """ "the longest Mass", "the most voted-for item": a superlative adjective, or "most"/"least" on one, before the
    noun; "the first", "the second" (ordinals) are not."""
    for ch in noun.children:
        if ch.i > noun.i or ch.dep_ != "amod":
            continue
        if ch.tag_ == "JJS" or any(g.lower_ in ("most", "least") for g in ch.children):
            return True
    return False


def _present_or_passive(verb: Token) -> bool:
    """A verb in the simple present (_present), or its passive: "is held", "are celebrated"."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    aux = [ch for ch in verb.children if ch.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBN" and aux:
        return all(a.dep_ == "auxpass" and a.tag_ in ("VBZ", "VBP") for a in aux)
    return _present(verb)


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
    verb = verb_above(span.root)
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
    if _level_now_to_target(doc, c):
        return True
    if head.lower_ == "of" and head.head.i < word.i and head.head.pos_ in ("NOUN", "PROPN"):
        return head.head.pos_ == "PROPN" or head.head.lower_ in t["nowadays_heads"]  # "the world of today"
    if word.dep_ == "poss":
        return _nowadays_possessor(word)
    if head.lower_ == "than" or any(ch.lower_ in t["nowadays_adverbs"] for ch in (*word.children, *head.children)):
        return True  # "far less decent than today", "is still healthy today", "even today"
    if _continues_from_past(doc, word, head):
        return True
    if head.pos_ not in ("VERB", "AUX"):
        # "Today, America's most invidious social divides ... are nearly identical": the parse may hang a fronted
        # "today" on the subject; its verb is the clause's
        subject = head.dep_ in ("nsubj", "nsubjpass") and head.head.pos_ in ("VERB", "AUX")
        if subject and head.i < word.i and _state_against_past(doc, word, head.head):
            return True  # "the racism ... in the news today is not new": "today" hung on the subject before it
        return subject and (_kind_now(word, head.head) or (head.i > word.i and _fronted_state(word, head.head)))
    if _present(head) and (_what_is_left(head) or _value_now(head) or _lasting_state(head)):
        return True
    if _kind_now(word, head) or _state_against_past(doc, word, head) or _then_and_now(word, head):
        return True
    if head.i < word.i:
        return _nowadays_clause(head) or _call_to_action(doc, word)
    return _fronted_state(word, head) or _fronted_habit(doc, c, word, head) or _fronted_kind_against_past(word, head)


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


def _state_against_past(doc: Doc, word: Token, verb: Token) -> bool:
    """ "unlike in the days of the Soviet Union, our country today is part of the global economy", "Washington, D.C.,
    which today has more murals than ever before": "today" between a subject and its verb of being or having
    (nowadays_fronted_verbs) in the simple present, in a sentence that sets the present against the past
    (nowadays_past_contrast in dates.json), tells how things stand nowadays; "The forecast today is for rain" (no
    such contrast) and "The Delhi High Court today sought response" (no state) keep the day. A copula whose adjective
    is measured against what could be or denied to be new sets the present against the past or the possible on its
    own (_state_against_potential)."""
    if verb.i != word.i + 1 or verb.lower_ not in tables()["nowadays_fronted_verbs"] or verb.tag_ not in ("VBZ", "VBP"):
        return False
    if any(ch.dep_ in ("aux", "auxpass") for ch in verb.children):
        return False
    if not any(ch.dep_ in ("nsubj", "nsubjpass") and ch.i < word.i for ch in verb.children):
        return False
    return _against_past(doc, word) or _state_against_potential(verb)


def _then_and_now(word: Token, verb: Token) -> bool:
    """ "When the first one came out in 1982, there were a lot of DuPonts, Rockefellers, Vanderbilts. None of them are
    there today.": "today" after a present copula (no auxiliary) whose state is set against the same copula in the
    past with a year, a "was" or "were" whose clause holds a year written in digits, earlier in the sentence or in the
    one before, tells how things stand nowadays, then against now, when the present subject takes up what the past
    clause named with a pronoun ("None of them", "they", "it"). "He is in court today", "Stocks are down today" (no
    past state with a year) and "The company was profitable in 2016. Its CEO is in court today." (a new subject) keep
    the day."""
    if word.i < verb.i or word.dep_ != "npadvmod" or verb.lower_ not in ("is", "are", "'re", "'s"):
        return False
    if not present_alone(verb) or not any(_refers_back(ch) for ch in verb.children if ch.dep_ == "nsubj"):
        return False
    sentence = word.sent
    previous = word.doc[sentence.start - 1].sent if sentence.start > 0 else sentence
    return any(_past_state_with_year(t) for t in word.doc[previous.start : word.i])


def _refers_back(subject: Token) -> bool:
    """A subject that is a personal pronoun or a part of one ("it", "they", "None of them", "most of them")."""
    return subject.tag_ == "PRP" or any(
        ch.dep_ == "prep" and ch.lower_ == "of" and any(o.tag_ == "PRP" for o in ch.children) for ch in subject.children
    )


def _past_state_with_year(token: Token) -> bool:
    """A past copula ("there were a lot of ..."; not the auxiliary of "was founded") whose clause holds a year in
    digits ("When the first one came out in 1982")."""
    if token.lower_ not in ("was", "were") or token.dep_ in ("aux", "auxpass"):
        return False
    return any(YEAR_NUMBER.fullmatch(t.text) for t in token.subtree)


def _level_now_to_target(doc: Doc, c: Candidate) -> bool:
    """ "a reduction in solar module costs from around $0.23/W today to $0.10 by 2030": "today" closing the first
    term of a "from ... to ..." change of a figure whose second term is reached by a year (level_now_to_target in
    dates.json) is the level of the present, nowadays, no day; "moved from today to Friday" (no figure before
    "today", no year after) keeps the day."""
    text = text_of(doc)
    before = re.search(tables()["level_now_from"], text[max(0, c.start - 40) : c.start], re.I)
    return before is not None and re.match(tables()["level_now_to_target"], text[c.end : c.end + 60], re.I) is not None


def _state_against_potential(verb: Token) -> bool:
    """ "airline representation in Brussels today is not as effective as it could be", "the every-day racism, bias and
    hatred in the news today is not new": a copula whose adjective is measured against what could or should be (an
    "as ... as" clause on a modal) or, negated, denies the state is new (nowadays_not_new_adjectives in dates.json)
    judges a lasting state, no day's; "The forecast today is for rain" and "The sky today is clear" keep the day."""
    for adjective in (ch for ch in verb.children if ch.dep_ == "acomp"):
        if adjective.lower_ in tables()["nowadays_not_new_adjectives"] and _negated(verb):
            return True
        if any(_as_could_be(clause) for clause in adjective.children if clause.dep_ == "advcl"):
            return True
    return False


def _negated(verb: Token) -> bool:
    """The verb carries "not" or "n't" ("is not new")."""
    return any(ch.dep_ == "neg" for ch in verb.children)


def _as_could_be(clause: Token) -> bool:
    """ "(as effective) as it could be": a comparing clause opened by "as" on a modal of what may be
    (nowadays_potential_modals in dates.json)."""
    if not any(ch.dep_ == "mark" and ch.lower_ == "as" for ch in clause.children):
        return False
    modals = tables()["nowadays_potential_modals"]
    return any(ch.dep_ == "aux" and ch.lower_ in modals for ch in clause.children)


def _against_past(doc: Doc, word: Token) -> bool:
    """The sentence of the word sets the present against the past (nowadays_past_contrast in dates.json: "unlike in
    the days of", "since the 14th century")."""
    sentence = word.sent if doc.has_annotation("SENT_START") else doc[:]
    text = text_of(doc)[sentence.start_char : sentence.end_char]
    return re.search(tables()["nowadays_past_contrast"], text, re.I) is not None


def _continues_from_past(doc: Doc, word: Token, verb: Token) -> bool:
    """ "London famously has been fighting dirty air since the 14th century and continues to suffer air quality
    problems today": "today" on a present verb of continuing (nowadays_continuing_verbs in dates.json), or on the
    verb it governs, in a sentence that sets the present against the past (nowadays_past_contrast) says what has
    lasted to the present; "The storm continues to batter the coast today" (no such contrast) keeps its day."""
    words = tables()["nowadays_continuing_verbs"]
    if verb.lower_ not in words and not (verb.dep_ == "xcomp" and verb.head.lower_ in words):
        return False
    carrier = verb if verb.lower_ in words else verb.head
    if not present_alone(carrier):
        return False
    return _against_past(doc, word)


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


def _lasting_state(verb: Token) -> bool:
    """ "He said 'yes', the department is confident the right man is in prison today": a present copula, no auxiliary,
    whose complement is a state held for years, "in" or "behind" a place or condition of nowadays_lasting_states in
    dates.json ("in prison", "behind bars", "in office", "in power") or such an adjective ("alive"), says how things
    stand at present, no day; "The man is in court today" and "Dennehy's ... are open today" (states of one day)
    keep the day."""
    if verb.lower_ not in ("is", "are", "'s", "'re") or any(ch.dep_ in ("aux", "auxpass") for ch in verb.children):
        return False
    states = set(tables()["nowadays_lasting_states"])
    for ch in verb.children:
        if ch.dep_ == "acomp" and ch.lower_ in states:
            return True
        if ch.dep_ == "prep" and ch.lower_ in ("in", "behind"):
            if any(o.dep_ == "pobj" and o.lower_ in states for o in ch.children):
                return True
    return False


def _value_now(verb: Token) -> bool:
    """ "an experience around food that brings people together I think is essential today", "That all sounds a little
    ridiculous today": a present copula or verb of seeming (nowadays_seeming_verbs), no auxiliary, whose complement
    is an adjective of importance or need (nowadays_value_adjectives in dates.json) or a judgement from the present on
    the past (nowadays_hindsight_adjectives) says how things are valued nowadays; "The plate is really full today" (a
    state of the day) keeps its day."""
    t = tables()
    if verb.pos_ != "AUX" and verb.lower_ not in t["nowadays_seeming_verbs"]:
        return False
    if any(ch.dep_ in ("aux", "auxpass") for ch in verb.children):
        return False
    words = set(t["nowadays_value_adjectives"]) | set(t["nowadays_hindsight_adjectives"])
    return any(ch.dep_ == "acomp" and ch.lower_ in words for ch in verb.children)


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
    the day's events. A coordinating conjunction alone before it ("But today, plague infections are rare", "And
    today there are ...") joins the sentence to the one before and leaves "today" at its clause's head; "But today,
    Apple announced" stays the day (no verb of being or having). After a quote's opening mark only a clause of what
    exists ("there is/are"), after a year said earlier in its block, is such a state: '"A census report conducted in
    2010 ... notes ... "Today, there are approximately 15,000 constituents'; a speaker's '"Today, I am proud to
    announce' is the day the words are said."""
    if not _fronted_on_present(word, verb):
        return False
    if not (_opens_sentence(word) or _quote_opens_with(word) and _existential(verb) and _year_before(word)):
        return False
    return verb.lower_ in tables()["nowadays_fronted_verbs"]


def _fronted_on_present(word: Token, verb: Token) -> bool:
    """The word is a bare noun adverbial ("Today, ...") on a verb in the simple present with no auxiliary."""
    if word.dep_ != "npadvmod" or verb.tag_ not in ("VBZ", "VBP"):
        return False
    return not any(ch.dep_ in ("aux", "auxpass") for ch in verb.children)


def _opens_sentence(word: Token) -> bool:
    """The word heads its sentence, perhaps after a lone coordinating conjunction ("But today")."""
    return word.i == 0 or word.is_sent_start or _conjunction_opens_with(word)


def _fronted_habit(doc: Doc, c: Candidate, word: Token, verb: Token) -> bool:
    """ "Today he carries Fox's beers and spirits at Sauce and Bread Kitchen, and Fox ... often swings by the cafe":
    "today" opening its sentence on a simple-present verb of an ongoing business or way of life (nowadays_habit_verbs
    in dates.json: carries, sells, runs, owns, works, lives), in a sentence of habit (habit_words: "often",
    "usually") or one set against the past (nowadays_past_contrast), tells how things go nowadays; "Today he appears
    in court", "Today the company announced ..." (no such verb) and "Today he carries the Olympic torch through
    Paris" (one event: no habit, no past) keep the day."""
    if not _fronted_on_present(word, verb) or not _opens_sentence(word):
        return False
    if verb.lower_ not in tables()["nowadays_habit_verbs"]:
        return False
    return _sentence_says(doc, c, tables()["habit_words"]) or _against_past(doc, word)


def _fronted_kind_against_past(word: Token, verb: Token) -> bool:
    """ "... the world of the 1930s has changed ..." Today, people around the world have recognized that the world of
    the 1980s has changed": "today" opening its sentence on a present perfect, or a simple present of nowadays_verbs
    ("Today, most people know"), whose subject is a kind of people (a bare plural: "people", "most people") in a
    sentence that sets the present against a past era named in it or in the sentence before (nowadays_past_contrast:
    "the 1930s", "decades ago", "back then") tells how the world stands nowadays. "Today, the company announced",
    "Today, the Senate has voted" (a definite subject) and "Today, protesters have gathered ... since the 1980s" (an
    event verb: nowadays_kind_event_verbs, report_verbs) keep the day."""
    if word.dep_ != "npadvmod" or not _opens_sentence(word) or not _perfect_or_present_state(verb):
        return False
    t = tables()
    events = set(t["nowadays_kind_event_verbs"]) | set(t["report_verbs"])
    if any(form in events for form in _base_forms(verb.lower_)):
        return False  # "Today, protesters have gathered", "Today, officials have warned": the day's events or words
    if not any(ch.dep_ == "nsubj" and _kind_of_people(ch) for ch in verb.children):
        return False
    doc = word.doc
    previous = doc[word.sent.start - 1].sent if word.sent.start > 0 else word.sent
    text = text_of(doc)[previous.start_char : word.sent.end_char]
    return re.search(t["nowadays_past_contrast"], text, re.I) is not None


def _base_forms(word: str) -> set[str]:
    """The word and the bases a regular "-s", "-d" or "-ed" ending may have been added to ("gathered" -> "gather",
    "voted" -> "vote", "says" -> "say"): the pipeline tags but does not lemmatize."""
    forms = {word}
    for ending in ("s", "d", "ed"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            forms.add(word[: -len(ending)])
    return forms


def _perfect_or_present_state(verb: Token) -> bool:
    """ "have recognized" (a present perfect: "have" or "has" alone before a past participle) or "know" (a simple
    present of nowadays_verbs, no auxiliary)."""
    aux = [ch for ch in verb.children if ch.dep_ in ("aux", "auxpass")]
    if not aux:
        return verb.tag_ in ("VBZ", "VBP") and verb.lower_ in tables()["nowadays_verbs"]
    perfect = len(aux) == 1 and aux[0].lower_ in ("have", "has", "'ve") and aux[0].dep_ == "aux"
    return perfect and verb.tag_ == "VBN"


def _conjunction_opens_with(word: Token) -> bool:
    """The word follows only a coordinating conjunction that opens its sentence ("But today", "And today", "Yet
    today": the tagger reads an opening "Yet" as an adverb, so it is named)."""
    lead = word.doc[word.sent.start : word.i]
    return len(lead) == 1 and (lead[0].tag_ == "CC" or lead[0].lower_ == "yet")


def _quote_opens_with(word: Token) -> bool:
    """The word is the first of its sentence after the quotation marks that open it."""
    lead = word.doc[word.sent.start : word.i]
    return len(lead) > 0 and all(t.is_quote for t in lead)


def _year_before(word: Token) -> bool:
    """A year written in digits earlier in the block than the word's sentence (the past the present is set against)."""
    return YEAR_NUMBER.search(text_of(word.doc)[: word.sent.start_char]) is not None


def _existential(verb: Token) -> bool:
    """ "there are 15,000 constituents": the verb's subject is the expletive "there"."""
    return any(ch.dep_ == "expl" for ch in verb.children)


def _nowadays_clause(verb: Token) -> bool:
    """ "(the galaxies) we observe today", "(consoles) that exist today", "as it is today", "where we are today": a
    relative or comparing clause on a verb of being, having or seeing in the simple or progressive present; a verb
    of existing (nowadays_existence_verbs) in any clause: "What launch vehicles exist today", "doesn't exist today".
    A bare participle of such a verb after its noun is a relative clause cut short: "That is the uphill climb facing
    Canadian companies in Asia today" (the climb that is facing them); "new regulations coming into force today"
    (no verb of nowadays_verbs) keeps its day."""
    t = tables()
    if _reduced_relative(verb):
        return verb.lower_ in t["nowadays_verbs"]
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


def _reduced_relative(verb: Token) -> bool:
    """ "the climb facing Canadian companies": a present participle with no auxiliary hung on the noun before it."""
    aux = any(ch.dep_ in ("aux", "auxpass") for ch in verb.children)
    return verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.i < verb.i and not aux


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


def generic_offset(doc: Doc, c: Candidate) -> bool:
    """ "time and time again, we've seen how the infection dynamics in Europe are mirrored here just a few weeks
    later": a count "later" or "earlier" (a story_offset) on a verb of the simple present (active or passive, no
    modal or perfect) in a sentence of habit (habit_words in dates.json) is a lag that recurs, no date."""
    if c.atom.kind != "story_offset" or c.parts:
        return False
    span = span_at(doc, c.start, c.end)
    verb = verb_above(span.root) if span is not None else None
    if span is None or verb is None or not doc.has_annotation("SENT_START"):
        return False
    auxes = [t for t in verb.children if t.dep_ in ("aux", "auxpass")]
    if any(t.tag_ not in ("VBZ", "VBP") for t in auxes) or (not auxes and verb.tag_ not in ("VBZ", "VBP")):
        return False
    if any(t.lower_ in ("have", "has", "'ve") for t in auxes):
        return False  # a perfect (the pipeline runs no lemmatizer, so the forms are named)
    low = span.sent.text.lower()
    return any(re.search(rf"(?<![a-z]){re.escape(w)}(?![a-z])", low) for w in tables()["habit_words"])


def moved_offset(doc: Doc, c: Candidate) -> bool:
    """ "Roosevelt moves Thanksgiving Day one week earlier": a count "earlier"/"later" (a story_offset) on a verb that
    moves a date (date_tense.moves_a_date) whose direct object or passive subject is a date (a DATE entity) is the
    size of the move, no time of the story."""
    if c.atom.kind != "story_offset" or c.parts:
        return False
    span = span_at(doc, c.start, c.end)
    verb = verb_above(span.root) if span is not None else None
    if verb is None or not moves_a_date(verb):
        return False
    return any(ch.dep_ in ("dobj", "nsubjpass") and ch.ent_type_ == "DATE" for ch in verb.children)
