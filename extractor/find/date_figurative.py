"""A "today", "tomorrow" or "yesterday" used as a figure, not as a day of the page: a slogan's parallel ("Hong Kong
today, Taiwan tomorrow": the present and the future of a cause) and what a hypothetical would do at once ("the
400,000 people who would lose their jobs tomorrow": if a measure were taken) or how the present would stand had the
past gone otherwise ("If I didn't choose to get clean when I did, then I'd probably be dead today"), a day word in
words only imagined ("I can’t say ‘... so can you give me until tomorrow?’": never said, so on no day), and a season,
holiday or weekday set in a comparison ("felt as though winter had suddenly descended", "It felt like summer", "It's
like Christmas morning for the kids": a likeness, no season or day of the calendar), and a "tomorrow" or "today" used
as a noun after a determiner ("provide a better tomorrow for mothers": the future).
date_nonrefs.no_reference drops them.

Decisions, each checked against every bare day word beside a modal on the audit pages:
- A slogan is a quotation of two day words set each after its own noun phrase with no verb inside the quotation;
  a forecast's "Sunny today, rain tomorrow" in prose is not quoted and keeps its days.
- "would" on a relative clause whose nearest finite clause above is in the present ("what do we say to the people
  who would lose their jobs tomorrow") is a conditional; under a past verb the "would" is a reported "will" ("said
  the flights that would leave tomorrow") and keeps the day, and so does a main clause's "would" ("Manatee would
  be better than a sweater today": that day's weather), and any other modal ("we could have won this game today").
- "today" on a copula of "would" with a complement of state ("I'd probably be dead today") under a condition in the
  unreal past (an "if" or "unless" clause, hypothetical_marks in date_nonrefs.json, told in the past: "If I didn't
  choose to get clean when I did"; or one opened by an inverted "had" or "were") is the state the present would be
  in had the past gone otherwise: the present age, no day (counterfactual_today); so is one whose condition is the
  sentence right before, an "if" clause left as a fragment with no main clause. Without a condition ("Manatee would
  be better than a sweater today"), with a verb of an event ("he would be playing today") or a condition in the
  present ("if it rains") the day stays.
- "today" on a verb of "would" in an "if" or "whether" clause that is the complement of a predicate in the present
  ("I'm not sure if I would opt for a rewrite in Rust today") asks what one would choose now, at the present age, no
  day (open_question_today); under a past verb ("He asked if I would come today") the "would" is a reported "will"
  and the day stays, and so does a "will" ("I'm not sure if he will come today").
- A day word inside a quotation is in words imagined when the quotation opens right after a verb of saying under a
  negation or a modal ("I can’t say ‘...’", "you’d ask ‘...’"); a future "will say" is a real saying to come and
  keeps its day. The quotation is the innermost one still open on the line (a single mark inside a double one
  counts, a closing single mark is one no letter follows), not quotation's, which reads double marks only. On the
  569 audit pages ten quotations open after such a verb, one with a day word (the one above).
- A season with no year, shift word or part is a likeness when it is the object of a preposition of likeness ("felt
  like summer") or is the subject of a clause of manner that "as if", "as though" or "like" opens ("felt as though
  winter had descended", told in the unreal past): what a thing resembles, not when it happens
  (figurative_season_* in date_nonrefs.json). "as though summer would never end" (a modal) tells of the real
  summer; a season that only dates such a clause ("as if the project would finish in the spring") is the time of a
  likely event, and one merely in the sentence of an "as if" ("As if COVID-19 was not enough, we also had ... a
  summer of protest") is outside its clause: both stay. "winter-like" and "summer-like" never match a season.
- A holiday or weekday with no year or shift word is read the same way ("It's like Christmas morning for the kids",
  "It felt like Sunday", "feels like Christmas came early"), also when it only names a part of its day ("Christmas
  morning"), but a preposition of likeness counts only on a verb: on a noun it gives examples ("events like
  Christmas concerts", "holidays like Christmas and Easter": real occasions, which keep their dates). Checked against
  every holiday and weekday after "like", "as if" or "as though" on the audit pages (one: the Christmas morning).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ..data import load
from ..nlp import span_at, text_of
from .date_patterns import Candidate

__all__ = [
    "after_determiner",
    "counterfactual_today",
    "figurative_day",
    "figurative_season",
    "hypothetical_tomorrow",
    "imagined_utterance_day",
    "noun_day",
    "open_question_today",
    "quotation",
    "slogan_day",
]

_DAY_WORDS = ("today", "tomorrow", "yesterday")
_SLOGAN = re.compile(
    r"[^\W\d][^,;:!?]{0,40}?\s(?:today|tomorrow|yesterday)[,;]?\s+[^\W\d][^,;:!?]{0,40}?\s(?:today|tomorrow|yesterday)"
    r"[.!]?",
    re.I,
)
_QUOTES = {"\u201c": "\u201d", '"': '"'}
# the marks that open a quotation and the ones that close it; a closing single mark is one no letter follows (not the
# apostrophe of "can’t")
_OPENING = re.compile(r"(?:^|(?<=[\s(\u201c\"]))[\u2018\u201c\"]")
_CLOSING = {"\u2018": re.compile(r"\u2019(?![^\W\d_])"), "\u201c": re.compile("\u201d"), '"': re.compile('"')}
_CONDITIONAL = ("would", "'d", "\u2019d")
_PRESENT_AUX = ("do", "does", "is", "are", "am")


def _bare_day(doc: Doc, c: Candidate) -> Token | None:
    """The one token of a bare "today", "tomorrow" or "yesterday" (no shift word, range or part), else None."""
    if c.atom.kind != "deictic" or c.parts or c.since or c.mod:
        return None
    if c.groups.get("word", "").lower() not in _DAY_WORDS:
        return None
    span = span_at(doc, c.start, c.end)
    return span[0] if span is not None and len(span) == 1 else None


def quotation(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The bounds of the words of the quotation that holds text[start:end] (the last quote opened before it on its
    line, closed after it), else None. Its readers read the quotation's words (a slogan here, the quotation's own
    verb in date_tense._quoted_verb), so it needs both ends and may span sentences; date_deictic._quoted_at (is a
    position inside a quote opened in its sentence or block, closed or not) answers a different question and stays
    apart (see its docstring), and so does _open_quotation (where the innermost quote open at a position opens)."""
    line = text.rfind("\n", 0, start) + 1
    for opening, closing in _QUOTES.items():
        left = text.rfind(opening, line, start)
        if left < 0 or (opening == '"' and text.count('"', line, left) % 2):
            continue
        right = text.find(closing, end)
        inside = text[left + 1 : right] if right >= 0 else ""
        if right >= 0 and "\n" not in inside and closing not in text[left + 1 : start]:
            return left + 1, right
    return None


def slogan_day(doc: Doc, c: Candidate) -> bool:
    """ "“Hong Kong today, Taiwan tomorrow” became her call to arms": a quotation that is only two noun phrases, each
    closed by a different day word, with no verb, is a slogan's present and future, no day."""
    word = _bare_day(doc, c)
    if word is None:
        return False
    text = text_of(doc)
    bounds = quotation(text, c.start, c.end)
    if bounds is None:
        return False
    quoted = text[bounds[0] : bounds[1]].strip()
    if not _SLOGAN.fullmatch(quoted):
        return False
    days = re.findall(r"\b(?:today|tomorrow|yesterday)\b", quoted, re.I)
    span = span_at(doc, *bounds)
    verbless = span is not None and not any(t.pos_ in ("VERB", "AUX") for t in span)
    return len({d.lower() for d in days}) == 2 and verbless


def _governing_present(verb: Token) -> bool:
    """The nearest finite verb above a relative clause is in the present: a present form or a present auxiliary
    ("what do we say to the people who ...")."""
    for word in verb.ancestors:
        if word.pos_ not in ("VERB", "AUX"):
            continue
        aux = [ch for ch in word.children if ch.dep_ in ("aux", "auxpass")]
        if word.tag_ in ("VBZ", "VBP") or any(a.lower_ in _PRESENT_AUX for a in aux):
            return True
        if word.tag_ in ("VBD", "MD") or aux:
            return False
    return False


def hypothetical_tomorrow(doc: Doc, c: Candidate) -> bool:
    """ "what do we say to the 400,000 people who would lose their jobs tomorrow": "tomorrow" on a relative clause
    of "would" under a present clause is what a hypothetical would bring at once, no day."""
    word = _bare_day(doc, c)
    if word is None or word.lower_ != "tomorrow":
        return False
    verb = word.head
    if verb.pos_ != "VERB" or verb.dep_ != "relcl":
        return False
    aux = [ch.lower_ for ch in verb.children if ch.dep_ == "aux"]
    return any(a in _CONDITIONAL for a in aux) and _governing_present(verb)


def counterfactual_today(doc: Doc, c: Candidate) -> bool:
    """ "If I didn't choose to get clean when I did, then I'd probably be dead today": "today" on a copula of "would"
    with an adjective or noun of state, under a condition in the unreal past, is the present as it would stand had
    the past gone otherwise (the present age, no day); "he would be playing today" (an event) and "Manatee would be
    better than a sweater today" (no condition) keep the day."""
    verb = _would_today(doc, c)
    if verb is None or verb.lower_ != "be":
        return False
    if not any(ch.dep_ in ("acomp", "attr") for ch in verb.children):
        return False
    return any(ch.dep_ == "advcl" and _unreal_condition(ch) for ch in verb.children) or _condition_before(verb)


def _condition_before(verb: Token) -> bool:
    """ "If we had maintained our average growth rate that we had when the dollar was stable — i.e tied to gold for
    about 180 years, most of our history. We've maintained those growth rates in the last 40 years, GDP would be 50%
    larger today": the sentence right before, in the same block, is an unreal condition left with no main clause (its
    root is the "if" clause itself, a fragment), so its consequence is the verb's sentence. A whole conditional
    before ("If we had kept it, we would be richer. Prices would be higher today") has a main clause of its own and
    conditions nothing after it."""
    start = verb.sent.start
    if start == 0:
        return False
    root = verb.doc[start - 1].sent.root
    return _unreal_condition(root)


def open_question_today(doc: Doc, c: Candidate) -> bool:
    """ "2020 is not 2014, however, and I'm not sure if I would opt for a rewrite in Rust today": "today" on a verb of
    "would" in a clause an "if" or "whether" opens (open_question_marks in date_nonrefs.json), the complement of a
    predicate in the present, weighs a choice in the present age, no day; "He asked if I would come today" (a past
    verb above: a reported "will") keeps its day."""
    verb = _would_today(doc, c)
    if verb is None or verb.dep_ != "ccomp":
        return False
    marks = load("date_nonrefs")["open_question_marks"]
    if not any(ch.dep_ == "mark" and ch.lower_ in marks for ch in verb.children):
        return False
    return _governing_present(verb)


def _would_today(doc: Doc, c: Candidate) -> Token | None:
    """The verb a bare "today" hangs on when "would" (or its "'d") carries it: "I'd probably be dead today", "if I
    would opt for a rewrite in Rust today"."""
    word = _bare_day(doc, c)
    if word is None or word.lower_ != "today":
        return None
    verb = word.head
    return verb if any(ch.dep_ == "aux" and ch.lower_ in _CONDITIONAL for ch in verb.children) else None


def _unreal_condition(clause: Token) -> bool:
    """A condition told in the unreal past: "If I didn't choose ...", "if we had kept ..." (a mark of
    hypothetical_marks and a past verb or auxiliary) or "Had we maintained ..." (an inverted "had" or "were" before
    the subject)."""
    aux = [ch for ch in clause.children if ch.dep_ in ("aux", "auxpass")]
    first = min((clause, *clause.children), key=lambda t: t.i)
    if first in aux and first.lower_ in ("had", "were"):
        return True
    marks = load("date_nonrefs")["hypothetical_marks"]
    if not any(ch.dep_ == "mark" and ch.lower_ in marks for ch in clause.children):
        return False
    return clause.tag_ == "VBD" or any(a.tag_ == "VBD" for a in aux)


def imagined_utterance_day(doc: Doc, c: Candidate) -> bool:
    """ "I can’t say ‘I don’t know what the emotion is for the character, so can you give me until tomorrow?’": a day
    word inside a quotation that a verb of saying under a modal or a negation opens (imagined_say_verbs,
    imagined_say_not_modals in date_nonrefs.json) is in words imagined, never said on a day: no day. "he will say
    ‘today ...’" (a future saying) and '"... tomorrow," he said' (a real one) keep their days."""
    word = _bare_day(doc, c)
    if word is None:
        return False
    text = text_of(doc)
    opening = _open_quotation(text, c.start)
    if opening is None:
        return False
    before = span_at(doc, text.rfind("\n", 0, opening) + 1, opening)
    verb = next((t for t in reversed(before) if not t.is_punct), None) if before is not None else None
    t = load("date_nonrefs")
    if verb is None or verb.lower_ not in t["imagined_say_verbs"] or verb.pos_ not in ("VERB", "AUX"):
        return False
    aux = [ch for ch in verb.children if ch.dep_ in ("aux", "neg")]
    return any(a.dep_ == "neg" for a in aux) or any(
        a.tag_ == "MD" and a.lower_ not in t["imagined_say_not_modals"] for a in aux
    )


def _open_quotation(text: str, pos: int) -> int | None:
    """Where the innermost quotation still open at pos opens on pos's line (a single mark inside a double one
    counts), else None. Its own reader: imagined_utterance_day needs the opening mark of the innermost quote (the
    ‘...’ a speaker imagines inside her “...”), which date_deictic._quoted_at (open or not, double marks only, since
    a single mark there would take British quotes' days for a speaker's) and quotation (closed on the line, double
    marks) do not give."""
    line = text.rfind("\n", 0, pos) + 1
    opened: list[tuple[str, int]] = []
    for i in range(line, pos):
        if opened and _CLOSING[opened[-1][0]].match(text, i):
            opened.pop()
        elif _OPENING.match(text, i):
            opened.append((text[i], i))
    return opened[-1][1] if opened else None


def figurative_season(doc: Doc, c: Candidate) -> bool:
    """ "Tuesday's temperatures felt as though winter had suddenly descended upon the nation", "It felt like summer":
    a bare season that a preposition of likeness governs, or the subject of a clause of manner opened by "as if", "as
    though" or "like", is what the weather resembled, no season of the calendar."""
    if c.atom.kind != "season" or c.parts or c.since or c.mod or c.groups.keys() != {"season"}:
        return False
    span = span_at(doc, c.start, c.end)
    if span is None:
        return False
    t = load("date_nonrefs")
    word = span.root
    if word.dep_ == "pobj" and word.head.lower_ in t["figurative_season_preps"]:
        return True
    if word.dep_ not in ("nsubj", "nsubjpass"):
        return False  # "as if the project would finish in the spring": a likely time of a real event
    verb = word.head
    marks = " ".join(ch.lower_ for ch in verb.children if ch.dep_ == "mark" and ch.i < word.i)
    return marks in t["figurative_season_marks"] and _counterfactual(verb)


def noun_day(doc: Doc, c: Candidate) -> bool:
    """ "we may provide a better tomorrow for mothers": a bare "tomorrow" or "today" right after a determiner or a
    possessive (noun_day_determiners), maybe with adjectives between ("a better", "our brighter", "no"), is used as a
    noun, the future or the present age, no day. "a meeting tomorrow" (a noun before it) keeps its day."""
    word = _bare_day(doc, c)
    if word is None or word.lower_ == "yesterday":
        return False
    t = load("date_nonrefs")
    if word.i > 0 and doc[word.i - 1].lower_ in t["noun_day_not_adjectives"]:
        return False  # "He worked a little today": "a little" is how much, not an article and an adjective
    return after_determiner(doc, word.i, t["noun_day_determiners"])


def after_determiner(doc: Doc, i: int, words: list[str]) -> bool:
    """The token at i comes right after one of words as a determiner or a possessive, maybe with one adjective between
    ("a better tomorrow", "no national Thanksgiving Day"). By tag too: "told her today" (a pronoun object, PRP)
    keeps its day, "her brighter tomorrow" (PRP$) does not. Two adjectives are a predicate's ("That all sounds a
    little ridiculous today"), not a noun's."""
    k = i - 1
    if k >= 0 and doc[k].tag_ in ("JJ", "JJR", "JJS"):
        k -= 1
    det = doc[k] if k >= 0 else None
    return det is not None and det.tag_ in ("DT", "PRP$") and det.lower_ in words


def figurative_day(doc: Doc, c: Candidate) -> bool:
    """ "It's like Christmas morning for the kids", "It felt like Sunday", "It feels like Christmas came early": a bare
    holiday or weekday (or one naming a part of that day, figurative_day_parts) that a preposition of likeness on a
    verb governs, or the subject of a clause of manner in the unreal past, is what a moment resembled, no day.
    "events like Christmas concerts" and "holidays like Christmas" (a "like" on a noun) give examples of real
    occasions and stay."""
    if c.atom.kind not in ("holiday", "weekday") or c.parts or c.since or c.mod:
        return False
    if not c.groups.keys() <= {"hol", "wd"}:
        return False  # "last Christmas", "Christmas 2019", "next Monday": a day of the calendar
    span = span_at(doc, c.start, c.end)
    if span is None:
        return False
    t = load("date_nonrefs")
    word = span.root
    if word.dep_ == "compound" and word.head.lower_ in t["figurative_day_parts"] and word.head.i > word.i:
        word = word.head  # "like Christmas morning": the part of the day is the object
    if word.dep_ == "pobj" and word.head.lower_ in t["figurative_season_preps"]:
        return word.head.head.pos_ in ("VERB", "AUX")
    if word.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = word.head
    marks = " ".join(ch.lower_ for ch in verb.children if ch.dep_ == "mark" and ch.i < word.i)
    return marks in t["figurative_season_marks"] and _counterfactual(verb)


def _counterfactual(verb: Token) -> bool:
    """A clause of manner told in the unreal past: "had descended", "was here", "were over"; a modal ("as though summer
    would never end": the real summer's length) says nothing unreal."""
    aux = [ch for ch in verb.children if ch.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in aux):
        return False
    return any(a.lower_ == "had" for a in aux) or (not aux and verb.tag_ == "VBD")
