"""Numbers that measure, compare or rank: how far, how much of one thing, how many times as much, how old, what
place, what margin, what rating. None of them says how many of something exist or happened, so none is a count.

count_context.py asks these rules after its own (phone numbers, citations, labels...); each reads the text
around the number (and its parse root) only. Decisions:
- A fraction below one is a share, not a count, when it takes a share of one thing ('about half the amount',
  '1/2 a cup', 'a cup and a half'); a fraction of a group is count_context.py's. A fraction written in digits
  ('7/32 in price', '1/2 plain flour') is no count of things. 'a third of the cost' stays: quantulum3's suite
  reads 'two thirds of the cake' as a number, and its score may not fall. A fraction word with no 'of'
  and no noun is no count when 'a' makes it an ordinal ('and a third is to join'), when a word of distance follows
  ('one half away from a title') or when it is a whole number ('three seconds and three thirds': places); 'is
  exactly one sixth' stays, as quantulum3's suite reads it.
- A number with a decimal part counts whole things only when it names them in the plural ('29.5 tackles');
  before a singular noun ('a 93.2 defensive grade', 'a 7.1 magnitude earthquake'), alone in brackets ('run
  defense (75.5)') or as another value of a rate the sentence speaks of ('up from 33.8 a week earlier') it is a
  rating, a measure or a rate. Index levels stay numbers ('closed at 4907.20'): MEANTIME's readers mark them.
- 'N times more calories', 'increasing 300,000 times' and 'the equivalent of driving coast-to-coast across
  America around 165 times' are multipliers; a comparative adjective after
  'times' ('four times faster') is left alone for the same reason.
- An age ('younger than 5', 'aged 33 and 50', '65 and older', 'Prince Archie, four,', 'was 23 when'), a distance ('two
  blocks from the closure', 'one county away'), a margin ('won by 30 points', 'trailed by two'), a signed
  change ('(+50 friendship.)'), a rank band ('against top 10 players'), the value of a figure ('a pH between 5.5 and
  6.5', 'a margin of 20 points', a fact box's measure 'Square footage : About 3,000.'), the unit left out of
  'a year or two' or 'an inch or two', a span of seasons ('for 17 NBA seasons'; 'for three terms' of office counts
  terms), a glued multiplier ('8× effect') and the numerator of a ratio ('one miss for every 22 tackle attempts')
  count nothing; nor does a number hyphened to a unit of data/units.json ('a 37,000-square-foot building': a
  measure, left to the amount finder). The same goes for the base of that ratio ('for every 22 tackle attempts'),
  the sides of a size ('300 × 265', '1080 pixels by 1920 pixels'), a density ('401 pixels per inch'), a number in
  digits below one ('0.1 LTC') and an age after a titled name the tagger reads as a place ('Princess Lilibet,
  two,') or in a lower-case sentence.
- a number that counts no noun before 'more than' and a determiner's average ('11.1 assists per game,
  nearly four more than his career average') is a gap between two averages; 'two more players than the average
  team' (an adjective) and '12 more goals than last season' are left alone.
- An age after a speaker's name closes its sentence ('..." says Morrison, 26.' then a new paragraph or
  sentence); 'under'/'over'/'aged' and a small number after a noun of people is an age bound ('a girl under 15
  without the use of force'); a number after a verb of a prison sentence and 'for'/'to' that counts no noun is a
  term with its years left out ('was jailed for 10 after he was found guilty').
- A bare number listed beside a person's legal standing ('As a person born in the U.S., at least 35 and a resident
  for at least 14 years, she is eligible', 'must be 35 and a natural-born citizen') is an age (age_status_nouns).
- An apposed age may close with a spaced dash before a lower-case word ('Essex - Aseany Duncan, 19 -
  was charged'); small numbers set off by commas after a determiner's noun of people are ages ('The women, 21 and
  26, told police': two or more after a plural noun, one after a singular); 'mark of' before a number is a
  mark's value ('the highest ever mark of 97'), but not after a bare 'the' ('passed the mark of 1,000 deaths');
  'one of every five workers' is a ratio like 'one in every five'.
- N places, spots, positions or notches right after a verb that moves an entry in a table ('Dropping
  three places, however, TMEIC slid to number eight', 'moved up four places'; change_verbs.json rank_moves) is a
  change of rank; 'There are three places left' still counts. 'aged from 19 to 1' is an age range, either order.
- A number hyphened to what a thing can hold or carry, right before that thing, is the thing's size:
  'a two-car garage' is room for two cars, 'a 20-horse starting gate', 'a 12-passenger van', 'a 200-bird
  aviary' (count_measures.json capacity_heads, pairs of counted noun and holder). Parts and members stay
  counts ('a 500-seat theatre', 'a four-man crew', 'a 32-car field').
  So is a number after a phrase of room or a verb of holding: 'seating for four', 'the stadium seats 50,000',
  'can accommodate 200 guests', 'holds up to 50,000 fans' (count_measures.json capacity_phrases); '250 seats' in a
  parliament counts seats. A limit a rule sets on a place's room is the same: 'venues allowed to host up to 50
  people', 'permitted to hold 100 guests' (capacity_phrases permissions and permitted_verbs); 'hosted 50 people
  last night' is an event and counts. A participle of holding says the same ('a 787-9 jet ..., seating 242 to 330
  passengers');
  after a form of 'be' it is an act ('the restaurant is seating 40 guests' counts them). So does a bare number after
  what a thing is made or fit for ('big enough for two', 'a cell meant for 35 held 155 adult males').
  A number compounded with a noun before a singular noun of a bound sizes the bound: 'the 500,000 flight cap',
  'the four-game limit' count no flights and no games (count_measures.json limit_heads).
- A European thousands dot ('1.000 led lights') is read as thousands only where the article shows that
  convention (thousands_dot_value); elsewhere '1.000' is one.
Vocabularies are in data/count_measures.json. `why_measure` returns the rule's name, or None.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span, Token

from ..data import load, one_of
from ..nlp import span_at
from ..normalize.numbers import NumberSpan
from ..normalize.numbers import tables as number_tables
from .count_rules import RuleTable, first_rule
from .reading import counts_noun, exclusions, index_context, point_abbreviations

__all__ = ["MEASURE_RULES", "names_a_figure", "thousands_dot_value", "why_measure"]

_SP = r"[ \u00a0]"
_DIGIT_FRACTION = re.compile(r"(\d+)[ \u00a0]*/[ \u00a0]*(\d+)")
_DECIMAL = re.compile(r"[-−]?\d[\d,]*\.\d+")


@lru_cache(maxsize=1)
def _t() -> dict:
    return load("count_measures")


def names_a_figure(noun: Token, root: Token) -> bool:
    """'The 60,000 projection', 'the 1,000 mark': a singular noun of a figure (estimate_nouns) after a number
    other than one is what the number is the value of, not what it counts ('one estimate' counts estimates)."""
    return noun.tag_ == "NN" and noun.lower_ in _t()["estimate_nouns"] and root.lower_ not in ("one", "1")


def _words(text: str) -> list[str]:
    return re.split(r"[\s\u00a0-]+", text.lower())


def _is_fraction(text: str, n: NumberSpan) -> bool:
    """A fraction below one: 'a third', 'two-thirds', '1/2', '½'."""
    s = text[n.start : n.end]
    if n.value is None or not 0 < n.value < 1:
        return False
    return (
        _words(s)[-1] in number_tables()["fractions"]
        or _DIGIT_FRACTION.search(s) is not None
        or any(ch in number_tables()["unicode_fractions"] for ch in s)
    )


def _lone_fraction(text: str, n: NumberSpan, root: Token) -> bool:
    """'and a third is to join the Trust', 'was one half away from a title', 'three seconds and three thirds': a
    fraction word that takes no 'of' and quantifies no noun is no count when 'a' makes it an ordinal ('a third
    [one]'; not 'a half' or 'a quarter'), when a word of distance follows it, or when it is a whole number of
    thirds (third places). A fraction of one thing stated as a value stays: quantulum3's suite reads 'is exactly
    one sixth' and 'two thirds of the cake' as numbers, and 'half a million', 'three halves' and 'more than half
    people' are numbers too."""
    words = _words(text[n.start : n.end])
    fractions = number_tables()["fractions"]
    if not n.words or n.value is None or len(words) != 2 or words[-1] not in fractions:
        return False
    if re.match(rf"{_SP}+of\b", text[n.end :]) or counts_noun(root):
        return False
    if 0 < n.value < 1 and words[0] in ("a", "an"):
        return fractions[words[-1]] not in (2, 4)  # 'a third', 'a fifth': ordinals too; 'a half', 'a quarter' not
    if 0 < n.value < 1:
        return _distance_word_rx().match(text, n.end) is not None
    return words[0] in number_tables()["units"] and n.value == int(n.value)


@lru_cache(maxsize=1)
def _distance_word_rx() -> re.Pattern:
    return re.compile(rf"{_SP}+(?i:{one_of(_t()['distance_after'])})(?![\w])")


@lru_cache(maxsize=1)
def _share_rx() -> re.Pattern:
    return re.compile(rf"{_SP}+(?i:{one_of(_t()['share_followers'])})\b")


def _share(text: str, n: NumberSpan, root: Token) -> bool:
    """'about half the amount', '1/2 a cup', 'a cup and a half', '1/2 plain flour', '7/32 in price': a fraction
    below one of one thing, or written in digits, is how much, not how many. Not before 'of': quantulum3's
    suite reads 'two thirds of the cake' and 'about 1/40 of the wavelength' as numbers."""
    if not _is_fraction(text, n):
        return False
    if re.search(rf"[A-Za-z]{_SP}+and{_SP}+\Z", text[max(0, n.start - 20) : n.start]):
        return True  # "a cup and a half of honey"
    if re.match(rf"{_SP}+of\b", text[n.end :]):
        return False
    return _DIGIT_FRACTION.search(text[n.start : n.end]) is not None or _share_rx().match(text, n.end) is not None


def _index_paragraph(text: str) -> bool:
    return index_context().search(text) is not None


@lru_cache(maxsize=1)
def _rate_cue() -> re.Pattern:
    return re.compile(rf"(?<![\w])(?i:{one_of(_t()['rate_cues'])})(?![\w])")


def _decimal(text: str, n: NumberSpan, root: Token) -> bool:
    """'a 93.2 defensive grade', 'run defense (75.5)', 'up from 33.8 a week earlier' (after '... per 100,000
    people'): a number with a decimal part and no plural noun is a rating, a measure or a rate's value."""
    s = text[n.start : n.end]
    if n.words or not _DECIMAL.fullmatch(s) or _index_paragraph(text):
        return False
    head = root.head
    counted = root.dep_ in ("nummod", "quantmod") and head.i > root.i and head.pos_ in ("NOUN", "PROPN")
    if counted:
        # "7.1 magnitude", "10.7 teraflop hardware"; not a glued modifier ("6.0-sigma", which quantulum3's suite
        # reads as a number) or a letter ("2.33 k")
        return head.tag_ == "NN" and head.is_lower and len(head.text) > 1 and text[n.end : n.end + 1] != "-"
    if re.search(rf"\({_SP}*\Z", text[max(0, n.start - 3) : n.start]) and re.match(rf"{_SP}*\)", text[n.end :]):
        return True  # "run defense (75.5)"
    return _rate_cue().search(root.sent.text) is not None


@lru_cache(maxsize=1)
def _figure_rx() -> re.Pattern:
    t = _t()
    nouns, joiners, hedges = one_of(t["figure_nouns"]), one_of(t["figure_joiners"]), one_of(t["figure_hedges"])
    other = rf"(?:[-−]?\d[\d,.]*{_SP}*(?:,|and|or|to|-|–){_SP}*)?"
    return re.compile(rf"(?<![\w])(?:{nouns}){_SP}*(?:(?i:{joiners}){_SP}+|:{_SP}*)(?:(?i:{hedges}){_SP}+)?{other}\Z")


@lru_cache(maxsize=1)
def _figure_of_rx() -> re.Pattern:
    t = _t()
    nouns, hedges = one_of(t["figure_of_nouns"]), one_of(t["figure_hedges"])
    # not right after a bare 'the': "passed the mark of 1,000 deaths" is a milestone of a count
    return re.compile(rf"(?<![\w])(?<![Tt]he{_SP})(?:{nouns}){_SP}+of{_SP}+(?:(?i:{hedges}){_SP}+)?\Z")


def _figure(text: str, n: NumberSpan, root: Token) -> bool:
    """'a passer rating of just 22.4', 'a pH between 5.5 and 6.5', 'a margin of 20 points', 'rates of 80.4 and
    25.9', 'the highest ever mark of 97': the value of a rating, a measure, a margin or a mark."""
    lo = max(0, n.start - 60)
    return _figure_rx().search(text, lo, n.start) is not None or _figure_of_rx().search(text, lo, n.start) is not None


@lru_cache(maxsize=1)
def _measure_label_rx() -> re.Pattern:
    t = _t()
    labels, hedges = one_of(t["measure_labels"]), one_of(t["figure_hedges"])
    return re.compile(rf"(?:\A|(?<=[\n.;!?])){_SP}*(?i:{labels}){_SP}*:{_SP}*(?:(?i:{hedges}){_SP}+)?\Z")


def _measure_label(text: str, n: NumberSpan, root: Token) -> bool:
    """'Square footage : About 3,000.': a number right after a fact box's label of a measure (count_measures.json
    measure_labels) and its colon, the label opening its line or sentence, is the measure's value with its unit
    left out when it counts no noun; 'Bedrooms/bathrooms : 3 to 4' still counts rooms."""
    return not counts_noun(root) and _measure_label_rx().search(text, max(0, n.start - 40), n.start) is not None


# a multiplication sign glued to the number and to no second number: "8× effect", "a 2x zoom" (not "320x240")
_GLUED_TIMES = re.compile(r"[×xX](?![\w×])")


@lru_cache(maxsize=1)
def _multiplier_rx() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    t = _t()
    after = re.compile(rf"{_SP}+times{_SP}+(?i:{one_of(t['comparative_amounts'])}|{one_of(t['change_after'])})(?![\w])")
    hedge = rf"(?:(?i:{one_of(t['figure_hedges'])}|up to){_SP}+)?"
    by = re.compile(rf"(?<![\w])(?i:by){_SP}+{hedge}\Z")
    change = re.compile(rf"(?<![\w])(?i:{one_of(load('change_verbs')['multipliers'])}){_SP}+{hedge}\Z")
    times = re.compile(rf"{_SP}+times(?![\w])")
    return after, by, change, times


@lru_cache(maxsize=1)
def _restating_rx() -> re.Pattern:
    """A cue of restating (count_measures.json restating_before), then up to 100 characters of the same clause."""
    cue = one_of(_t()["restating_before"])
    return re.compile(rf"(?<![\w])(?i:{cue})(?![\w])[^.;:!?\n]{{0,100}}\Z")


def _restated(text: str, n: NumberSpan) -> bool:
    """'covered 527,121 miles – the equivalent of driving coast-to-coast across America around 165 times':
    'N times' after 'the equivalent of' or 'equivalent to' in its clause restates a measure as a multiple of a
    yardstick; nothing happened 165 times. The caller has checked that 'times' follows the number."""
    return _restating_rx().search(text, max(0, n.start - 140), n.start) is not None


def _multiplier(text: str, n: NumberSpan, root: Token) -> bool:
    """'pack over 10 times more calories', 'a 300,000 times increase', 'by 100 times', 'increasing 300,000
    times': a multiplier of an amount, not a count of times. After a verb of change only from ten times on:
    'prices increased three times' may count three increases."""
    after, by, change, times = _multiplier_rx()
    if after.match(text, n.end) or _GLUED_TIMES.match(text, n.end):
        return True  # "10 times more calories", "will have 8× effect"
    if not times.match(text, n.end):
        return False
    lo = max(0, n.start - 30)
    if by.search(text, lo, n.start) or _restated(text, n):
        return True
    return n.value is not None and n.value >= 10 and change.search(text, lo, n.start) is not None


@lru_cache(maxsize=1)
def _age_rx() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    words = one_of(_t()["age_before"])
    before = re.compile(rf"(?<![\w])(?i:{words}){_SP}+\Z")
    spelled = one_of([*number_tables()["units"], *number_tables()["tens"]])
    # "aged 33 and 50", "aged five to 18": the first age in digits or spelled out
    joined = re.compile(rf"(?<![\w])(?i:{words}){_SP}+(?:\d+|(?i:{spelled})){_SP}*(?:and|or|to|-|–){_SP}*\Z")
    after = re.compile(
        rf"(?:{_SP}*(?:and|or|to|-|–){_SP}*\d+)?{_SP}+(?i:{one_of(_t()['age_after'])})(?![\w])(?!{_SP}+to\b)"
    )
    return before, joined, after


@lru_cache(maxsize=1)
def _age_bound_rx() -> re.Pattern:
    nouns, words = one_of(_t()["age_bound_nouns"]), one_of(_t()["age_bound_words"])
    # "if their victims are under 20": a form of 'be' may link the noun and its bound
    linked = rf"(?:(?i:is|are|was|were|be|been|being){_SP}+)?"
    return re.compile(rf"(?<![\w'’-])(?i:{nouns}){_SP}+{linked}(?i:{words}){_SP}+\Z")


def _age_bound(text: str, n: NumberSpan, root: Token) -> bool:
    """'sex with a girl under 15 without the use of force', 'anyone over 65', 'if their victims are under 20': a
    small whole number right after a noun of people (and a form of 'be') and 'under'/'over'/'aged' that counts no
    noun is an age bound ('people over four decades' counts decades)."""
    if n.value is None or n.value != int(n.value) or not 0 < n.value <= 120 or n.vague or counts_noun(root):
        return False
    return _age_bound_rx().search(text, max(0, n.start - 30), n.start) is not None and not _noun_after(root, n)


@lru_cache(maxsize=1)
def _status_age_rx() -> tuple[re.Pattern, re.Pattern]:
    # a bound may stand before the age: "at least 35", "over 18"
    bound = rf"(?:(?i:at{_SP}+least|at{_SP}+most|over|under){_SP}+)?"
    before = re.compile(rf"(?:,|\b(?i:be)){_SP}+{bound}\Z")
    nouns = one_of(_t()["age_status_nouns"])
    after = re.compile(rf"{_SP}*,?{_SP}+(?:and|or){_SP}+an?{_SP}+(?:[\w-]+{_SP}+)?(?i:{nouns})\b")
    return before, after


def _status_age(text: str, n: NumberSpan, root: Token) -> bool:
    """'As a person born in the U.S., at least 35 and a resident for at least 14 years, she is eligible', 'must be
    35 and a natural-born citizen': a small whole number that counts no noun, listed (after a comma or a bare
    'be') beside a person's legal standing (count_measures.json age_status_nouns) is one of the person's
    qualifications, an age. 'The town grew to 35 and a resident said' reads no list; a finite 'be' may link a
    tally ('The vote was 35 and a resident of the town objected'), so only a bare 'be' (after 'must', 'to') lists."""
    if n.value is None or n.value != int(n.value) or not 0 < n.value <= 120 or n.vague or counts_noun(root):
        return False
    before, after = _status_age_rx()
    if not after.match(text, n.end) or _noun_after(root, n):
        return False
    return before.search(text, max(0, n.start - 24), n.start) is not None


def _noun_after(root: Token, n: NumberSpan) -> bool:
    """The word right after the number is a noun (which it may count though the parse does not link them)."""
    nxt = next((tok for tok in root.doc[root.i :] if tok.idx >= n.end), None)
    return nxt is not None and nxt.pos_ in ("NOUN", "PROPN")


@lru_cache(maxsize=1)
def _target_rx() -> re.Pattern:
    return re.compile(rf"(?<![\w])(?i:{one_of(_t()['target_before'], spaced=True)}){_SP}+\Z")


def _target(text: str, n: NumberSpan, root: Token) -> bool:
    """'First one to 35 wins?', 'the race to 270': the score or the tally a contest is played to, not a count."""
    return _target_rx().search(text, max(0, n.start - 24), n.start) is not None


def _age(text: str, n: NumberSpan, root: Token) -> bool:
    """'children younger than 5', 'aged 33 and 50', 'aged five to 18', 'people 65 and older', 'over 65s': an age or
    an age limit. A number joined to an age by 'and'/'or' counts when it has a noun of its own ('younger than 5 and
    two more men')."""
    if n.value is None or not 0 <= n.value <= 130 or n.vague:
        return False
    before, joined, after = _age_rx()
    lo = max(0, n.start - 40)
    if before.search(text, lo, n.start) or after.match(text, n.end):
        return True
    if m := joined.search(text, lo, n.start):
        # a range's upper age is an age whatever follows ("aged five to 18 train": a verb the tagger takes for a
        # noun); a second number joined by "and"/"or" may count its own noun
        return re.search(r"(?:to|-|–)[ \u00a0]*\Z", m.group(0)) is not None or not counts_noun(root)
    return re.search(r"\b(?i:over|under)[- ]\Z", text[max(0, n.start - 7) : n.start]) is not None and (
        re.match(r"s\b", text[n.end :]) is not None
    )


@lru_cache(maxsize=1)
def _distance_rx() -> re.Pattern:
    t = _t()
    return re.compile(
        rf"{_SP}+(?:[a-z]+{_SP}+)?(?i:{one_of(t['distance_nouns'])}){_SP}+(?i:{one_of(t['distance_after'])})(?![\w])"
    )


@lru_cache(maxsize=1)
def _distance_away_rx() -> re.Pattern:
    return re.compile(rf"{_SP}+(?:[a-z]+{_SP}+)?(?i:{one_of(_t()['distance_away_nouns'])}){_SP}+(?i:away)(?![\w])")


@lru_cache(maxsize=1)
def _distance_off_rx() -> re.Pattern:
    """Any lower-case noun (one word may stand before it) right after the number, then 'off from' or 'off of'."""
    off = one_of(_t()["distance_off"], spaced=True)
    return re.compile(rf"{_SP}+(?:[a-z]+{_SP}+)?[a-z]+{_SP}+(?i:{off})(?![\w])")


def _distance(text: str, n: NumberSpan, root: Token) -> bool:
    """'two blocks from the closure', 'a few doors down', 'one step closer': how far, not how many. A
    place's noun before 'away' measures too: 'and it's owner one county away, she's feeling an immense weight'.
    So does any noun before 'off from': 'Haley was one podium off from the center of the debate stage'."""
    return any(rx.match(text, n.end) is not None for rx in (_distance_rx(), _distance_away_rx(), _distance_off_rx()))


@lru_cache(maxsize=1)
def _margin_rx() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    t = _t()
    hedge = rf"(?:(?i:{one_of(t['figure_hedges'])}){_SP}+)?"
    contest = re.compile(
        rf"(?<![\w])(?i:(?:{one_of(t['margin_by_words'])}){_SP}+by|(?P<noun>{one_of(t['margin_to_nouns'])}){_SP}+to)"
        rf"{_SP}+{hedge}\Z"
    )
    # "by a comprehensive five-and-three-quarter of a length": an article and one word of manner may stand between
    by = re.compile(rf"(?<![\w])(?i:by){_SP}+(?:an?{_SP}+(?:[a-z]+{_SP}+)?)?{hedge}\Z")
    units = re.compile(
        rf"(?:-and-a-half|{_SP}+and{_SP}+a{_SP}+half)?(?:{_SP}+of{_SP}+an?)?[- \u00a0]+"
        rf"(?i:{one_of(t['margin_units'])})\b"
    )
    return contest, by, units


@lru_cache(maxsize=1)
def _more_than_rx() -> re.Pattern:
    """'more', 'fewer' or 'less', perhaps one word, a unit of a score (count_measures.json margin_units), 'than'."""
    units = one_of(_t()["margin_units"])
    return re.compile(rf"{_SP}+(?i:more|fewer|less){_SP}+(?:[a-z-]+{_SP}+)?(?i:{units}){_SP}+than\b")


def _verb_at(root: Token, start: int, end: int) -> bool:
    """Whether the parser reads the word at [start, end) of root's doc as a verb: "Those pipeline approvals will
    lead to 22,000 new jobs" (tr_news) is what the approvals bring about, not a lead cut to a margin."""
    span = span_at(root.doc, start, end)
    return span is not None and len(span) == 1 and span[0].tag_.startswith("VB")


def _margin(text: str, n: NumberSpan, root: Token) -> bool:
    """'won by 30 points', 'lost by five-and-a-half points', 'trailed by two', 'cut the lead to two', 'decrease
    your friendship by 1500 points', 'by a comprehensive five-and-three-quarter of a length': the margin
    of a score or a change, not the points scored; so is the difference of two tallies ('received approximately
    24,000 more yes votes than Proposition 4', 'scored three more goals than'). A margin noun before 'to' must be a
    noun: 'will lead to 22,000 new jobs' (a verb) counts jobs."""
    contest, by, units = _margin_rx()
    if _more_than_rx().match(text, n.end):
        return True  # "received approximately 24,000 more yes votes than Proposition 4": won by 24,000 votes
    lo = max(0, n.start - 40)
    m = contest.search(text, lo, n.start)
    if m is not None:
        return m.group("noun") is None or not _verb_at(root, m.start("noun"), m.end("noun"))
    return by.search(text, lo, n.start) is not None and units.match(text, n.end) is not None


@lru_cache(maxsize=1)
def _rank_move_rx() -> tuple[re.Pattern, re.Pattern]:
    hedge = rf"(?:(?:a{_SP}+further|another|(?i:{one_of(_t()['figure_hedges'])})){_SP}+)?"
    verb = re.compile(
        rf"(?<![\w'’-])(?i:{one_of(load('change_verbs')['rank_moves'])})(?:{_SP}+(?i:up|down|back))?{_SP}+{hedge}\Z"
    )
    noun = re.compile(rf"(?:{_SP}+(?i:more|further))?{_SP}+(?i:{one_of(_t()['rank_move_nouns'])})(?![\w'’-])")
    return verb, noun


def _rank_move(text: str, n: NumberSpan, root: Token) -> bool:
    """'Dropping three places, however, TMEIC slid to number eight', 'climbed two spots to sixth', 'moved up four
    places': N places right after a verb that moves an entry in a table (change_verbs.json rank_moves) is a change of
    rank, not how many places. 'There are three places left' (no such verb) still counts."""
    verb, noun = _rank_move_rx()
    return noun.match(text, n.end) is not None and verb.search(text, max(0, n.start - 40), n.start) is not None


@lru_cache(maxsize=1)
def _gap_rx() -> re.Pattern:
    t = _t()
    return re.compile(
        rf"{_SP}+(?i:{one_of(t['gap_comparatives'])})(?:{_SP}+(?:than|of))?{_SP}+(?i:the|an?|his|her|its|their|our|your|this|that)"
        rf"(?:{_SP}+[\w'’-]+){{0,3}}?{_SP}+(?i:{one_of(t['average_nouns'])})(?![\w-])"
        rf"(?!{_SP}+(?!(?:{one_of(t['average_followers'])})\b)[a-z])"
    )


def _gap_to_average(text: str, n: NumberSpan, root: Token) -> bool:
    """'11.1 assists per game, nearly four more than his career average': a number that counts no noun, before
    'more'/'fewer'/'above' and a determiner's average (count_measures.json gap_comparatives, average_nouns), is the
    gap between two averages, not how many. 'two more than the average team' reads 'average' as an adjective: left
    alone."""
    return not counts_noun(root) and _gap_rx().match(text, n.end) is not None


_TOP = re.compile(rf"(?:(?P<before>\S+){_SP}+)?(?<![\w-])(?i:top){_SP}+\Z")


def _rank(text: str, n: NumberSpan, root: Token) -> bool:
    """'against top 10 players', 'the number of top 100 songs': a rank band, unless a determiner makes the top N a
    set of things ('the top two rivals', 'the party's top 10'). Before a singular noun it is a rank band whatever
    comes before it: "Georgia's top six finish" is a finish among the top six (tr_news), not six finishes."""
    m = _TOP.search(text, max(0, n.start - 40), n.start)
    if m is None:
        return False
    if counts_noun(root) and root.head.tag_ == "NN":
        return True
    before = (m.group("before") or "").lower().strip('"“(')
    return not any(before == w or w[0] in "'’s" and before.endswith(w) for w in _t()["rank_determiners"])


_YEAR_KEY = re.compile(rf"(?<![\w,.])(?:1[89]|20)\d\d{_SP}*:{_SP}+\Z")


@lru_cache(maxsize=1)
def _placing_rx() -> re.Pattern:
    return re.compile(rf"{_SP}+(?:{one_of(_t()['placing_joiners'])}){_SP}+[A-Z]")


def _results_placing(text: str, n: NumberSpan, root: Token) -> bool:
    """'2016: 2 on Mubtaahij (Mike de Kock), won by California Chrome': in a results list keyed by year, a bare
    number before 'on' (placing_joiners) and a name is the place its entry finished, a rank."""
    return (
        not n.words
        and not counts_noun(root)
        and _YEAR_KEY.search(text, max(0, n.start - 8), n.start) is not None
        and _placing_rx().match(text, n.end) is not None
    )


@lru_cache(maxsize=1)
def _elided_rx() -> re.Pattern:
    durations = one_of([*exclusions()["duration_nouns"], *_unit_names()])
    joiners = one_of(_t()["duration_elided_joiners"])
    return re.compile(rf"(?<![\w])(?i:a|an|one){_SP}+(?i:{durations}){_SP}+(?:{joiners}){_SP}+\Z")


def _elided_duration(text: str, n: NumberSpan, root: Token) -> bool:
    """'a year or two of international fury', 'an inch or two deep': the time unit or the unit of measure of the
    first number is left out ('an app or two' counts apps)."""
    return _elided_rx().search(text, max(0, n.start - 30), n.start) is not None


@lru_cache(maxsize=1)
def _sentence_rx() -> re.Pattern:
    verbs, hedges = one_of(_t()["sentence_verbs"], spaced=True), one_of(_t()["span_hedges"], spaced=True)
    return re.compile(rf"(?<![\w])(?i:{verbs}){_SP}+(?:for|to){_SP}+(?:(?i:{hedges}){_SP}+)?\Z")


def _elided_term(text: str, n: NumberSpan, root: Token) -> bool:
    """'was jailed for 10 after he was found guilty': a number after a verb of a prison sentence and 'for'/'to'
    that counts no noun is a term with its years left out ('sentenced to 10 lashes' counts lashes)."""
    return (
        not counts_noun(root)
        and _sentence_rx().search(text, max(0, n.start - 40), n.start) is not None
        and not _noun_after(root, n)
    )


@lru_cache(maxsize=1)
def _span_rx() -> tuple[re.Pattern, re.Pattern]:
    t = _t()
    before = re.compile(rf"(?<![\w])(?i:for)(?:{_SP}+(?i:{one_of(t['span_hedges'])}))?{_SP}+\Z")
    between = rf"(?:(?:[A-Z]{{2,}}|(?i:{one_of(t['span_between'])})){_SP}+)?"
    after = re.compile(rf"{_SP}+{between}(?i:{one_of(t['span_units'])})\b")
    return before, after


def _span_of_time(text: str, n: NumberSpan, root: Token) -> bool:
    """'he has been dishing out for 17 NBA seasons': 'for' and a number of seasons or semesters measure how long, like
    'for 17 years' (a duration); 'won 3 of his 17 seasons' is left alone, and so is 'governor for three terms' (terms
    of office won and served, counted: count_measures.json span_units)."""
    before, after = _span_rx()
    return before.search(text, max(0, n.start - 30), n.start) is not None and after.match(text, n.end) is not None


@lru_cache(maxsize=1)
def _numerator_rx() -> re.Pattern:
    t = number_tables()
    number = rf"(?:\d|(?i:{one_of([*t['units'], *t['tens']])})\b)"
    return re.compile(rf"{_SP}+(?:[\w-]+{_SP}+){{0,3}}?(?i:{one_of(_t()['numerator_joiners'])}){_SP}+{number}")


def _numerator(text: str, n: NumberSpan, root: Token) -> bool:
    """'one miss for every 22 tackle attempts': the first number of a ratio is a rate, not how many."""
    return _numerator_rx().match(text, n.end) is not None


@lru_cache(maxsize=1)
def _ratio_base_rx() -> re.Pattern:
    return re.compile(rf"(?<![\w])(?i:{one_of(_t()['numerator_joiners'])}){_SP}+\Z")


def _ratio_base(text: str, n: NumberSpan, root: Token) -> bool:
    """'one miss for every 22 tackle attempts': the base of a ratio is no count either."""
    return _ratio_base_rx().search(text, max(0, n.start - 20), n.start) is not None


@lru_cache(maxsize=1)
def _unit_names() -> frozenset[str]:
    """The one-word unit names of data/units.json ('foot', 'inch', 'gallon'), lower case."""
    units = load("units")["units"]
    return frozenset(w.lower() for u in units for key in ("names", "plurals") for w in u.get(key, []) if " " not in w)


@lru_cache(maxsize=1)
def _hyphened_rx() -> re.Pattern:
    names = {*_unit_names(), *_t()["hyphened_measures"]}
    return re.compile(rf"-(?:(?:square|cubic)-)?(?i:{one_of(names)})(?![\w])|-point-[a-z]")


def _hyphened_measure(text: str, n: NumberSpan, root: Token) -> bool:
    """'a 37,000-square-foot building', 'top up to 80-percent', 'negative six-point-six degrees': a number
    hyphened to a unit measures its noun (the amount finder's), and a spoken decimal is no whole number."""
    return _hyphened_rx().match(text, n.end) is not None


@lru_cache(maxsize=1)
def _capacity_rx() -> re.Pattern:
    """A counted noun hyphened to the number (or spaced after 'a N'), up to two lower-case words, then a head
    that holds that noun (count_measures.json capacity_heads)."""
    pairs = []
    for noun, heads in _t()["capacity_heads"].items():
        head = rf"(?:{one_of(heads, spaced=True)})(?:e?s)?"
        pairs.append(rf"{re.escape(noun)}{_SP}+(?:[a-z]+{_SP}+){{0,2}}?{head}")
    return re.compile(rf"(?P<join>-|{_SP}+)(?i:{'|'.join(f'(?:{p})' for p in pairs)})(?![\w-])")


_A_BEFORE = re.compile(rf"(?<![\w])[Aa]n?{_SP}+\Z")


def _capacity(text: str, n: NumberSpan, root: Token) -> bool:
    """'All townhouses have a two-car garage with concrete driveway', 'a new 65-foot, 20-horse starting gate':
    a number hyphened to what a thing can hold, before that thing, is its size: room for two cars, no car counted.
    A spaced pair reads so only after 'a' ('a two car garage'); 'three passenger vans' counts vans. Parts and
    members stay counts ('a 500-seat theatre', 'a four-man crew', 'a 32-car field': no holder in the table)."""
    m = _capacity_rx().match(text, n.end)
    if m is None:
        return False
    return m.group("join") == "-" or _A_BEFORE.search(text, max(0, n.start - 4), n.start) is not None


@lru_cache(maxsize=1)
def _limit_rx() -> re.Pattern:
    """A lower-case counted noun (and perhaps a second word), hyphened or spaced after the number, then a singular
    head of a bound (count_measures.json limit_heads) that no word or hyphen continues; an article or a preposition
    between is no counted noun ('three times the limit', '20 miles over the limit')."""
    heads = one_of(_t()["limit_heads"])
    word = r"(?!(?:the|a|an|its|their|his|her|our|this|that|of|to|at|by|per|in|on|for|and|or|over|under)\b)[a-z]+"
    return re.compile(rf"(?:-|{_SP}+){word}(?:(?:-|{_SP}+){word})?{_SP}+(?:{heads})(?![\w-])")


def _limit_size(text: str, n: NumberSpan, root: Token) -> bool:
    """'This is a substantial number given the 500,000 flight cap currently in place at the Amsterdam airport',
    'keep at the four-game limit to preserve their redshirt status': a number compounded with a noun before a
    singular noun of a bound (count_measures.json limit_heads) is the bound's size, as 'a two-car garage' gives a
    garage's: no flight and no game is counted. 'no more than 10 people' still counts them (at most ten), and 'two
    spending caps' counts caps."""
    return _limit_rx().match(text, n.end) is not None


# a bound between a phrase of room or a verb of holding and its number: 'seats up to 50,000', 'seating about 40'
_CAPACITY_BOUND = (
    rf"(?:(?:up{_SP}+to|as{_SP}+many{_SP}+as|about|around|roughly|nearly|almost|over|more{_SP}+than){_SP}+)"
)


@lru_cache(maxsize=1)
def _capacity_phrase_rx() -> tuple[re.Pattern, re.Pattern]:
    """(a phrase of room, a verb of holding) right before the number, perhaps with 'up to' or 'about' between."""
    t = _t()["capacity_phrases"]
    modal = rf"(?:can|could|will|would){_SP}+(?:only{_SP}+|easily{_SP}+|comfortably{_SP}+)?"
    phrase = (
        rf"(?<![\w])(?i:(?:{one_of(t['nouns'], spaced=True)}){_SP}+{_CAPACITY_BOUND}?"
        rf"|(?:{modal}(?:{one_of(t['modal_verbs'])})|{one_of(t['bound_verbs'])}){_SP}+up{_SP}+to{_SP}+"
        rf"|{modal}(?:{one_of(t['modal_verbs'])}){_SP}+{_CAPACITY_BOUND}?"
        # a limit a rule sets: 'venues allowed to host up to 50 people' is their room, as 'can accommodate 200'
        rf"|(?:{one_of(t['permissions'], spaced=True)}){_SP}+(?:{one_of(t['permitted_verbs'])}){_SP}+{_CAPACITY_BOUND}?"
        rf")\Z"
    )
    verb = rf"(?<![\w])(?i:{one_of(t['verbs'])}){_SP}+{_CAPACITY_BOUND}?\Z"
    return re.compile(phrase), re.compile(verb)


@lru_cache(maxsize=1)
def _capacity_participle_rx() -> re.Pattern:
    """A present participle of holding (count_measures.json capacity_phrases participles) right before the number,
    perhaps with 'up to' or 'about' between, or before a range's low end."""
    low = rf"(?:\d[\d,]*(?:{_SP}+to{_SP}+|{_SP}*[-–]{_SP}*))"  # the low end of a range: 'seating 242 to 330'
    participles = one_of(_t()["capacity_phrases"]["participles"])
    return re.compile(rf"(?<![\w])(?i:{participles}){_SP}+{_CAPACITY_BOUND}?{low}?\Z")


# a form of 'be' before the participle makes it an act ('the restaurant is seating 40 guests'), not a capacity
_BE_BEFORE = re.compile(rf"\b(?i:is|are|was|were|be|been|being|'s|’s){_SP}+(?:[a-z]+ly{_SP}+)?\Z")


def _capacity_participle(text: str, n: NumberSpan, root: Token) -> bool:
    """'The mid-size wide body 787-9 jet is a larger and longer-range variant of Boeing's Dreamliner, seating 242 to
    330 passengers in a two-class layout': a participle of holding before the number says how many the thing can
    take, none counted, as 'the stadium seats 50,000' does. The tagger must read it as a participle (VBG), and no
    form of 'be' may stand before it: 'the restaurant is seating 40 guests' seats them, a count."""
    m = _capacity_participle_rx().search(text, max(0, n.start - 40), n.start)
    if m is None or _BE_BEFORE.search(text, max(0, m.start() - 20), m.start()):
        return False
    word = span_at(root.doc, m.start(), m.start() + 1)
    return word is not None and word[0].idx == m.start() and word[0].tag_ == "VBG"


@lru_cache(maxsize=1)
def _capacity_purpose_rx() -> re.Pattern:
    """A phrase of what a thing is made or fit for (count_measures.json capacity_phrases purposes) right before the
    number, perhaps with 'up to' or 'about' between."""
    purposes = one_of(_t()["capacity_phrases"]["purposes"], spaced=True)
    return re.compile(rf"(?<![\w])(?i:{purposes}){_SP}+{_CAPACITY_BOUND}?\Z")


def _capacity_purpose(text: str, n: NumberSpan, root: Token) -> bool:
    """'Tres leches cake, big enough for two, was not the best I’ve had', 'a cell meant for 35 held 155 adult
    males': a bare number after what a thing is made or fit for says how many it can take, none counted, as
    'seating for four' does. A noun after the number keeps it out of this rule ('not enough for one day')."""
    if counts_noun(root) or any(t.pos_ in ("NOUN", "PROPN") and t.i > root.i for t in root.children):
        return False
    return _capacity_purpose_rx().search(text, max(0, n.start - 30), n.start) is not None


@lru_cache(maxsize=1)
def _capacity_holder_rx() -> re.Pattern:
    """A verb of holding (count_measures.json capacity_phrases holder_verbs) right before the number, 'can' or
    'will' and the like before a bare 'hold', perhaps with 'up to' or 'about' between."""
    t = _t()["capacity_phrases"]
    modal = rf"(?:(?:can|could|will|would){_SP}+(?:[a-z]+ly{_SP}+)?)?"
    return re.compile(rf"(?<![\w])(?i:{modal}(?P<verb>{one_of(t['holder_verbs'])})){_SP}+{_CAPACITY_BOUND}?\Z")


def _holder(verb: Token) -> Token | None:
    """The subject of verb, or for a relative clause's pronoun ('a stockpot that will hold') the noun it hangs on."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        return verb.head
    return subject


def _capacity_holder(text: str, n: NumberSpan, root: Token) -> bool:
    """'A water bath canner is really just a big porcelain stockpot that will hold about ten canning jars': a
    container, vessel or room (count_measures.json capacity_phrases holders) that can or will hold a number of
    things is that big, and none is counted, as 'the stadium seats 50,000'. A bare 'hold' needs its modal (not
    'hold ten jars' as an order), and the subject must be a holder: 'the police will hold 20 suspects' counts."""
    m = _capacity_holder_rx().search(text, max(0, n.start - 40), n.start)
    if m is None:
        return False
    word = span_at(root.doc, m.start("verb"), m.end("verb"))
    if word is None or len(word) != 1 or not word[0].tag_.startswith("VB"):
        return False
    if word[0].text.lower() == "hold" and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in word[0].children):
        return False
    holder = _holder(word[0])
    if holder is None:
        return False
    noun = holder.text.lower()  # the pipeline runs no lemmatizer: a plural holder loses its 's'
    return any(w in _t()["capacity_phrases"]["holders"] for w in (noun, noun.removesuffix("s")))


# "to make room for 2,000 new homes": the homes are to be built, a count of them, not what a thing can take
_MADE_ROOM = re.compile(r"\b(?i:make|makes|making|made)\s+\Z")


def _capacity_phrase(text: str, n: NumberSpan, root: Token) -> bool:
    """'Inside, there's seating for four, though VW says it could add a rear bench', 'the stadium seats 50,000':
    a number after a phrase of room or a verb of holding (count_measures.json capacity_phrases) is how many a
    thing can take, and none is counted ('to make room for 2,000 new homes' still counts them). A present-tense verb
    reads so only when the tagger has it a verb: a noun 'seats' before a number is no capacity."""
    lo = max(0, n.start - 40)
    phrase, verb = _capacity_phrase_rx()
    if m := phrase.search(text, lo, n.start):
        return _MADE_ROOM.search(text, max(0, m.start() - 12), m.start()) is None
    m = verb.search(text, lo, n.start)
    if m is None:
        return False
    word = span_at(root.doc, m.start(), m.start() + 1)
    return word is not None and word[0].idx == m.start() and word[0].tag_ == "VBZ"


_APPOSED_BEFORE = re.compile(rf"\b[^\W\d_][\w'’-]*\.?,{_SP}+\Z")
# after the age: a comma, a bracket or the end; a semicolon that ends one person of a list ("Ariel Leal, 22; Bianca
# Fontejon, 18; Eric Anthony Miller", geowebnews); or the home town with no comma before it ("Suzanne Kvernplassen, 55
# of St. Louis", geowebnews), 'of' and a capitalised name
# or a spaced dash that closes the aside of a name before its verb ("Essex - Aseany Duncan, 19 - was
# charged", tr_news): a lower-case word after the dash, so a score's dash ("Chelsea, 2 - Arsenal 1") is no age
_APPOSED_AFTER = re.compile(
    rf"{_SP}*(?:[,;]|\)|\Z|[.]{_SP}*(?:\Z|\n))|{_SP}+of{_SP}+[A-Z][a-z]|{_SP}+[-–—]{_SP}+(?=[a-z])"
)
# or a full stop that closes the sentence of a speaker's name ('..." says Morrison, 26. In January', tr_news)
_SENTENCE_END_AFTER = re.compile(r"\.(?=\s+[\"“‘'(\[]?[A-Z])")
# the person before in a list of people with ages ends with an age and a semicolon ("Lance Garcia,36; Bianca
# Fontejon, 18;", geowebnews): the next name is a person's even when the tagger reads it as an organisation
_LISTED_AGE_BEFORE = re.compile(rf"[^\W\d_],{_SP}*\d{{1,3}};{_SP}+(?:[A-Z][\w'’-]*{_SP}+){{0,3}}\Z")
_AGE_CLAUSE = re.compile(rf"\b(?:was|is|were|are){_SP}+(?:(?:only|just|barely|still){_SP}+)?\Z")
_AGE_CLAUSE_AFTER = re.compile(rf"{_SP}+(?:when|at{_SP}+the{_SP}+time)\b")


def _apposed_age(text: str, n: NumberSpan, root: Token) -> bool:
    """'Prince Archie, four, and Princess Lilibet, two,', '—Henrik P., 10', 'Cameron who was only 17 at the
    time', 'was 23 when he disappeared', 'Suzanne Kvernplassen, 55 of St. Louis': a small whole number set off by
    commas after a name (or by a comma and 'of' a home town), or said of a
    person at a time, is an age (a number with a noun of its own counts: 'In Texas, 5 people died')."""
    if n.value is None or n.value != int(n.value) or not 0 < n.value <= 120 or n.vague or counts_noun(root):
        return False
    lo = max(0, n.start - 40)
    if _AGE_CLAUSE.search(text, lo, n.start) and _AGE_CLAUSE_AFTER.match(text, n.end):
        return True
    if _people_ages(text, n):
        return True
    before = _APPOSED_BEFORE.search(text, lo, n.start)
    if before is None:
        return False
    name = span_at(root.doc, before.start(), text.rindex(",", 0, n.start))
    if not _APPOSED_AFTER.match(text, n.end) and not (_SENTENCE_END_AFTER.match(text, n.end) and _speaker(name)):
        return False
    # a person's name, not a place's ("in Ohio, 6." counts what the sentence counted before); the tagger may call
    # a person's name a place, which a title before it ('Princess Lilibet, two,') or the lower case of a
    # sentence written so ('Shamima begum, 15,') settles
    return (
        name is not None
        and name[-1].pos_ == "PROPN"
        and (
            name[-1].ent_type_ not in ("GPE", "LOC", "FAC", "ORG")
            or _titled(name[-1])
            or _LISTED_AGE_BEFORE.search(text, max(0, before.start() - 60), before.start()) is not None
        )
    )


@lru_cache(maxsize=1)
def _people_ages_rx() -> tuple[re.Pattern, re.Pattern]:
    nouns = one_of([*_t()["age_bound_nouns"], *_t()["apposed_age_nouns"]])
    determiners = one_of(_t()["apposed_age_determiners"])
    age = r"\d{1,3}"
    joiner = rf"(?:,{_SP}*(?:and{_SP}+)?|{_SP}+and{_SP}+)"
    before = re.compile(
        rf"(?<![\w'’])(?i:{determiners}){_SP}+(?:[a-z]+{_SP}+){{0,2}}?(?i:{nouns}),{_SP}+"
        rf"(?:{age}{joiner})*\Z"
    )
    after = re.compile(rf"(?:{joiner}{age})*,(?!\d)")
    return before, after


def _people_ages(text: str, n: NumberSpan) -> bool:
    """'The women, 21 and 26, told police', 'the brothers, 17, 19 and 22, were': small whole numbers in
    digits set off by commas right after a determiner's noun of people are their ages. A plural noun takes two or
    more ('the victims, 12, were' may count them); a singular one takes one ('the driver, 45, was')."""
    if n.words:
        return False
    before, after = _people_ages_rx()
    b, a = before.search(text, max(0, n.start - 80), n.start), after.match(text, n.end)
    if b is None or a is None:
        return False
    ages = len(re.findall(r"\d+", b.group(0))) + 1 + len(re.findall(r"\d+", a.group(0)))
    noun = re.search(r"([^\W\d_]+),", b.group(0))
    plural = noun is not None and noun.group(1).lower() in _plural_people()
    return ages >= 2 if plural else ages == 1


@lru_cache(maxsize=1)
def _plural_people() -> frozenset[str]:
    """The plural nouns of people among age_bound_nouns and apposed_age_nouns ('women', 'victims', 'twins')."""
    nouns = {w.lower() for w in (*_t()["age_bound_nouns"], *_t()["apposed_age_nouns"])}
    return frozenset(w for w in nouns if w.endswith("s") or w in _t()["apposed_age_groups"])


def _speaker(name: Span | None) -> bool:
    """The name is the subject of a verb of saying ('says Morrison', 'Smith said'; places.json speech_verbs)."""
    return name is not None and name[-1].dep_ == "nsubj" and name[-1].head.lower_ in _speech_verbs()


@lru_cache(maxsize=1)
def _speech_verbs() -> frozenset[str]:
    return frozenset(load("places")["speech_verbs"])


def _titled(tok: Token) -> bool:
    """The name has a person's title before it: 'Princess Lilibet', 'Dr. Aris'."""
    first = tok
    while first.i > 0 and first.doc[first.i - 1].pos_ == "PROPN" and first.i - tok.i > -4:
        first = first.doc[first.i - 1]
    return first.text.rstrip(".") in _t()["person_titles"] and first.i < tok.i


_TIMES_AFTER = re.compile(rf"{_SP}*[×xX]{_SP}*\d")
_TIMES_BEFORE = re.compile(rf"\d{_SP}*[×xX]{_SP}*\Z")
_BY_AFTER = re.compile(rf"{_SP}+(?P<noun>[a-z]+){_SP}+by{_SP}+\d[\d,.]*{_SP}+(?P=noun)(?![\w])")
_BY_BEFORE = re.compile(rf"\d{_SP}+(?P<noun>[a-z]+){_SP}+by{_SP}+\Z")


def _dimension(text: str, n: NumberSpan, root: Token) -> bool:
    """'300 × 265', 'a resolution of 1080 pixels by 1920 pixels': the sides of a size, not how many."""
    if n.words:
        return False
    if _TIMES_AFTER.match(text, n.end) or _TIMES_BEFORE.search(text, max(0, n.start - 5), n.start):
        return True
    if _BY_AFTER.match(text, n.end):
        return True
    before = _BY_BEFORE.search(text, max(0, n.start - 30), n.start)
    return before is not None and re.match(rf"{_SP}+{before.group('noun')}(?![\w])", text[n.end :]) is not None


@lru_cache(maxsize=1)
def _per_unit_rx() -> re.Pattern:
    units = one_of(_unit_names())
    return re.compile(rf"{_SP}+(?:[\w-]+{_SP}+){{0,2}}?per{_SP}+(?:(?:square|cubic){_SP}+)?(?i:{units})(?![\w])")


def _per_unit(text: str, n: NumberSpan, root: Token) -> bool:
    """'401 pixels per inch', '12 people per square mile': a number of things per unit of measure is a density,
    not how many ('2,300 new cases per day' counts cases: a day is no unit of units.json)."""
    return _per_unit_rx().match(text, n.end) is not None


def _below_one(text: str, n: NumberSpan, root: Token) -> bool:
    """'0.1 LTC', 'the coefficient of drag down to 0.24': a number in digits between zero and one is a share or a
    measure; no whole thing is counted so."""
    return (
        not n.words
        and n.value is not None
        and 0 < n.value < 1
        and re.fullmatch(r"0?\.\d+", text[n.start : n.end]) is not None
    )


def _signed_change(text: str, n: NumberSpan, root: Token) -> bool:
    """'(+50 friendship.)', '(-1500 friendship.)': a number written with its sign is a change of a score or a
    measure, not how many."""
    if text[n.start : n.start + 1] in "-−":
        return text[max(0, n.start - 1) : n.start] == "("
    return text[max(0, n.start - 1) : n.start] == "+"


def _score_word(text: str, n: NumberSpan, root: Token) -> bool:
    """'a one-score game', 'a text item in a score': 'score' is twenty only before 'of' ('a score of jets')."""
    return _words(text[n.start : n.end])[-1] == "score" and re.match(rf"{_SP}+of\b", text[n.end :]) is None


def _short_points(text: str, n: NumberSpan, root: Token) -> bool:
    """'rose 2 ppts.', '(1 ppt up)': percentage points (or parts per thousand) written short measure a share; where
    the amount reader does not take them as a percentage they still count nothing. 'pp' is left alone: after a
    number it may count pages ('a 320 pp book')."""
    short = point_abbreviations().match(text, n.end)
    return short is not None and short.group(0).strip() != "pp"


MEASURE_RULES: RuleTable = (
    ("share of one thing", _share),
    ("lone fraction", _lone_fraction),
    ("decimal measure", _decimal),
    ("figure value", _figure),
    ("measure label", _measure_label),
    ("multiplier of an amount", _multiplier),
    ("age limit", _age),
    ("age bound", _age_bound),
    ("age beside a legal standing", _status_age),
    ("target score", _target),
    ("distance", _distance),
    ("margin", _margin),
    ("rank move", _rank_move),
    ("gap to an average", _gap_to_average),
    ("rank band", _rank),
    ("results placing", _results_placing),
    ("elided duration", _elided_duration),
    ("elided prison term", _elided_term),
    ("span of seasons", _span_of_time),
    ("ratio numerator", _numerator),
    ("ratio base", _ratio_base),
    ("score word", _score_word),
    ("hyphened measure", _hyphened_measure),
    ("capacity", _capacity),
    ("capacity phrase", _capacity_phrase),
    ("capacity participle", _capacity_participle),
    ("capacity purpose", _capacity_purpose),
    ("capacity holder", _capacity_holder),
    ("size of a bound", _limit_size),
    ("apposed age", _apposed_age),
    ("signed change", _signed_change),
    ("percentage points written short", _short_points),
    ("dimension", _dimension),
    ("per unit", _per_unit),
    ("below one", _below_one),
)


def why_measure(text: str, n: NumberSpan, root: Token) -> str | None:
    """The name of the first rule that says the number at n measures, compares or ranks, else None."""
    return first_rule(MEASURE_RULES, text, n, root)


_THOUSANDS_DOT = re.compile(r"\d{1,3}(?:\.\d{3})+")
# a number the English way: a comma group ('1,200') or a decimal point before other than three digits ('2.5')
_ENGLISH_NUMBER = re.compile(r"\d,\d{3}(?!\d)|(?<![\d.])\d+\.(?:\d{1,2}|\d{4,})(?![\d.])")


def thousands_dot_value(article: str, digits: str, root: Token) -> float | None:
    """'1.000 led lights' -> 1000.0 where the article writes numbers the European way; else None."""
    if not _THOUSANDS_DOT.fullmatch(digits) or _ENGLISH_NUMBER.search(article):
        return None
    head = root.head
    if not (root.dep_ in ("nummod", "quantmod") and head.i > root.i and head.tag_ in ("NNS", "NNPS")):
        return None
    return float(digits.replace(".", ""))
