"""The tense of the clause around a date: past, present or future, read from the parse.

A year-less date ("in May", "on Monday") is read before or after the reference date by the tense of its verb;
the cue words (dates.json) and auxiliaries ("will", "had") decide, and a plan made in the past ("was due to")
looks ahead. A date inside a quotation that the parse hangs on the reporting verb outside it takes the tense of the
quotation's own verb (_quoted_verb).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..nlp import span_at, text_of
from ..normalize.periods import Direction, tables
from .date_figurative import quotation
from .date_patterns import composers

__all__ = [
    "auxiliaries",
    "bidden_ahead",
    "current_cycle",
    "date_verb",
    "dates_a_thing",
    "example_tense",
    "forecast_ahead",
    "holiday_looks_ahead",
    "moves_a_date",
    "present_alone",
    "reaches_now",
    "reports_results",
    "revision_note",
    "tense",
    "told_in_past",
]


@lru_cache(maxsize=1)
def _cues() -> tuple[set[str], set[str]]:
    t = tables()
    return set(t["future_cues"]), set(t["past_aux"])


def present_alone(verb: Token) -> bool:
    """A present-tense verb with no auxiliary ("kicks off", not "will kick off", "is to kick off")."""
    return verb.tag_ in ("VBZ", "VBP") and not any(ch.dep_ in ("aux", "auxpass") for ch in verb.children)


def tense(doc: Doc, start: int, end: int) -> Direction:
    """Past, future or unknown: from the verb the date hangs on ("said on Tuesday", "will meet on Friday")."""
    span = span_at(doc, start, end)
    if span is None:
        return Direction.UNKNOWN
    found = _span_tense(span, start)
    if found == Direction.PAST and _change_target(span, _clause_verb(span)):
        return Direction.UNKNOWN  # "was moved from September to January": the new plan is not bounded by the move
    return found


def _clause_verb(span: Span) -> Token:
    """The verb the date hangs on (or the nearest word above it when there is none)."""
    verb = span.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return _conjunct_verb(span, _quoted_verb(span, verb))


def _quoted_verb(span: Span, verb: Token) -> Token:
    """ "“It’s going to be a busy season, no doubt, especially August, September and October,” he said": a date inside
    a quotation that the parse hangs on the reporting verb outside it takes the tense of the quotation's own verb
    (the one it opens with above the others): the speaker's words tell their time, not the report's past."""
    bounds = quotation(text_of(span.doc), span.start_char, span.end_char)
    if bounds is None or bounds[0] <= verb.idx < bounds[1]:
        return verb
    inside = span_at(span.doc, *bounds)
    tops = [t for t in inside or [] if t.pos_ in ("VERB", "AUX") and not bounds[0] <= t.head.idx < bounds[1]]
    return tops[0] if tops else verb


def _span_tense(span: Span, start: int) -> Direction:
    """The tense of the date's own clause (tense), before a change verb's target is set free of it."""
    doc = span.doc
    # a date naming a thing ("Trump's July 25 call") is no later than a past verb about it, but a future verb
    # ("will face questions about the July 25 call") says nothing about the thing's own date
    names_thing = dates_a_thing(span)
    verb = _clause_verb(span)
    is_verb = verb.pos_ in ("VERB", "AUX")
    if span.start > 0 and doc[span.start - 1].lower_ in ("until", "till"):
        if is_verb and _reported_modal(verb):
            return Direction.UNKNOWN  # "said it couldn't answer anything until September": said when, not told
        return (
            Direction.PAST if is_verb and _past_form(verb) else Direction.FUTURE
        )  # "remain closed until Friday"; "had until Nov. 1" did not
    if (onset := _onset(span)) is not None:
        return Direction.PAST if is_verb and _past_form(verb) else onset
    found = _verb_tense(verb) if is_verb else Direction.UNKNOWN
    if found == Direction.UNKNOWN and is_verb and _attachment(span).i in (verb.i, *[ch.i for ch in verb.children]):
        found = _modal_ahead(verb)
    if found == Direction.UNKNOWN and is_verb and (clause := _participle_clause(verb)) is not None:
        found = _verb_tense(clause) if _verb_tense(clause) == Direction.FUTURE else _modal_ahead(clause)
    if found == Direction.UNKNOWN and _described_ahead(span):
        return Direction.FUTURE
    if found == Direction.UNKNOWN and is_verb and _in_sequel_object(verb, span):
        return Direction.PAST
    if names_thing:
        if found == Direction.PAST and is_verb and _bare_participle(verb, "VBN"):
            found = _clause_tense(verb)  # "the post position drawn for Saturday's race": drawn before, the race ahead
        return _event_side(span, found)
    if found == Direction.PAST and _on_a_noun(span):
        return Direction.UNKNOWN  # "the contenders at the Oscars on Feb. 9 were not nominated": dates the Oscars
    if found == Direction.UNKNOWN and composers()["past_prefix"].search(text_of(doc)[max(0, start - 12) : start]):
        return Direction.PAST  # "is a feature we saw back in March" (but "will go back on Friday" keeps its verb)
    if not is_verb and composers()["future_prefix"].search(text_of(doc)[max(0, start - 20) : start]):
        return Direction.FUTURE  # a headline: "Colder Temperatures Forecast for Wed."
    return found


def date_verb(span: Span) -> Token:
    """The word a date hangs on: the head of "in three days" or "June 9th", or of the preposition it hangs on."""
    return span.root.head.head if span.root.head.pos_ == "ADP" else span.root.head


def told_in_past(doc: Doc, start: int, end: int) -> bool:
    """ "The next two months were tough.", "spent the next three years in Paris": a date whose own verb is a simple
    past (VBD, no auxiliary), or the infinitive of one of past_aspect_verbs ("continued to decline"), is told of a
    time before the page. A past verb reporting speech above it ("said the next
    two years were critical") leaves it backshifted: the words may speak of the page's time."""
    span = span_at(doc, start, end)
    if span is None:
        return False
    verb = _clause_verb(span)
    if verb.dep_ == "xcomp" and verb.tag_ == "VB" and verb.head.lower_ in tables()["past_aspect_verbs"]:
        verb = verb.head  # "his health continued to decline over the next three months"
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ != "VBD" or any(ch.dep_ == "aux" for ch in verb.children):
        return False
    said = {*tables()["said_verbs"], *tables()["report_verbs"]}
    return not any(w.lower_ in said for w in verb.ancestors)


def revision_note(doc: Doc, start: int, end: int) -> bool:
    """ "This blog post was edited on 9 July to include ...", "Updated on 9 July": a date on a past form of one of
    revision_verbs (dates.json) whose subject is the text itself ("this" and one of revision_nouns) or that has no
    subject tells when the page was changed, after it was first dated; the past tense speaks from a later reader's
    time. "The law was amended on 14 March" (another subject) is told as any past."""
    span = span_at(doc, start, end)
    if span is None:
        return False
    verb = date_verb(span)
    if verb.lower_ not in tables()["revision_verbs"] or verb.tag_ not in ("VBD", "VBN"):
        return False
    subjects = [ch for ch in verb.children if ch.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return verb.dep_ == "ROOT" and not any(ch.dep_ in ("aux", "auxpass") for ch in verb.children)
    return any(_the_text_itself(s) for s in subjects)


def _the_text_itself(subject: Token) -> bool:
    """ "This blog post", "this article": the page's own text, named with "this"."""
    own = subject.lower_ in tables()["revision_nouns"]
    return own and any(ch.dep_ == "det" and ch.lower_ == "this" for ch in subject.children)


def example_tense(doc: Doc, start: int, end: int) -> Direction:
    """ "Chad Thomas has filled in and played way above my expectations (including logging another sack this week)":
    a bare gerund that one of example_openers (dates.json) opens has no tense of its own; it gives examples of what
    the clause above tells, and takes the tense of the first verb above the opener. UNKNOWN for any other date."""
    span = span_at(doc, start, end)
    if span is None:
        return Direction.UNKNOWN
    verb = _clause_verb(span)
    opener = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or opener.lower_ not in tables()["example_openers"]:
        return Direction.UNKNOWN
    if any(ch.dep_ in ("aux", "auxpass") for ch in verb.children):
        return Direction.UNKNOWN
    above = next((w for w in opener.ancestors if w.pos_ in ("VERB", "AUX")), None)
    return _verb_tense(above) if above is not None else Direction.UNKNOWN


def reaches_now(doc: Doc, start: int, end: int) -> bool:
    """ "Both sides have spent the week", "It's been a terrible start to the week": a period told in the present
    perfect (perfect_aux in dates.json) reaches up to the reference date."""
    span = span_at(doc, start, end)
    if span is None:
        return False
    verb = _clause_verb(span)
    perfect = set(tables()["perfect_aux"])
    # the parser may file "'s" of "It's been" as a passive's "is"; before "been" it can only be "has"
    deps = ("aux", "auxpass") if verb.lower_ == "been" else ("aux",)
    return verb.tag_ == "VBN" and any(
        ch.dep_ in deps and ch.tag_ in ("VBZ", "VBP") and ch.lower_ in perfect for ch in verb.children
    )


def current_cycle(doc: Doc, start: int, end: int) -> bool:
    """ "recommends all individuals get a flu vaccine by the end of October for the current flu season": a clause
    that names the cycle going on now in a phrase of purpose or time ("the current" before one of
    current_cycle_nouns in dates.json, the object of a preposition) puts its year-less date in that cycle, the
    occurrence nearest the page's date, though a deadline or a plan looks ahead (a page of November 2019: October
    2019, not October 2020). A clause told ahead ("will meet in March during the current session") and one of the
    cycle itself ("The current season ends in August": its end is ahead) keep their tense."""
    span = span_at(doc, start, end)
    if span is None:
        return False
    verb, nouns = _clause_verb(span), set(tables()["current_cycle_nouns"])
    if any(ch.dep_ in ("aux", "auxpass") and ch.lower_ in _cues()[0] for ch in verb.children):
        return False  # "Lawmakers will meet in March during the current session": told as ahead
    return any(
        w.lower_ == "current" and w.dep_ == "amod" and w.head.lower_ in nouns and w.head.dep_ == "pobj"
        for w in verb.subtree
    )


def dates_a_thing(span: Span) -> bool:
    """ "Trump's July 25 call", "Tuesday's debate": a date set before a noun it modifies dates a thing; "Monday
    morning", "Friday night" (time_of_day_words in dates.json) are parts of the day itself, unless they in turn
    date a thing ("Wednesday night's debate"). A lowercase word the tagger reads as a proper noun ("Walmart's Black
    Friday adscan", NNP) is no name: a common noun (_common_noun)."""
    word, parts = span.root, {w.lower() for w in tables()["time_of_day_words"]}
    while word.dep_ in ("compound", "nmod", "poss") and _common_noun(word.head) and word.head.i != word.i:
        if word.head.lower_ not in parts:
            return True
        word = word.head
    return False


def _common_noun(word: Token) -> bool:
    """A noun, or a word in lowercase the tagger took for a proper noun (a name is capitalised)."""
    return word.pos_ == "NOUN" or (word.pos_ == "PROPN" and word.text.islower())


def reports_results(doc: Doc, start: int, end: int) -> bool:
    """ "The key positive from the Q2 results season is ...", "will report third-quarter earnings": a quarter set
    before a noun of reported results (results_nouns and reported_results_nouns in dates.json) is over, whatever the
    verb's tense: results are told after their quarter ends. "Q4 guidance" or "in Q3" say nothing of it."""
    span = span_at(doc, start, end)
    if span is None or not dates_a_thing(span):
        return False
    t = tables()
    return span.root.head.lower_ in (*t["results_nouns"], *t["reported_results_nouns"])


def _change_target(span: Span, verb: Token) -> bool:
    """ "was pushed back to October 29th", "was moved from September to January", "postponed until March": a date a
    verb of change (change_verbs in dates.json) moves something to, after one of change_target_prepositions that
    hangs on the verb, or a from-to range on it, is the new plan, not a time the verb's tense bounds. "moved to
    Hammond in 2014" (a date on "in") is the time of the verb."""
    t = tables()
    if not moves_a_date(verb):
        return False
    targets = set(t["change_target_prepositions"])
    word = _attachment(span) if span.root.pos_ != "ADP" else span.root
    if word.pos_ != "ADP" or not _on_verb(word, verb):
        return False
    if word.lower_ in targets:
        return True
    ends = [w for w in span if w.lower_ in targets and _on_verb(w, verb)]
    return word.lower_ == "from" and bool(ends)  # "from September to January": the range's "to" ends on the verb


def moves_a_date(verb: Token) -> bool:
    """ "postponed", "was pushed back", "was brought forward", "was put off": a verb that moves a planned date
    (change_verbs in dates.json, or one of change_particle_verbs with one of its particles)."""
    if verb.pos_ != "VERB":
        return False
    t = tables()
    if verb.lower_ in t["change_verbs"]:
        return True
    particles = t["change_particle_verbs"].get(verb.lower_, [])
    return any(ch.lower_ in particles and ch.dep_ in ("prt", "advmod") for ch in verb.children)


def _on_verb(word: Token, verb: Token) -> bool:
    """The word hangs on the verb, or on its particle ("pushed back to January" hangs "to" on "back")."""
    head = word.head
    return head.i == verb.i or (head.dep_ in ("advmod", "prt") and head.head.i == verb.i)


def _on_a_noun(span: Span) -> bool:
    """ "Several of the contenders for best picture at the Oscars on Feb. 9 were not nominated": a day set by "on"
    on a noun that is itself nested in another noun phrase (its preposition hangs on a nominal, not on the verb)
    dates a thing the verb's past tense does not bound: the verb tells when the clause's own event was, and the
    thing may be still to come. A noun the verb takes itself ("boarded a flight on May 15") keeps the verb's
    tense."""
    on = span.root.head
    if on.lower_ != "on" or on.dep_ != "prep" or on.head.pos_ not in ("NOUN", "PROPN"):
        return False
    noun = on.head
    return noun.dep_ == "pobj" and noun.head.head.pos_ in ("NOUN", "PROPN", "ADJ", "PRON", "NUM")


def _event_side(span: Span, found: Direction) -> Direction:
    """The side of a date that names a thing: "will try to delay November's presidential election", "ahead of
    Tuesday's Democratic debate": a date naming an event (coming_event_nouns in dates.json) that a future clause has
    as its subject or object, or that follows ahead_of_prefix or is what a "for" is for ("the favorite for Saturday's
    race") in a clause not in the past, is the coming one; "asked
    to get the documents well ahead of a Nov. 29 meeting": after ahead_of_prefix in a past clause, the event came
    after the verb's time, so the past tense does not bound it (the nearest one). "will face questions about the July
    25 call" (not an event of that kind, and not the verb's own argument) says nothing; a past verb bounds the rest. A
    level a quantity reached ("down from the March high", observed_level_nouns) was observed: the past."""
    event = span.root.head
    if event.lower_ in tables()["observed_level_nouns"]:
        return Direction.PAST  # "still down from the March high": a level reached is a thing seen
    if event.lower_ not in tables()["coming_event_nouns"]:
        return min(found, Direction.UNKNOWN)
    before = text_of(span.doc)[max(0, span.start_char - 30) : span.start_char]
    ahead = bool(composers()["ahead_of_prefix"].search(before)) or (event.dep_ == "pobj" and event.head.lower_ == "for")
    if found == Direction.PAST:
        return Direction.UNKNOWN if ahead or _event_on_a_noun(event) else Direction.PAST
    if ahead or (found == Direction.FUTURE and event.dep_ in ("dobj", "nsubj", "nsubjpass")):
        return Direction.FUTURE
    return Direction.UNKNOWN


def _event_on_a_noun(event: Token) -> bool:
    """ "A recent poll ... gave her a 20-percentage point lead over Gov. David Ige in the August primary": an event
    named by its date whose preposition hangs on a noun (the lead is in the primary) is a thing that noun is about,
    not the verb's own time, so the verb's past tense does not bound it (as _on_a_noun for a day set by "on"): the
    nearest one. "She won the August primary" (the verb's object) keeps the past."""
    prep = event.head
    return event.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.pos_ == "NOUN" and prep.head.i < prep.i


def _conjunct_verb(span: Span, verb: Token) -> Token:
    """ "went in search of stories about the city and from October onward they will be released": an adverbial set
    right after "and"/"but" opens the coordinated clause whose subject and verb follow it, though the parse may hang
    it on the first clause's verb; that clause's verb tells its tense."""
    doc, word = span.doc, span.root.head if span.root.head.pos_ == "ADP" else span.root
    i = min(word.i, span.start)
    if i == 0 or doc[i - 1].pos_ != "CCONJ" or word.head.i != verb.i or verb.i > i:
        return verb
    for conj in verb.children:
        subjects = [ch for ch in conj.children if ch.dep_ in ("nsubj", "nsubjpass") and span.end <= ch.i < conj.i]
        if conj.dep_ == "conj" and conj.pos_ in ("VERB", "AUX") and subjects:
            return conj
    return verb


def _onset(span: Span) -> Direction | None:
    """ "restricted to takeout starting Wednesday", "free to 16 to 24-year-olds from Monday": a date after one of
    onset_words (dates.json) says when something takes effect, FUTURE (the caller keeps a past verb's PAST); None
    when no such word, or a "from" that compares ("up 5% from Monday") or hangs on a noun ("data from Nov. 5")."""
    doc = span.doc
    i = span.start - (span.start > 0 and doc[span.start - 1].lower_ == "on")
    word = doc[i - 1] if i > 0 else None
    if word is None or word.lower_ not in tables()["onset_words"]:
        return None
    if span.root.head.i not in (word.i, i):
        return None  # "distance themselves from Thursday night's fight": the date names the fight, not an onset
    if word.lower_ != "from":
        return Direction.FUTURE
    before = doc[word.i - 1] if word.i > 0 else None
    if before is not None and before.lower_ in ("%", "percent", "up", "down"):
        return None
    return Direction.FUTURE if word.head.pos_ in ("VERB", "ADJ") else None


def _attachment(span: Span) -> Token:
    """The word the date hangs on, through a part of the day it names: "should ease by Thursday morning" hangs on
    "by" (time_of_day_words in dates.json), as "should ease by Thursday" does."""
    word, parts = span.root, {w.lower() for w in tables()["time_of_day_words"]}
    while word.dep_ in ("compound", "nmod") and word.head.lower_ in parts and word.head.i != word.i:
        word = word.head
    return word.head


def _participle_clause(verb: Token) -> Token | None:
    """ "Travellers arriving in the UK ... after 4am on Saturday must self-isolate": a bare present participle on
    a noun the clause has as its subject or object tells no time of its own, and a clause that looks ahead (a future
    or a modal ahead) takes it along; a past clause does not bound it ("sued to block the order extending
    stay-at-home rules through May 26" is the coming May 26). None when the participle has auxiliaries of its own,
    or its noun is no argument of a verb."""
    if not _bare_participle(verb, "VBG"):
        return None
    noun = verb.head
    if noun.dep_ not in ("nsubj", "nsubjpass", "dobj") or noun.head.pos_ not in ("VERB", "AUX"):
        return None
    return noun.head


def _bare_participle(verb: Token, tag: str) -> bool:
    """A participle of that tag set on a noun ("travellers arriving", "the position drawn"), without auxiliaries."""
    return verb.tag_ == tag and verb.dep_ == "acl" and not any(ch.dep_ in ("aux", "auxpass") for ch in verb.children)


def _clause_tense(participle: Token) -> Direction:
    """The tense of the first verb above the noun a participle is set on: "will attempt to become the first winner
    from the No. 17 post position drawn for ...": FUTURE."""
    for word in participle.head.ancestors:
        if word.pos_ in ("VERB", "AUX"):
            return _verb_tense(word)
    return Direction.UNKNOWN


def _described_ahead(span: Span) -> bool:
    """ "details would be made public after a meeting on Friday where board members review the contract": a day on
    a noun that a present-tense relative clause of action describes is the day of an event still to come (news
    tells a past event in the past tense); a stative or reporting verb ("a meeting on Friday that includes ...")
    describes, and tells nothing of the side. Only for a clause whose own tense said nothing."""
    on = span.root.head
    if on.dep_ != "prep" or on.pos_ != "ADP" or on.head.pos_ != "NOUN":
        return False
    t = tables()
    quiet = set(t["stative_verbs"]) | set(t["report_verbs"])
    for clause in on.head.children:
        aux = [ch for ch in clause.children if ch.dep_ in ("aux", "auxpass")]
        if clause.dep_ == "relcl" and clause.tag_ in ("VBZ", "VBP") and not aux and clause.lower_ not in quiet:
            return True
    return False


def _modal_ahead(verb: Token) -> Direction:
    """ "The sudden cold snap should peak Wednesday", "may be signed Friday": a modal of modal_ahead (dates.json)
    without a perfect "have" speaks of what has not happened yet; only for a date on the verb itself, and not on
    a copula ("should be immune ..., according to court filings Friday" dates the filings)."""
    if verb.pos_ == "AUX":
        return Direction.UNKNOWN  # "should be immune": a state that is owed, no event to come
    aux = [ch.lower_ for ch in verb.children if ch.dep_ in ("aux", "auxpass")]
    ahead = any(a in tables()["modal_ahead"] for a in aux) and "have" not in aux
    return Direction.FUTURE if ahead or _obliged(verb, aux) else Direction.UNKNOWN


def _obliged(verb: Token, aux: list[str]) -> bool:
    """ "residents have to stay home on Saturday": the "to" clause of a present-tense verb of obligation
    (obligation_verbs in dates.json) looks ahead as a modal does; "had to stay" is past (a past auxiliary or form)."""
    head = verb.head
    if aux != ["to"] or verb.dep_ != "xcomp" or head.lower_ not in tables()["obligation_verbs"]:
        return False
    return head.tag_ in ("VBZ", "VBP") and not any(ch.dep_ in ("aux", "auxpass") for ch in head.children)


def _in_sequel_object(verb: Token, span: Span) -> bool:
    """ "The move follows Macron's response in March": what a present-tense sequel verb (dates.json) has as its
    object came before it."""
    if verb.lower_ not in tables()["sequel_verbs"] or any(ch.dep_ in ("aux", "auxpass") for ch in verb.children):
        return False
    objects = [ch for ch in verb.children if ch.dep_ == "dobj"]
    return any(o.left_edge.i <= span.start and span.end - 1 <= o.right_edge.i for o in objects)


def _reported_modal(verb: Token) -> bool:
    """ "The department said it couldn't answer anything until September": a modal's past form (backshifted_modals in
    dates.json) in what a past verb reports speaks from the time of saying, which the text does not give, so it does
    not put the date ahead of the page's."""
    aux = {ch.lower_ for ch in verb.children if ch.dep_ == "aux"}
    return bool(aux & set(tables()["backshifted_modals"])) and verb.dep_ == "ccomp" and _past_form(verb.head)


def _past_form(verb: Token) -> bool:
    _, past = _cues()
    return verb.tag_ == "VBD" or any(ch.lower_ in past for ch in verb.children if ch.dep_ in ("aux", "auxpass"))


def auxiliaries(verb: Token) -> list[str]:
    """The verb's auxiliaries as words: an infinitive marker is "to" however spelt ("gon na close": "na"), and one the
    parse hangs on a passive "be" rather than on the verb ("is going to be closed Friday": "to" under "be") is the
    verb's own, as it is in "is set to be held Friday"."""
    words: list[str] = []
    for ch in verb.children:
        if ch.dep_ not in ("aux", "auxpass"):
            continue
        words.append("to" if ch.tag_ == "TO" else ch.lower_)
        if ch.dep_ == "auxpass" and ch.lower_ == "be":
            words.extend("to" for g in ch.children if g.dep_ == "aux" and g.tag_ == "TO")
    return words


def _verb_tense(verb: Token, depth: int = 0) -> Direction:
    future, past = _cues()
    aux = auxiliaries(verb)
    if verb.lower_ in future and aux and all(a in past for a in aux):
        return (
            Direction.UNKNOWN
        )  # "had planned to impose Dec. 15", "was coming to Tuesday's": planned in the past, for either side
    if any(a in future and a != "to" for a in aux):
        return Direction.FUTURE
    if verb.lower_ in future - {"to"} and _cue_verb(verb, aux):
        return Direction.UNKNOWN if _planned_in_past(verb) else Direction.FUTURE
    return _aux_tense(verb, aux, depth)


def _aux_tense(verb: Token, aux: list[str], depth: int) -> Direction:
    _, past = _cues()
    if aux == ["being"] and verb.tag_ == "VBN":
        return Direction.PAST  # "being arrested on camera ... in May": a participle clause tells what was done
    if sorted(aux) == ["be", "to"] and depth < 2 and verb.dep_ == "xcomp" and verb.head.pos_ == "VERB":
        # a passive infinitive has no tense of its own, as a bare "to" has none: "She is scheduled to be arraigned
        # Thursday morning" is as far ahead as "is scheduled" puts it (its participle is no past form); not after an
        # adjective, whose copula the parse hangs elsewhere ("was due to be released in September")
        return _verb_tense(verb.head, depth + 1)
    if aux and aux != ["to"]:
        if any(a in past for a in aux):
            return Direction.PAST
        return Direction.UNKNOWN  # a modal ("may be signed") says nothing here; see _modal_ahead
    if verb.tag_ in ("VBD", "VBN"):
        return Direction.PAST
    if aux == ["to"] and verb.dep_ == "ROOT" and any(ch.dep_ == "nsubj" for ch in verb.children):
        return Direction.FUTURE  # a headline's "Alaska Airlines to become full Oneworld member by spring"
    # a verb without tense of its own takes its governor's ("set to begin on Wednesday"); a present-tense one has
    # its own: "premiered in May and gets a wider release in January" is next January
    if depth < 2 and verb.head.i != verb.i and verb.dep_ in ("xcomp", "ccomp", "advcl", "conj"):
        return Direction.UNKNOWN if verb.tag_ in ("VBZ", "VBP") else _verb_tense(verb.head, depth + 1)
    if depth < 2 and verb.dep_ == "acl" and aux == ["to"] and verb.head.head.pos_ in ("VERB", "AUX"):
        return _verb_tense(verb.head.head, depth + 1)  # "had the opportunity to meet her this summer"
    governor = verb.head.head if verb.head.pos_ == "ADP" else verb.head
    if depth < 2 and verb.tag_ == "VBG" and verb.dep_ == "pcomp" and governor.pos_ in ("VERB", "AUX"):
        return _verb_tense(governor, depth + 1)  # "pleaded guilty to threatening to kill her in March"
    return Direction.UNKNOWN


def _planned_in_past(verb: Token) -> bool:
    """ "canceled an increase in tariffs planned for Oct. 15": a plan that modifies a thing (or a participle such as
    "coming" that modifies a past clause) was a plan then, and says nothing of the date's side of today (as "had
    planned to impose Dec. 15")."""
    plan = verb.dep_ == "acl" and verb.tag_ == "VBN"
    if not plan and not (verb.dep_ in ("acl", "advcl") and verb.tag_ == "VBG"):
        return False
    head = verb.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    return head.pos_ in ("VERB", "AUX") and _past_form(head)


def _cue_verb(verb: Token, aux: list[str]) -> bool:
    """ "set to begin", "is scheduled", "expected for", a participle "coming in November": a future cue; the band's
    "set" on Monday night is not.
    (Only past auxiliaries, "had planned", never get here: _verb_tense answers those first.)"""
    following = verb.doc[verb.i + 1].lower_ if verb.i + 1 < len(verb.doc) else ""
    if verb.tag_ == "VBG" and verb.dep_ in ("acl", "advcl"):
        return True  # "an anthology ..., coming in e-book June 9 and as a hardcover in November"
    return bool(aux) or following in ("to", "for") or any(ch.dep_ == "xcomp" for ch in verb.children)


def holiday_looks_ahead(doc: Doc, start: int, end: int) -> bool:
    """ "urged residents to cancel indoor Thanksgiving plans", "plans to tighten restrictions on gatherings such as
    Thanksgiving": a holiday on a word of planning or cancelling (holiday_ahead_words in dates.json) met before the
    first finite verb above it, so no past clause of its own, is spoken of ahead. The caller keeps it only when the
    coming one is near (holiday_ahead_days)."""
    span = span_at(doc, start, end)
    if span is None:
        return False
    words = set(tables()["holiday_ahead_words"])
    for token in (span.root, *span.root.ancestors):
        if token.lower_ in words:
            return True
        if token.tag_ in ("VBD", "VBZ", "VBP", "MD"):
            return False
    return False


def forecast_ahead(doc: Doc, start: int, end: int) -> bool:
    """ "California ISO forecast electricity demand Monday at near all-time peak levels", "the Korea Meteorological
    Administration forecasts the winter-like weather to return over the weekend": a date on a verb of foreseeing
    (forecast_verbs in dates.json) with an object, in a form not marked past ("predicted" is), or in a clause that
    such a verb's object governs, or on that object itself ("the government, which foresees the opening Monday of
    bars"), is the day foreseen, ahead."""
    span = span_at(doc, start, end)
    if span is None:
        return False
    word = date_verb(span)
    if word.pos_ == "NOUN" and word.dep_ == "dobj" and _adverbial(span):
        word = word.head  # "which foresees the opening Monday of bars": the day of the thing foreseen
    verb = _foreseeing_verb(word, _adverbial(span))
    if verb is None:
        return False
    _, past = _cues()
    aux = [ch.lower_ for ch in verb.children if ch.dep_ in ("aux", "auxpass")]
    return not any(a in past for a in aux) and any(ch.dep_ == "dobj" for ch in verb.children)


def _adverbial(span: Span) -> bool:
    """The date says when its verb happens ("to return over the weekend", "rise Monday"), rather than being one of
    its arguments or a possessor ("Friday's back-up")."""
    root = span.root
    return root.dep_ in ("pobj", "npadvmod") and not any(ch.dep_ == "case" for ch in root.children)


def _foreseeing_verb(word: Token, climb: bool) -> Token | None:
    """The verb of foreseeing the date's own verb is, or (climb: the date is an adverbial of its verb) that governs
    it: "forecasts the weather to return" (the clause hangs on the object), "predicts prices will rise" (a
    clausal complement); None when there is none within two clause links."""
    for _ in range(3 if climb else 1):
        if word.pos_ != "VERB":
            return None  # "given the current market tone, Friday's back-up": the date names a thing, not a time ahead
        if word.lower_ in tables()["forecast_verbs"]:
            return word
        if word.dep_ not in ("relcl", "xcomp", "ccomp", "acl") or word.head.i == word.i:
            return None
        word = word.head
        if word.pos_ in ("NOUN", "PROPN") and word.dep_ == "dobj":
            word = word.head
    return None


def bidden_ahead(doc: Doc, start: int, end: int) -> bool:
    """ "watch my documentary Saturday night at 8 on HBO/MAX!", "Lakers: Visit the Thunder on Friday.": a day on a
    verb in the imperative (a bare base form that opens its clause, at the start of the sentence or after a colon,
    with no subject and no auxiliary) is a day bidden ahead. The caller leaves out headlines and captions
    ("Watch: ..." there presents a picture of what was)."""
    span = span_at(doc, start, end)
    if span is None:
        return False
    verb = _attachment(span)
    verb = verb.head if verb.pos_ == "ADP" else verb
    after_colon = verb.i > 0 and doc[verb.i - 1].text == ":"
    if not (verb.tag_ == "VB" and verb.pos_ == "VERB") and not (after_colon and _noun_with_object(verb)):
        return False
    if any(ch.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass") for ch in verb.children):
        return False
    return verb.i == verb.sent.start or after_colon


def _noun_with_object(word: Token) -> bool:
    """ "Thunder: Host the Lakers on Friday.": a word the parse tags a noun yet gives a direct object is a verb it
    misread (a capitalised base form after a colon looks like a name); only a verb takes an object."""
    return word.pos_ in ("NOUN", "PROPN") and any(ch.dep_ == "dobj" for ch in word.children)
