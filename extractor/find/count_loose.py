"""Numbers that score, price or measure though no unit or sign is written: the words around them say so.

count_context.py asks these rules after its own and count_measures.py's; each reads the text around the
number (and its parse root) only, so a title, a caption and the body are treated alike. Decisions:
- A basketball 'three' after a verb of shooting and 'a' ('He knocked down a three over his nemesis', 'Batum hit
  an early three') is a three-point shot, not three of something. A three with a noun of its own counts.
- A number written with a scale word and no currency after a verb whose object is money ('politicians spent
  trillions', 'made billions', 'hospitals are poised to save millions annually', 'raised 5 million'), or before a
  participle of one ('the 1.4million secured in March', a text that lost its sign), is a sum
  the text leaves unsaid, not a count; 'save millions of lives' counts lives. Left alone without a scale word
  ('spent 30'): nothing shows the number is money.
- A number counting no noun that one of sum_joiners adds to such a sum or to one with a currency sign ('handed
  512,339 on top of the 1.4million secured in March') is a sum too; no currency is guessed for it.
- A number right after a word of a price ('priced at', 'will cost', 'a price of', 'sold for'), counting no noun
  and ending its clause ('the proposed price, which has been priced at 50,000.'), is a price whose currency the
  text leaves unsaid: no count, and no currency guessed for it.
- The second number of a currency range ('the $40-50 billion in annual purchases') is amounts.py's: it reads the
  sign on the low end as the currency of the high end too.
- An age said loosely: a bare number that ends its clause after a verb of looks ('She looked no more than
  twenty'), or after 'at' with a superlative of age in the clause or a verb of a life's turn ('the country’s
  oldest ever president at 81', 'died at 81'), or after a verb of taking something up, its object of
  one to three words and 'at' ('JJ, who started piano at four, explains'; 'started the meeting at eight' is an
  hour, no count either). 'aged 55' is count_measures.py's ('aged' is left to MEANTIME).
  So is the number that ends a line signed with a dash and a first name ('—Jaden, 11'), and the number an age
  noun's clause gives with a linking verb ('The current age to collect full Social
  Security benefits is 67').
- An age or an anniversary in a title: 'At N,' opening a sentence before a clause in title case ('This article is
  part of a series — At 250, Who Will America Be?', 'At 100, BBC Still Going Strong'). A lower-case clause after
  it is prose, where 'At 250, the team had' may count an elided noun: left alone ('At 16, he went' is an age the
  tagger marks DATE).
- A time unit set apart from its number as a sentence of its own for stress ('Seven. Years.') makes the
  number a duration; tens with an apostrophe's 's' ('the 80's', 'in his 80’s') are a decade.
- A score: the total after a run of period scores in a line score ('Rockledge 14 11 6 15 — 44').
- A spaced stat line 'N for M', made of attempted with N no larger than M, in a game: words of one
  right after it ('3 for 12 from the field', 'went 2 for 4 at the plate') or a verb of a record earlier in its
  clause ('started the game against Louisville 0 for 10'). Both numbers are a record like a score, no count, as
  the hyphened '0-for-10' is (quantity_exclusions.json modifier_words). 'voted 5 for 3 against' (no game word,
  'against' after) and '2 for 1 deals' (N above M) stay.
Vocabularies are in data/count_loose.json. `why_loose` returns the rule's name, or None.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from spacy.tokens import Token

from ..data import load, one_of
from ..normalize import money
from ..normalize.numbers import NumberSpan
from .count_rules import RuleTable, first_rule
from .reading import counts_noun, exclusions

__all__ = ["LOOSE_RULES", "why_loose"]

_SP = r"[ \u00a0]"
# the number ends its clause: a stop, a comma, a dash, a bracket or the end of the block
_CLAUSE_END = re.compile(rf"{_SP}*(?:[.,;:!?)…—–]|-{_SP}|\Z)")


@lru_cache(maxsize=1)
def _t() -> dict:
    return load("count_loose")


def _alt(words) -> str:
    return one_of(words, spaced=True)


def _last_word(text: str, n: NumberSpan) -> str:
    return re.split(r"[\s\u00a0-]+", text[n.start : n.end].lower())[-1]


@lru_cache(maxsize=1)
def _shot_rx() -> re.Pattern:
    verbs = _alt(_t()["shot_verbs"])
    return re.compile(rf"(?<![\w])(?i:{verbs}){_SP}+(?i:an?){_SP}+(?:[a-z][\w-]*{_SP}+){{0,2}}\Z")


def _shot_three(text: str, n: NumberSpan, root: Token) -> bool:
    """'He knocked down a three over his nemesis', 'Batum hit an early three': a three-point shot."""
    if text[n.start : n.end].lower() not in _t()["shot_numbers"] or counts_noun(root):
        return False
    if re.match(r"-\w", text[n.end :]):
        return False  # "a three-point play" is the modifier rule's
    return _shot_rx().search(text, max(0, n.start - 60), n.start) is not None


@cache
def _verb_rx(verbs: str, hedges: str) -> re.Pattern:
    """A verb of the table's list `verbs`, maybe one of `hedges` after it, right before the number."""
    t = _t()
    hedge = rf"(?:(?i:{_alt(t[hedges])}){_SP}+)?"
    return re.compile(rf"(?<![\w])(?i:{_alt(t[verbs])}){_SP}+{hedge}\Z")


def _unsigned_money(text: str, n: NumberSpan, root: Token) -> bool:
    """'politicians spent trillions', 'save millions annually', 'raised 5 million', 'the 1.4million secured in
    March': a sum after a verb of money, or before a participle of one, with a scale word (glued to the digits too)
    and no noun ('save millions of lives' counts lives)."""
    if re.sub(r"^[\d.,]+", "", _last_word(text, n)) not in _t()["money_scales"] or counts_noun(root):
        return False
    if re.match(rf"{_SP}+of\b", text[n.end :]):
        return False
    if _money_participle_rx().match(text, n.end):
        return True
    return _verb_rx("money_verbs", "money_hedges").search(text, max(0, n.start - 40), n.start) is not None


@lru_cache(maxsize=1)
def _money_participle_rx() -> re.Pattern:
    return re.compile(rf"{_SP}+(?i:{_alt(_t()['money_participles'])})\b")


@lru_cache(maxsize=1)
def _joined_sum_rx() -> re.Pattern:
    t = _t()
    signs = one_of(s for s in money.data()["prefix_symbols"] if not s.isalpha())
    scaled = rf"\d[\d.,]*{_SP}?(?i:{_alt(t['money_scales'])})(?:{_SP}+(?i:{_alt(t['money_participles'])})\b)"
    return re.compile(
        rf"{_SP}+(?i:{_alt(t['sum_joiners'])}){_SP}+(?:(?i:the|a|an){_SP}+)?(?:(?:{signs}){_SP}?\d|{scaled})"
    )


def _joined_to_sum(text: str, n: NumberSpan, root: Token) -> bool:
    """'was recently handed 512,339 on top of the 1.4million secured in March' (a text that lost its signs): a
    number counting no noun, added by one of sum_joiners to a sum (a currency sign, or a scale word before a
    participle of money, as _unsigned_money reads 'the 1.4million secured'), is money too; no currency is guessed.
    'handed 512 on top of the 1.4 million visitors' is left alone: nothing says the second number is money."""
    return not counts_noun(root) and _joined_sum_rx().match(text, n.end) is not None


@lru_cache(maxsize=1)
def _price_end_rx() -> re.Pattern:
    return re.compile(rf"{_SP}+(?i:{_alt(_t()['price_ends'])})(?![\w-])")


def _unsigned_price(text: str, n: NumberSpan, root: Token) -> bool:
    """'the proposed price, which has been priced at 50,000.', 'will cost 8.00.': a number right after a word of
    a price, counting no noun and ending its clause (or going on in one of price_ends: 'costs 20,000 and sells
    well'), is a price whose currency the text leaves unsaid, not how many of something; no currency is guessed
    for it. 'worth eight of its Hong Kong shares' counts shares."""
    if counts_noun(root) or (_CLAUSE_END.match(text, n.end) is None and _price_end_rx().match(text, n.end) is None):
        return False
    return _verb_rx("price_words", "money_hedges").search(text, max(0, n.start - 40), n.start) is not None


@lru_cache(maxsize=1)
def _age_at_rx() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    t = _t()
    superlative = re.compile(
        rf"(?<![\w])(?i:{_alt(t['age_at_superlatives'])})(?![\w])[^.,;:!?()]{{0,40}}?(?<![\w])at{_SP}+\Z"
    )
    verb = re.compile(rf"(?<![\w])(?i:{_alt(t['age_at_verbs'])}){_SP}+at{_SP}+\Z")
    # "who started piano at four", "began playing guitar at 12": the thing taken up, one to three lower-case words
    start = re.compile(rf"(?<![\w])(?i:{_alt(t['age_at_start_verbs'])})(?:{_SP}+[a-z][a-z'’-]*){{1,3}}{_SP}+at{_SP}+\Z")
    return superlative, verb, start


def _age_number(n: NumberSpan, root: Token) -> bool:
    """A whole number of years a person may have, counting no noun."""
    return (
        n.value is not None and n.value == int(n.value) and 0 < n.value <= 120 and not n.vague and not counts_noun(root)
    )


def _could_be_age(text: str, n: NumberSpan, root: Token) -> bool:
    """An age number (_age_number) that ends its clause."""
    return _age_number(n, root) and _CLAUSE_END.match(text, n.end) is not None


def _loose_age(text: str, n: NumberSpan, root: Token) -> bool:
    """'She looked no more than twenty', 'the country’s oldest ever president at 81', 'died at 81', 'JJ, who started
    piano at four, explains': an age."""
    if not _could_be_age(text, n, root):
        return False
    lo = max(0, n.start - 60)
    looks = _verb_rx("look_verbs", "look_hedges")
    return any(rx.search(text, lo, n.start) is not None for rx in (looks, *_age_at_rx()))


# 'At N,' opening a block, or a sentence after a stop or a dash
_AT_OPENING = re.compile(rf"(?:\A|[.!?:;—–][\"“”'’)]?{_SP}+)At{_SP}+\Z")
# the clause after the comma, to the end of its sentence
_CLAUSE_AFTER = re.compile(rf",{_SP}+([^.!?—–\n]+)")


def _title_age(text: str, n: NumberSpan, root: Token) -> bool:
    """'At 250, Who Will America Be?': a whole number under 1,000 after a sentence's opening 'At', its comma, and a
    clause of two or more words all capitalised but a title's small words is an age or an anniversary in a title."""
    if n.vague or n.value is None or n.value != int(n.value) or not 0 < n.value < 1000 or counts_noun(root):
        return False
    if _AT_OPENING.search(text, max(0, n.start - 8), n.start) is None:
        return False
    clause = _CLAUSE_AFTER.match(text, n.end)
    if clause is None:
        return False
    words = re.findall(r"[^\W\d_][\w'’-]*", clause.group(1))
    small = set(load("places")["title_small_words"])
    return len(words) >= 2 and words[0][0].isupper() and all(w[0].isupper() or w in small for w in words)


@lru_cache(maxsize=1)
def _unit_sentence_rx() -> re.Pattern:
    units = _alt(exclusions()["duration_nouns"])
    ends = "".join(re.escape(e) for e in _t()["unit_sentence_ends"])
    return re.compile(rf"[{ends}]{_SP}+(?i:{units})[{ends}]")


def _unit_sentence(text: str, n: NumberSpan, root: Token) -> bool:
    """'Seven. Years.': a time unit set apart as its own sentence makes the number before it a duration."""
    return _unit_sentence_rx().match(text, n.end) is not None


@lru_cache(maxsize=1)
def _age_noun_rx() -> re.Pattern:
    t = _t()
    return re.compile(
        rf"(?<![\w])(?i:{_alt(t['age_nouns'])})(?![\w])[^.;:!?()]{{0,60}}?(?<![\w])(?i:{_alt(t['age_links'])}){_SP}+\Z"
    )


def _age_clause(text: str, n: NumberSpan, root: Token) -> bool:
    """'The current age to collect full Social Security benefits is 67 for people born in 1960': an age; not the
    number of a group an age limit names ('the number of children under the age of five is 40')."""
    if not _age_number(n, root):
        return False
    m = _age_noun_rx().search(text, max(0, n.start - 90), n.start)
    if m is None:
        return False
    before = re.search(r"([^\W\d_]+)[ \u00a0]+the[ \u00a0]+\Z", text[max(0, m.start() - 20) : m.start()])
    return before is None or before.group(1).lower() not in _t()["age_limit_before"]


_APOSTROPHE_S = re.compile(r"['’]s(?![\w])")


def _decade(text: str, n: NumberSpan, root: Token) -> bool:
    """'traces back to the 80's', 'in his 80’s': tens with an apostrophe's 's' name a decade (of years or of a
    life), not how many."""
    digits = text[n.start : n.end]
    return re.fullmatch(r"(?:1[89]|20)?[1-9]0|(?:1[89]|20)00", digits) is not None and bool(
        _APOSTROPHE_S.match(text, n.end)
    )


# a run of at least three period scores and a dash before the total: "Rockledge 14 11 6 15 — 44"
_LINE_SCORE = re.compile(rf"(?<![\w,.])(?:\d{{1,3}}{_SP}+){{2,}}\d{{1,3}}{_SP}*[—–-]{_SP}*\Z")


def _line_score_total(text: str, n: NumberSpan, root: Token) -> bool:
    """'Rockledge 14 11 6 15 — 44', 'Palm Bay 18 22 13 17 — 70': the total of a line score."""
    return not n.words and _LINE_SCORE.search(text, max(0, n.start - 40), n.start) is not None


# a signed line: a dash, a capitalised name (perhaps two words or an initial) and a comma open the block
_SIGNED_LINE = re.compile(rf"\A{_SP}*[—–]{_SP}*[A-Z][\w'’.-]*(?:{_SP}+[A-Z][\w'’.-]*)?,{_SP}+\Z")


# a spaced pair 'N for M' of digits; the two groups are its numbers
_FOR_PAIR = re.compile(rf"(?<![\w.,])(\d{{1,3}}){_SP}+for{_SP}+(\d{{1,3}})(?![\w%]|[.,]\d|{_SP}+against\b)")


@lru_cache(maxsize=1)
def _stat_after_rx() -> re.Pattern:
    return re.compile(rf"{_SP}*,?{_SP}*(?i:{_alt(_t()['stat_after'])})(?![\w-])")


@lru_cache(maxsize=1)
def _stat_verb_rx() -> re.Pattern:
    # the verb, then the rest of its clause up to the pair: no stop, semicolon, colon or bracket between
    return re.compile(rf"(?<![\w])(?i:{_alt(_t()['stat_verbs'])})(?![\w])[^.;:!?()\n]{{0,60}}\Z")


def _stat_line(text: str, n: NumberSpan, root: Token) -> bool:
    """'started the game against Louisville 0 for 10', 'was 3 for 12 from the field': both numbers of a spaced
    stat line in a game (data: stat_after, stat_verbs)."""
    lo, hi = max(0, n.start - 12), min(len(text), n.end + 12)
    pair = next((m for m in _FOR_PAIR.finditer(text, lo, hi) if n.start in (m.start(1), m.start(2))), None)
    if pair is None or n.end not in (pair.end(1), pair.end(2)) or int(pair.group(1)) > int(pair.group(2)):
        return False
    return (
        _stat_after_rx().match(text, pair.end()) is not None
        or _stat_verb_rx().search(text, max(0, pair.start() - 80), pair.start()) is not None
    )


def _signed_age(text: str, n: NumberSpan, root: Token) -> bool:
    """'—Jaden, 11': the number that ends a line signed with a dash and a first name is the writer's age."""
    if n.words or n.value is None or not 0 < n.value <= 120 or text[n.end :].strip(" \u00a0.!"):
        return False
    return _SIGNED_LINE.match(text[: n.start]) is not None


LOOSE_RULES: RuleTable = (
    ("basketball three", _shot_three),
    ("money without a sign", _unsigned_money),
    ("price without a sign", _unsigned_price),
    ("joined to a sum", _joined_to_sum),
    ("loose age", _loose_age),
    ("time unit set apart", _unit_sentence),
    ("age in a clause", _age_clause),
    ("age in a title", _title_age),
    ("decade", _decade),
    ("signed age", _signed_age),
    ("line score total", _line_score_total),
    ("stat line", _stat_line),
)


def why_loose(text: str, n: NumberSpan, root: Token) -> str | None:
    """The name of the first rule that says the number at n scores, prices or measures, else None."""
    return first_rule(LOOSE_RULES, text, n, root)
