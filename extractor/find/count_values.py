"""Numbers whose value or place shows they say no 'how many' (issue 17), beside count_context.py's rules.

Decisions:
- A count is whole. Digits with a decimal part and mixed numbers are no count unless a scale word carries them
  ("16.6 million vehicles") or they count a plural noun written in lower case ("29.5 tackles for loss", a shared
  tackle being half of one): "drag down to 0.24", "TargetRubyVersion: 2.5", "16-inches instead of 15.4", "at two
  and a half", "0.001 BTC" (money in a currency no record carries: the README's notes on records make that
  neither an amount nor a count), "2.5 times greater". Left alone: a decimal of 100 or more (an index level,
  "closed at 27,934.02", which the README keeps as a number because MEANTIME's readers mark it), scientific
  notation ("2.48×10−5") and bare fractions ("one sixth", "a third"), which count_context.py reads.
- Digits with a glued exponent that count no noun name a thing ("the 7e7", Boeing's design), not 70,000,000.
- A level or a setting is no count: a number that counts no noun after a verb of setting and "to" or "from"
  ("set the tax to zero", "change the size from 20 to any other value"), and "zero" as the level a quantity
  hits, reaches or falls to ("group morale hits zero"). "the death toll rose to 50" still counts.
- A rating in stars is no count: "gave gousto.co.uk 5 stars", "rated it four stars". Nor is the value
  a key defines: a bare number opening its sentence before "means", "indicates", "stands for" ("0 means that urgent
  improvement is necessary", a hygiene rating's key). Nor are a scale's ends glossed in brackets ("from
  zero (urgent improvement needed) to five (very good)").
- A list item's number after the end of a sentence in the same block ("... the amount. 1. go on a trail ride"):
  counts.py drops the one that opens its block.
- House numbers listed in brackets after a street ("Main Street (8069, 8059, 8055 and 8049)").
- A reference numeral of a patent or a drawing: digits right after a singular lower-case noun that they do not
  count ("This induction system 74 includes an air inlet device 76").
- "N things in one" ends in "in one" or "into one": a figure of speech for one thing doing the work of
  several ("It's like two computers in one!", as "2-in-1"), no count. A reference numeral may also precede a
  clause word, a verb or a stop when the phrase reads on as if it were absent ("the protective cowling 48 that
  ...", "community health 484 encouraging youth sun safety"), the parse taking the noun for a participle at times.
- A piece of a number the number finder split, or a side of a dimension: "14,000x5,200 pixel" (the "200" after
  "5,"), "8,000x8,000".
- An age in decades: "her twenty-something daughter", "thirty-somethings".
- A level a quantity passes ("stayed below 5000 mark") and a number before a unit symbol the measure
  table lacks ("approximately 66 Ma ago", "278,000 t valued", "1 fb−1") count no marks and no 't'; "at" a
  number that counts no noun "per" or "a" thing, or "each", is a price whose currency is left out ("800 orders
  at 200 million per aircraft").
- A time of day whose "a.m" lost its last dot ("to 5 a.m beginning"), and eleven or more digits with no group
  separator (an id or a timestamp: "0.0.0-20180720214833-f61e0f7"). "over 1.1 billions works" (a misspelt scale)
  gives no count: neither "1.1" nor "billions" alone says how many. Nor does the hour a clock strikes or
  shows ("What time is it when the clock strikes 13?"); "the clock struck 12 times" counts strokes.
- A number after a noun of a grade or kind names it, even before a noun ("level 3 restrictions", "type 2
  diabetes", "a level 2 sex offender"); things per unit of length, area, volume or weight are a density ("401
  pixels per inch"); "1080 pixels by 1920 pixels" are the sides of a dimension.
Each rule reads the block text, the number and its parse root only, so a title, a caption and the body are
treated alike. Vocabularies are in data/count_values.json. `why_value` returns the rule's name, or None.

'one or two people', 'two or three times', 'a sibling or two': a vague pair is one count with low and high and
the qualifier "approximate" (`either_or`), not two exact counts. After a choice, "over" means "instead of", not
"more than": "The selection of a white male over two candidates of color" is exactly two (`over_as_instead`).
After a verb of passing a mark, a number that counts no noun is the mark: "cases have surpassed half a million" is
more than half a million (`passed_mark`); "surpassed two rivals" stays exact.
After a verb of change, "from X to Y" is the old and the new count, two exact counts, not a range: "cases in the
county increased from nine to 13" (`reading.changed_from`, read by `amounts.as_range` for amounts too); "between 9
and 13 people" and "from 9 to 13 people attended" stay a range. When the verb's subject is a figure ("scores jumped
as well from 2395 to 2623") neither end is a count (rule "changed figure"); when it is a quantity no one counts, the
change "by" a bare number is none either ("your energy is increased by 165", rule "stat change").
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Token

from ..data import load, one_of
from ..nlp import span_at, text_of
from ..normalize.numbers import NumberSpan, ending_scale
from ..normalize.numbers import tables as number_tables
from .count_rules import RuleTable, first_rule, within
from .reading import Reading, change_rx, changed_from, counts_noun, exclusions, glued_scale

__all__ = [
    "either_or",
    "over_as_instead",
    "passed_mark",
    "preposition_before_one",
    "why_value",
]

_SP = r"[ \u00a0]"


@lru_cache(maxsize=1)
def _values() -> dict:
    return load("count_values")


def why_value(text: str, n: NumberSpan, root: Token) -> str | None:
    """The name of the first rule that says the number at n in text is no count, else None."""
    return first_rule(_RULES, text, n, root)


def _whole(value: float) -> bool:
    return abs(value - round(value)) <= 1e-9 * max(1.0, abs(value))


def _non_whole(text: str, n: NumberSpan, root: Token) -> bool:
    """'closed at 27,934.02', 'a third', 'two and a half', '0.001 BTC': a count is whole; '16.6 million
    vehicles' is, and '29.5 tackles' counts a plural noun."""
    if n.vague or _whole(n.value) or glued_scale().match(text, n.end) or not _non_whole_form(text[n.start : n.end]):
        return False
    if not n.words and n.value >= _values()["non_whole_index_from"]:
        return False  # "closed at 4907.20": an index level, which stays a number (MEANTIME's readers mark it)
    head = root.head
    return not (
        counts_noun(root)
        and head.tag_ == "NNS"
        and head.is_lower
        and head.lower_ not in _values()["non_whole_not_counted"]
    )


# a whole and a fraction, its numerator "a" or a small number word: "two and a half", "five-and-three-quarter"
_MIXED = re.compile(
    r"\band[ \u00a0-]+(?:a|one|two|three|four)[ \u00a0-]+(?:half|third|quarter|fourth|fifth)s?\b|[½¼¾⅓⅔]", re.I
)


def _non_whole_form(number: str) -> bool:
    """Digits with a decimal part ('15.4', '0.001'; not '2.48×10−5', a number in scientific notation) or a mixed
    number ('two and a half', 'five-and-three-quarter', '18½', '3 1/2'). A bare fraction ('one sixth', 'three
    halves') is left to the fraction rules of count_context.py: quantulum3's suite counts it."""
    if re.search(r"[×x*]\s*10|\de[-+]?\d", number):
        return False
    if re.fullmatch(r"[-+−]?[\d,]*\.\d+", number):
        return True
    return _MIXED.search(number) is not None or re.fullmatch(r"\d+[ \u00a0]+\d+/\d+", number) is not None


@lru_cache(maxsize=1)
def _level_rx() -> tuple[re.Pattern, re.Pattern]:
    v = _values()
    setting = re.compile(
        rf"\b(?i:{one_of(v['setting_verbs'])})\b[^.;:!?()]{{0,40}}?\b(?:to|from){_SP}+\Z"
        rf"|\b(?i:{one_of(v['level_nouns'])}){_SP}+from{_SP}+(?:\d[\d,.]*{_SP}+to{_SP}+)?\Z"
    )
    zero = re.compile(rf"\b(?i:{one_of(v['level_before_zero'])}){_SP}+\Z")
    return setting, zero


def _level(text: str, n: NumberSpan, root: Token) -> bool:
    """'set the tax to zero', 'change the size from 20 to any other value', 'lowered the age threshold from 65 to
    60', 'group morale hits zero': the level of a quantity or a setting's value, which counts nothing."""
    if counts_noun(root):
        return False
    setting, zero = _level_rx()
    lo = max(0, n.start - 60)
    if setting.search(text, lo, n.start):
        return True
    return text[n.start : n.end].lower() in ("zero", "0") and zero.search(text, lo, n.start) is not None


@lru_cache(maxsize=1)
def _rating_rx() -> re.Pattern:
    verbs = one_of(_values()["rating_verbs"])
    return re.compile(rf"\b(?i:{verbs})\b(?:{_SP}+[^\s;:!?]*[^\s.;:!?,]){{0,3}}{_SP}+\Z")


def _rating(text: str, n: NumberSpan, root: Token) -> bool:
    """'gave gousto.co.uk 5 stars', 'rated it four stars': a rating, not how many stars."""
    after = re.match(rf"{_SP}*-?{_SP}*([a-z]+)", text[n.end : n.end + 20])
    if after is None or after.group(1) not in _values()["rating_nouns"]:
        return False
    return _rating_rx().search(text, max(0, n.start - 60), n.start) is not None


@lru_cache(maxsize=1)
def _key_verb_rx() -> re.Pattern:
    verbs = one_of(_values()["key_verbs"], spaced=True)
    return re.compile(rf"{_SP}+(?:{verbs})\b(?!{_SP}+of\b)")


_KEY_OPENS = re.compile(r"(?:\A|[.!?:;•|][\"”’')]?{_SP}+|\n)[\"“‘'(]?{_SP}*\Z".replace("{_SP}", _SP))


def _scale_key(text: str, n: NumberSpan, root: Token) -> bool:
    """'This is what the ratings look like. 0 means that urgent improvement is necessary. ... 4 means that the
    business was rated as good': a bare number opening its sentence before a verb of a key (key_verbs) is a value
    of the scale being explained, not how many."""
    return (
        not counts_noun(root)
        and _key_verb_rx().match(text, n.end) is not None
        and _KEY_OPENS.search(text, max(0, n.start - 4), n.start) is not None
    )


_END_LABEL = rf"{_SP}+\([^()\d]{{1,40}}\)"
_NUMBER_WORD = r"(?:\d+|[a-z]+)"
_LOW_END = re.compile(rf"\bfrom{_SP}+\Z", re.IGNORECASE)
# the high end's gloss closes the range: no noun after it ('to 20 (in May) stores' counts stores)
_LOW_REST = re.compile(rf"{_END_LABEL}{_SP}+to{_SP}+{_NUMBER_WORD}{_END_LABEL}(?!{_SP}*[a-z])", re.IGNORECASE)
_HIGH_END = re.compile(rf"\bfrom{_SP}+{_NUMBER_WORD}{_END_LABEL}{_SP}+to{_SP}+\Z", re.IGNORECASE)


def _scale_ends(text: str, n: NumberSpan, root: Token) -> bool:
    """'The rankings, which run from zero (urgent improvement needed) to five (very good)', 'Points range from zero
    (perfect) to 25 (very poor)': bare numbers as the two ends of a range, each glossed in brackets by words, are
    the ends of a scale, not how many."""
    if counts_noun(root) or re.match(_END_LABEL, text[n.end : n.end + 45]) is None:
        return False
    before = text[max(0, n.start - 70) : n.start]
    if _LOW_END.search(before):
        return _LOW_REST.match(text[n.end : n.end + 110]) is not None
    return _HIGH_END.search(before) is not None


_SENTENCE_END = re.compile(rf"[.!?:;][\"”’')]?{_SP}+\Z")


@lru_cache(maxsize=1)
def _pair_rx() -> tuple[re.Pattern, re.Pattern]:
    """A small number word, and a small number written either way, as they meet in a slip ('three four')."""
    word = one_of(number_tables()["units"])
    small = rf"(?:{word}|1\d|[1-9]|20)"
    # the pair stands before a plural noun, as the slips do ('three four times'); 'one 12 year old girl' counts
    after = re.compile(rf"{_SP}(?i:{small}){_PLURAL_NEXT}")
    before = re.compile(rf"(?<![\w\-‐–.,:/])(?i:{word}){_SP}\Z")
    return before, after


_PLURAL_NEXT = rf"{_SP}+[a-z]+s\b"

# a number in digits standing alone as a cell of a row: spaces only between it and the zero, and no hyphen,
# slash, colon or decimal point joining it to a word or another number ("0 0 west", not "0 10-minute" or "0 1/2")
_CELL_BEFORE = re.compile(rf"(?<![\w\-‐–.,:/])\d[\d,]*{_SP}+\Z")
_CELL_AFTER = re.compile(rf"{_SP}+\d[\d,]*(?![\w\-‐–.:/]|,\d)")


def _zero_cell(text: str, n: NumberSpan, root: Token) -> bool:
    """'percent of births 0 0 west bromwich': a zero in digits that counts no noun, beside another bare number in
    digits with only spaces between, is a cell of a table row the page lost its lines from; none of something
    unnamed tells a reader nothing. 'killed 0 people' counts a noun, and a zero alone ('the number of top 100
    songs under 2:30 was 0', '0 Fruit; 3 1/2 Other Carbohydrate') has no cell beside it: both stay."""
    if n.words or n.value != 0 or counts_noun(root):
        return False
    return (
        _CELL_BEFORE.search(text, max(0, n.start - 12), n.start) is not None
        or _CELL_AFTER.match(text, n.end) is not None
    )


def _number_pair(text: str, n: NumberSpan, root: Token) -> bool:
    """'he scored just three four times in his first 18 games', 'having lost eight of their nine 10 games': a small
    number word and a small number side by side with nothing between them is an editing slip (one of the two was
    meant), and a reader can sign neither. Digits before digits are left alone ('On May 5 10 people died' is a
    date), and so is a number hyphened to the next word ('two 10-minute halves')."""
    if n.value is None or n.value > 20:
        return False
    before, after = _pair_rx()
    if n.words and after.match(text, n.end):
        return True
    plural = re.match(_PLURAL_NEXT, text[n.end :]) is not None
    return plural and before.search(text, max(0, n.start - 12), n.start) is not None


@lru_cache(maxsize=1)
def _greek_rx() -> re.Pattern:
    return re.compile(rf"[-‐](?i:{one_of(_values()['greek_letters'])})\b")


def _greek_name(text: str, n: NumberSpan, root: Token) -> bool:
    """'17-beta oestradiol', '5-alpha reductase': a number hyphened to the name of a Greek letter is part of the
    name of a molecule or an enzyme, not how many."""
    return _greek_rx().match(text, n.end) is not None


_MARKER_AFTER = re.compile(rf"[.)]{_SP}+[A-Za-z\"“]")


def _list_marker(text: str, n: NumberSpan, root: Token) -> bool:
    """'... the amount. 1. go on a trail ride': a list item's number after the end of a sentence."""
    digits = text[n.start : n.end]
    return (
        re.fullmatch(r"\d{1,2}", digits) is not None
        and _MARKER_AFTER.match(text, n.end) is not None
        and _SENTENCE_END.search(text, max(0, n.start - 4), n.start) is not None
    )


@lru_cache(maxsize=1)
def _street_list_rx() -> re.Pattern:
    streets = one_of(exclusions()["street_types"])
    item = r"\d{1,6}(?:[-–]\d{1,6})*"
    joint = rf"(?:{_SP}*,{_SP}*(?:and{_SP}+)?|{_SP}+(?:and|or|&){_SP}+)"
    return re.compile(rf"(?:{streets}){_SP}*\({_SP}*{item}(?:{joint}{item})*{_SP}*\)")


def _street_list(text: str, n: NumberSpan, root: Token) -> bool:
    """'the lower end of Main Street (8069, 8059, 8055 and 8049)': house numbers listed after their street."""
    return within(_street_list_rx(), text, n, before=80, after=40)


def _reference_numeral(text: str, n: NumberSpan, root: Token) -> bool:
    """'This induction system 74 includes an air inlet device 76', 'the protective cowling 48 that ...': digits
    right after a singular lower-case noun that they do not count name a part in a drawing or an item of a
    programme ('community health 484 encouraging youth sun safety'), not how many."""
    if n.words or counts_noun(root) or root.i == 0 or not re.fullmatch(r"\d{1,4}", text[n.start : n.end]):
        return False
    prev = root.doc[root.i - 1]
    return (
        (prev.tag_ == "NN" or prev.tag_ == "VBG" and prev.dep_ == "amod")  # "the protective cowling": a noun
        and prev.is_lower
        and prev.is_alpha
        and prev.idx + len(prev.text) < n.start
        and (root.dep_ == "appos" or _read_past(root))
        and prev.lower_ not in _values()["numeral_not_after"]
    )


# what may follow a reference numeral: the phrase goes on as if the number were absent ("the cowling 48 that",
# "a housing 12 and a lid 14", "health 484 encouraging"), not a noun, a modifier or a number of its own
_PAST_NUMERAL_TAGS = frozenset({"WDT", "IN", "CC", "VBZ", "VBP", "VBD", "VBG", "VBN", "MD", ",", ".", ":"})


def _read_past(root: Token) -> bool:
    """The text reads on past the number as past a label: the next token is a clause word, a verb or a stop, and
    the number is no subject ('of the class 20 passed' counts students), no gapped count, nor the head of an 'of'
    phrase ('the group 20 of them')."""
    if root.dep_.startswith("nsubj") or _gapped(root):
        return False
    if root.i + 1 >= len(root.doc):
        return True
    nxt = root.doc[root.i + 1]
    return nxt.tag_ in _PAST_NUMERAL_TAGS and nxt.lower_ != "of"


def _gapped(root: Token) -> bool:
    """'The state reported 50 new cases and the county 12.': after a number that counts a noun earlier in the
    sentence, a noun and a number stand for a clause whose verb and noun are left out (a gapped count)."""
    return any(tok.like_num and counts_noun(tok) for tok in root.doc[root.sent.start : root.i])


# "like two computers in one!", "three products rolled into one.": the things named, then "in one" ending the phrase
_IN_ONE_AFTER = re.compile(rf"(?:{_SP}+[A-Za-z][\w'’-]*){{1,3}}{_SP}+in(?:to)?{_SP}+one{_SP}*(?:[.!?,;:)]|\Z)", re.I)


def _combined_in_one(text: str, n: NumberSpan, root: Token) -> bool:
    """'It's like two computers in one!': a figure of speech for one thing that does the work of several (as
    '2-in-1' and 'all-in-one'), not how many computers; 'two goals in one game' still counts goals."""
    return _IN_ONE_AFTER.match(text, n.end) is not None


_PIECE_BEFORE = re.compile(r"\d[xX×]\Z|\d[,.]\Z")
_DIMENSION_AFTER = re.compile(rf"{_SP}?[xX×]{_SP}?\d")


def _number_piece(text: str, n: NumberSpan, root: Token) -> bool:
    """'14,000x5,200 pixel', '8,000x8,000': a side of a dimension, or a piece of a number the finder split."""
    return (
        _PIECE_BEFORE.search(text, max(0, n.start - 2), n.start) is not None
        or _DIMENSION_AFTER.match(text, n.end) is not None
    )


def _something_age(text: str, n: NumberSpan, root: Token) -> bool:
    """'her twenty-something daughter', 'thirty-somethings': an age in decades."""
    return re.match(r"[-\u2010\u2011]somethings?\b", text[n.end : n.end + 12], re.I) is not None


_CLOCK_NO_DOT = re.compile(rf"{_SP}*[ap]\.m(?![\w.])|{_SP}*[AP]\.M(?![\w.])|\.[ap]\.m\.")


@lru_cache(maxsize=1)
def _at_hour_rx() -> re.Pattern:
    return re.compile(rf"\b(?i:{one_of(_values()['hour_before_at'])}){_SP}+at{_SP}+\Z")


@lru_cache(maxsize=1)
def _clock_verb_rx() -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?i:clocks?){_SP}+(?i:{one_of(_values()['clock_verbs'])}){_SP}+\Z")


def _clock(text: str, n: NumberSpan, root: Token) -> bool:
    """'from 1 a.m. to 5 a.m beginning on Wednesday', 'The crash happened about 1.p.m.', 'watch my documentary
    Saturday night at 8 on HBO', 'What time is it when the clock strikes 13?': a time of day whose 'a.m' lost a dot
    or took one too many, an hour from 1 to 12 after a day or a part of it and 'at', or an hour from 0 to 24 after
    'clock' and a verb of showing it (count_values.json clock_verbs), that counts no noun ('Monday at 8 locations',
    'the clock struck 12 times' count)."""
    if _CLOCK_NO_DOT.match(text, n.end):
        return True
    if n.vague or n.value is None or counts_noun(root):
        return False
    if n.value in range(25) and _clock_verb_rx().search(text, max(0, n.start - 30), n.start) is not None:
        return True
    at_hour = _at_hour_rx().search(text, max(0, n.start - 20), n.start)
    return not n.words and n.value in range(1, 13) and at_hour is not None


def _scale_after_digits(text: str, n: NumberSpan, root: Token) -> bool:
    """'over 1.1 billions works': a plural scale word right after digits is the scale of those digits misspelt,
    not 'billions' of its own."""
    return n.vague and re.search(rf"\d{_SP}+\Z", text[max(0, n.start - 3) : n.start]) is not None


def _long_digits(text: str, n: NumberSpan, root: Token) -> bool:
    """'0.0.0-20180720214833-f61e0f7': eleven or more digits with no group separator are an id or a timestamp;
    a count that large is written with commas or a scale word."""
    return re.fullmatch(r"\d{11,}", text[n.start : n.end]) is not None


@lru_cache(maxsize=1)
def _kind_label_rx() -> re.Pattern:
    nouns = one_of(_values()["kind_label_nouns"])
    return re.compile(rf"(?:([A-Za-z]+){_SP}+)?(?<![\w-])(?i:{nouns}){_SP}+\Z")


def _kind_label(text: str, n: NumberSpan, root: Token) -> bool:
    """'level 3 restrictions', 'type 2 diabetes', 'a level 2 sex offender', 'phase 3 trials': a number after a
    noun of a grade or a kind names that grade, even before a noun ('at this stage 12 people' still counts)."""
    m = _kind_label_rx().search(text, max(0, n.start - 30), n.start)
    return m is not None and (m.group(1) or "").lower() not in _values()["kind_label_not_after"]


@lru_cache(maxsize=1)
def _per_measure_rx() -> re.Pattern:
    units = one_of(_values()["density_units"])
    words = rf"(?:{_SP}+[A-Za-z][\w-]*){{1,3}}"
    return re.compile(rf"{words}{_SP}+per{_SP}+(?:(?:square|sq\.?|cubic){_SP}+)?(?i:{units})\b")


def _density(text: str, n: NumberSpan, root: Token) -> bool:
    """'a PPI of 401 pixels per inch': things per unit of length, area, volume or weight are a density, not how
    many ('2,300 new cases per day' stays a count)."""
    return _per_measure_rx().match(text, n.end) is not None


_BY_DIMENSION = re.compile(rf"{_SP}+([a-z]+){_SP}+by{_SP}+[\d,.]+{_SP}+([a-z]+)\b")


def _by_dimension(text: str, n: NumberSpan, root: Token) -> bool:
    """'a resolution of 1080 pixels by 1920 pixels': the sides of a dimension, both numbers."""
    after = _BY_DIMENSION.match(text, n.end)
    if after is not None and after.group(1) == after.group(2):
        return True
    before = re.search(rf"[\d,.]+{_SP}+([a-z]+){_SP}+by{_SP}+\Z", text[max(0, n.start - 40) : n.start])
    same = re.match(rf"{_SP}+([a-z]+)\b", text[n.end :])
    return before is not None and same is not None and before.group(1) == same.group(1)


_GLUED_EXPONENT = re.compile(r"\d[eE][-+]?\d+\Z")


def _glued_exponent(text: str, n: NumberSpan, root: Token) -> bool:
    """'Boeing's upcoming new design, the 7e7': digits with a glued exponent that count no noun name a thing
    ('1e6 people' counts)."""
    return not n.words and _GLUED_EXPONENT.search(text, n.start, n.end) is not None and not counts_noun(root)


def _level_mark(text: str, n: NumberSpan, root: Token) -> bool:
    """'stayed below 5000 mark', 'slip below the four thousand mark': the level a quantity passes, not a count of
    marks."""
    return counts_noun(root) and root.head.lower_ in _values()["level_marks"]


_WORD_NEXT = re.compile(rf"{_SP}+([^\s,;:!?()]+?)\.?(?=[\s,;:!?()]|\Z)")
_UNIT_SHAPE = re.compile(r"[a-z]\Z|.*\^|[A-Za-zµ]{1,2}/[A-Za-z]{1,2}\b|[a-z]{1,3}[-−][1-3]\Z|[A-Za-z]+[¹²³⁻]+\Z")


def _unit_symbol(text: str, n: NumberSpan, root: Token) -> bool:
    """'278,000 t valued', 'approximately 66 Ma ago', 'reach 1 fb−1', '20 J/m^2 per year': a unit symbol after the
    number makes it a measure (left to the amount finder), not a count of 't' or 'Ma'."""
    m = _WORD_NEXT.match(text, n.end)
    if m is None or m.group(1) in ("a", "x"):
        return False
    word = m.group(1)
    return word in _values()["unit_symbols"] or _UNIT_SHAPE.match(word) is not None


_AT_BEFORE = re.compile(rf"(?<![\w])(?i:at){_SP}+\Z")
_EACH_AFTER = re.compile(rf"{_SP}+(?:(?:per|a|an){_SP}+[a-z]+|each)\b")


def _price_each(text: str, n: NumberSpan, root: Token) -> bool:
    """'800 orders at 200 million per aircraft', 'sold at 5 each': a price with its currency left out, not a
    count ('at 40 sites' counts sites)."""
    return (
        not counts_noun(root)
        and _AT_BEFORE.search(text, max(0, n.start - 4), n.start) is not None
        and _EACH_AFTER.match(text, n.end) is not None
    )


_CHANGE_END = re.compile(rf"\b(from){_SP}+(?:[\w,.]+{_SP}+to{_SP}+)?\Z", re.I)


def _changed_figure(text: str, n: NumberSpan, root: Token) -> bool:
    """'scores jumped as well from 2395 to 2623': an end of a change 'from X to Y' whose verb's subject is a figure
    (a score, a rating: count_measures.json figure_nouns) is that figure's value, not how many."""
    end = _CHANGE_END.search(text, max(0, n.start - 30), n.start)
    if end is None or not changed_from(text, end.start(1)):
        return False
    verb = change_rx().search(text, max(0, end.start(1) - 60), end.start(1))
    token = span_at(root.doc, verb.start(), verb.start() + 1) if verb is not None else None
    if token is None:
        return False
    figures = {w.lower() for w in load("count_measures")["figure_nouns"]}
    subjects = [t.text.lower() for t in token.root.children if t.dep_ in ("nsubj", "nsubjpass")]
    return any(w in figures or w.removesuffix("s") in figures for w in subjects)


# the prepositions that bring a value to the verb whose subject takes it: "has fallen below 400", "rose to 250"
_VALUE_PREPOSITIONS = ("to", "below", "above", "under", "over", "at", "around", "near", "from", "of")
# a number of things in a unit of time after the value: "at a rate of 15 a year" counts tankers a year
_PER_TIME_AFTER = re.compile(rf"{_SP}+(?:a|an|per|each|every){_SP}+[a-z]+\b", re.I)


def _rate_value(text: str, n: NumberSpan, root: Token) -> bool:
    """'Spain's 14-day cumulative rate of cases per 100,000 of population has fallen below 400', 'the air quality
    index in Delhi right now is 218': a number that counts no noun and is the value a rate, a ratio or a rating
    scale's index takes (its verb's subject, or the noun of 'a rate of') says how high, not how many. A stock index
    keeps its level (MEANTIME's readers mark 'The index has not closed above 8,000'), and things in a unit of time
    stay counted ('at a rate of 15 a year')."""
    if counts_noun(root) or _PER_TIME_AFTER.match(text, n.end):
        return False
    holder = _value_holder(root)
    return holder is not None and _is_rate(holder)


def _value_holder(root: Token) -> Token | None:
    """The noun whose value the number is: the subject of the verb it is the object of ('the index reached 408',
    'the index is 218') or brought to by a preposition ('the rate has fallen below 400'), or the noun of 'a rate
    of 400'."""
    verb = root.head
    if root.dep_ == "pobj" and verb.lower_ in _VALUE_PREPOSITIONS and verb.dep_ == "prep":
        if verb.lower_ == "of" and verb.head.pos_ == "NOUN":
            return verb.head
        verb = verb.head
    elif root.dep_ not in ("attr", "dobj"):
        return None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _is_rate(noun: Token) -> bool:
    """A rate or ratio noun ('rate', 'ratio'), or a rating scale's index named by its modifiers ('air quality
    index', 'UV index'): count_values.json rate_nouns and rating_indexes."""
    if noun.lower_ in _values()["rate_nouns"]:
        return True
    phrase = noun.doc[noun.left_edge.i : noun.i + 1].text.lower()
    return any(phrase == name or phrase.endswith(" " + name) for name in _values()["rating_indexes"])


def _stat_change(text: str, n: NumberSpan, root: Token) -> bool:
    """'She invites you to watch a movie together and your energy is increased by 165': a bare number after 'by' on a
    verb of change (change_verbs.json from_to_levels) whose subject is a quantity no one counts (count_values.json
    stat_nouns: energy, health, speed) is the size of the change, no count; 'the population increased by 165'
    stays a count of people."""
    if counts_noun(root) or root.dep_ != "pobj" or root.head.lower_ != "by" or root.head.dep_ not in ("prep", "agent"):
        return False
    verb = root.head.head
    if verb.pos_ != "VERB" or verb.lower_ not in load("change_verbs")["from_to_levels"]:
        return False
    return any(c.lower_ in _values()["stat_nouns"] for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))


_RULES: RuleTable = (
    ("non-whole value", _non_whole),
    ("glued exponent", _glued_exponent),
    ("level", _level),
    ("rating", _rating),
    ("scale key", _scale_key),
    ("scale ends", _scale_ends),
    ("number pair", _number_pair),
    ("zero cell", _zero_cell),
    ("greek name", _greek_name),
    ("list marker", _list_marker),
    ("street list", _street_list),
    ("reference numeral", _reference_numeral),
    ("combined in one", _combined_in_one),
    ("number piece", _number_piece),
    ("age in decades", _something_age),
    ("clock", _clock),
    ("long digits", _long_digits),
    ("scale after digits", _scale_after_digits),
    ("kind label", _kind_label),
    ("density", _density),
    ("by dimension", _by_dimension),
    ("level mark", _level_mark),
    ("unit symbol", _unit_symbol),
    ("price each", _price_each),
    ("changed figure", _changed_figure),
    ("rate value", _rate_value),
    ("stat change", _stat_change),
)


# "a sibling or two", and after "the" with a word of a sequence "the next section or two": one or two of the noun
_A_NOUN_OR = re.compile(
    rf"\b(?:an?|the{_SP}+(?:next|last|first|past)){_SP}+((?:[a-z][\w-]*{_SP}+){{0,2}}[a-z][\w-]*){_SP}+or{_SP}+\Z",
    re.I,
)


@lru_cache(maxsize=1)
def _pair_end() -> re.Pattern:
    """What may follow 'a NOUN or two': the end of the phrase, not a noun of its own ('a bus or two trains')."""
    return re.compile(rf"{_SP}*(?:[^\w\s]|\Z)|{_SP}+(?i:{one_of(_values()['either_or_followers'])})\b")


def _pair(text: str, n: NumberSpan, nxt: NumberSpan) -> float | None:
    """'one or two', 'two or three': the second number, after 'or', at most either_or_high times the first,
    both written alike and the second not glued to a word ('one or 2-year-olds'). The scale word that ends the
    second and not the first is both's ('two or three million': 2 and 3 million); the pair's scale (1.0 without
    one), or None for no pair."""
    if n.vague or nxt.vague or not _whole(n.value) or not re.fullmatch(rf"{_SP}+or{_SP}+", text[n.end : nxt.start]):
        return None
    shared = ending_scale(text[nxt.start : nxt.end]) if ending_scale(text[n.start : n.end]) is None else None
    scale = shared or 1.0
    if not n.value < nxt.value / scale <= _values()["either_or_high"] * n.value:
        return None
    return scale if n.words == nxt.words and not re.match(r"[\w-]", text[nxt.end : nxt.end + 1]) else None


def either_or(text: str, nums: list[NumberSpan], j: int) -> tuple[Reading, str | None] | None:
    """'one or two people', 'two or three times' (nums j and j+1), 'a sibling or two' (num j alone): a vague
    pair, low and high with the qualifier 'approximate', and the noun of 'a NOUN or two' when there is one.
    'three or four thousand people' is 3,000 to 4,000."""
    n = nums[j]
    if n.vague or not _whole(n.value):
        return None
    nxt = nums[j + 1] if j + 1 < len(nums) else None
    if nxt is not None and (scale := _pair(text, n, nxt)) is not None:
        return Reading(n.start, nxt.end, None, low=n.value * scale, high=nxt.value, qualifier="approximate"), None
    prev = nums[j - 1] if j > 0 else None
    if prev is not None and n.words and (scale := _pair(text, prev, n)) is not None:
        # "parrying one or two and blocking the rest": the first word was no count on its own (a pronoun "one"),
        # the second is still the top of the same vague pair, not an exact two
        return Reading(prev.start, n.end, None, low=prev.value * scale, high=n.value, qualifier="approximate"), None
    m = _A_NOUN_OR.search(text, max(0, n.start - 40), n.start)
    if m is None or n.value not in (2, 3) or not n.words or m.group(1).lower() in _values()["either_or_not_nouns"]:
        return None
    if not _pair_end().match(text, n.end):
        return None  # "take a bus or two trains": the number counts a noun of its own
    r = Reading(n.start, n.end, None, low=1.0, high=n.value, qualifier="approximate")
    return r, m.group(1)


@lru_cache(maxsize=1)
def _choice_rx() -> re.Pattern:
    return re.compile(rf"\b(?i:{one_of(_values()['choice_words'])})\b[^.;:!?]{{0,60}}\Z")


def over_as_instead(doc: Doc, r: Reading) -> Reading:
    """'The selection of a white male over two candidates of color': after a word of choice, 'over' that follows
    the chosen noun means 'instead of', so the count is exact."""
    text = text_of(doc)
    m = re.match(rf"over{_SP}+", text[r.start : r.end], re.I)
    if m is None or r.qualifier != "more_than":
        return r
    before = span_at(doc, r.start, r.start + 4)
    prev = doc[before.start - 1] if before is not None and before.start > 0 else None
    if (
        prev is None
        or prev.pos_ not in ("NOUN", "PROPN")
        or not _choice_rx().search(text, max(0, r.start - 70), r.start)
    ):
        return r
    r.start, r.qualifier, r.low = r.start + m.end(), "exact", None
    return r


# the largest number written in words that 'over' may span ('over two spells'); larger ones bound a crowd
_OVER_ACROSS_MAX = 10


def over_as_across(text: str, r: Reading, counted: str | None) -> Reading:
    """'won three Premier League titles over two spells in charge': 'over' and a small number in words before a
    plural noun of a stretch of time or play (count_values.json over_across_nouns) means 'across', so the count is
    exact. Digits keep 'more than' ('over 100 games')."""
    m = re.match(rf"over{_SP}+(?=[A-Za-z -]+\Z)", text[r.start : r.end], re.I)
    if m is None or r.qualifier != "more_than" or counted is None or r.low is None or r.low > _OVER_ACROSS_MAX:
        return r
    if counted.lower().split()[-1] not in _values()["over_across_nouns"]:
        return r
    r.start, r.qualifier, r.value, r.low = r.start + m.end(), "exact", r.low, None
    return r


def preposition_before_one(doc: Doc, r: Reading) -> Reading:
    """'more persistent rainfall over one region', 'under one trustee': 'over', 'under', 'above' or 'below' right
    before 'one' and the singular noun it counts is a preposition of place, not a bound ('more than one' has its
    'than'), so the count is exact."""
    text = text_of(doc)
    m = re.match(rf"(?i:{one_of(_values()['one_prepositions'])}){_SP}+(?=(?i:one)\Z)", text[r.start : r.end])
    if m is None or r.value != 1:
        return r
    span = span_at(doc, r.start + m.end(), r.end)
    root = span.root if span is not None else None
    if root is None or not counts_noun(root) or root.head.tag_ not in ("NN", "NNP"):
        return r
    r.start, r.qualifier, r.low, r.high = r.start + m.end(), "exact", None, None
    return r


@lru_cache(maxsize=1)
def _passing_rx() -> re.Pattern:
    return re.compile(rf"\b(?i:{one_of(_values()['passing_verbs'])}){_SP}+\Z")


def passed_mark(text: str, r: Reading, counted: str | None) -> Reading:
    """'confirmed coronavirus cases have surpassed half a million', 'claims had topped 6 million': a number that
    counts no noun right after a verb of passing a mark is that mark, so the count is more than it. 'surpassed two
    rivals' (a counted noun) and 'passed two of them' (a part) stay exact; the span keeps its number only."""
    if r.qualifier != "exact" or counted is not None or r.value is None or re.match(rf"{_SP}+of\b", text[r.end :]):
        return r
    if _passing_rx().search(text, max(0, r.start - 20), r.start) is None:
        return r
    r.qualifier, r.low = "more_than", r.value
    return r
