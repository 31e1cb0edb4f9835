"""Amounts: money, measures and percentages.

Numbers are found in each block's text with the patterns of normalize/numbers.py, then read outward:
a currency sign or qualifier before, a scale word, currency name, "%" or unit after, and a second
number for ranges. Reading the text rather than spaCy's tokens keeps "200lbs", "HK$3.5m" and "5-8%"
whole (the tokenizer splits and glues those inconsistently). counts.py reads the numbers left over.
A spoken fraction belongs to its unit ("a mile and a half", "three-quarters of a mile", "one mile and a half"), and a
number with a unit word inside a name or a label is no amount ("Apt. 1C", "Nine Mile Rd."; normalize/units.py).
The text decides a qualifier, except 'about' before an article ("reports about a 12-kilogram bomb"), which only the
word before it (a noun: a topic) tells from 'approximately' (topic_about, with the parse). "three or four kilometres"
is one vague amount by the count finder's either-or pair (count_values.either_or), not a range; so is "an inch or two"
with 'a' for its one (1 to 2 in). One unit with an 'or' qualifier after it is an amount ("a foot or so", "a mile or
more"); a bare "a mile" is none (a_unit_bounded), and a duration ("an hour or two") has no unit.
A range's bare low end shares the scale word of its high end ("2 to 3 million", shared_scale) and, when a dash joins
it (or "between .. and" does) to a high end written with its thousands, those thousands ("around 15-20,000 euros" runs
from 15,000; "between 4 and 5,000 euro" from 4,000; not "from 2 to 2,500 stores", maybe a change from two):
only when that puts the low end at or under the high end and above a tenth of it ("1-10,000" keeps 1).
A "$" after a number and before a shell command ("1 key error 1 $ python foo.py 2", a shell session flattened into a
sentence) is the prompt, no currency sign (count_forms.shell_prompt); "prices from 5 $ per ticket" keeps its dollar.
A bound opening a line of requirements qualifies the amount after it ("Minimum 4 GB of memory": at least 4 GB), and
an exact amount that restates a qualified one in another unit shares its qualifier ("about 2,750 tons, or 2,500
metric tons": carried_qualifiers).
An election's or a poll's margin or change in points is in percentage points, the percentage it is ("a state Trump
won by 30 points", "a 20-point lead in the polls": _poll_points); a game's margin and an index's move are not.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from functools import lru_cache
from typing import Literal, overload

from spacy.tokens import Doc

from ..data import load, one_of
from ..models import is_iso4217
from ..nlp import span_at, text_of
from ..normalize import money, units
from ..normalize.numbers import NumberSpan, ending_scale, is_vague_multiple, parse_number
from ..normalize.numbers import tables as number_tables
from .candidates import AmountCandidate
from .count_forms import shell_prompt
from .count_values import either_or
from .reading import (
    CENTS,
    PERCENT,
    PLUS_MINUS,
    SPACE,
    SPOKEN_CENTS,
    ArticleContext,
    Reading,
    about_articles,
    about_topic_before,
    changed_from,
    glued_scale,
    index_context,
    is_year,
    measure_word_unit,
    measure_words,
    phrasal_particle_before,
    point_abbreviations,
    qualifier_after,
    qualifier_before,
    qualifier_before_article,
    qualifier_kind,
    qualifier_over_dimension,
    range_joiner,
    range_opener,
    unitless_unit,
    unitless_words,
)

__all__ = [
    "read_amount",
    "dimension_sides",
    "read_one",
    "joined",
    "as_range",
    "shared_scale",
    "qualify",
    "applied_scale",
    "carried_qualifiers",
    "converted_dollars",
    "money_rates",
    "a_unit_bounded",
]


def read_amount(text: str, nums: list[NumberSpan], j: int, article: ArticleContext) -> Reading | None:
    first = read_one(text, nums[j], j, article)
    if first.kind != "amount" and (spoken := _spoken_fraction_of_unit(text, nums[j], j)) is not None:
        first = spoken  # "a mile and a half", "three-quarters of a mile"
    if first.kind != "amount" and (few := _a_unit_or_few(text, nums[j], j, article)) is not None:
        return few  # "an inch or two deep": 1 to 2 in
    if first.kind == "amount":
        first = _broken_decimal(text, nums, j, first)
        first = _compound(text, nums, first, article)
        first = _and_a_fraction(text, nums, first, article)
        reading = _extend_range(text, nums, first, article)
        return qualify(text, reading)
    # a measurement and its margin: "2,000.45±0.01 pounds", "9.83e-3 +/- 1e-5 km/s2" (the value is the first)
    if j + 1 < len(nums) and PLUS_MINUS.fullmatch(text, first.end, nums[j + 1].start) and first.value is not None:
        second = read_one(text, nums[j + 1], j + 1, article)
        if second.kind == "amount" and second.unit_kind == "measure":
            factor = second.value / nums[j + 1].value if second.value is not None and nums[j + 1].value else 1.0
            return qualify(
                text,
                Reading(
                    first.start,
                    second.end,
                    round(first.value * factor, 9),
                    "amount",
                    second.unit,
                    second.unit_kind,
                    numbers=first.numbers + second.numbers,
                ),
            )
    # a bare number whose partner carries the unit: "5-8%", "8- to 16-meter", "between $12 and $20 million"
    if j + 1 < len(nums) and joined(text, first.end, nums[j + 1].start):
        second = read_one(text, nums[j + 1], j + 1, article)
        if second.kind == "amount" and second.qualifier == "exact" and not _year_before_scaled(text, first, second):
            low = (
                first.value * (second.value / nums[j + 1].value)
                if second.scaled
                and not first.scaled
                and nums[j + 1].value
                and first.value is not None
                and second.value is not None
                else first.value
            )
            low = shared_scale(text, nums[j], nums[j + 1], None if low is None else round(low, 6))
            if (pair := _either_or_amount(text, nums, j, second)) is not None:
                return pair
            merged = as_range(text, first, second, low)
            if merged is not None and _sprint(text, merged):
                return qualify(text, replace(second, numbers=first.numbers + second.numbers))
            if merged is None and (level := _old_level(text, first, second, low)) is not None:
                return qualify(text, level)
            return qualify(text, merged if merged is not None else _shared_unit(text, first, second, low))
    return None


def _old_level(text: str, first: Reading, second: Reading, value: float | None) -> Reading | None:
    """'pixel density going from 220 to 226ppi', 'rose from 9 to 13%': after a verb of change (changed_from) the
    two ends are the old and the new level, read apart; a bare old level written before the unit is in the new
    level's unit, its own amount (it was read as a count of nothing). Not a year ('from 2019 to 5%'),
    nor a zero: 'go from zero to 60 mph' is a sprint (_sprint), the zero no amount."""
    if not value or not re.fullmatch(r"[ \u00a0]+to[ \u00a0]+", text[first.end : second.start]):
        return None
    opener = range_opener().search(text, 0, first.start)
    if opener is None or not changed_from(text, opener.start()) or is_year(text[first.start : first.end]):
        return None
    if second.unit_kind not in ("measure", "percent", "currency"):
        return None
    return Reading(first.start, first.end, value, "amount", second.unit, second.unit_kind, numbers=first.numbers)


def _either_or_amount(text: str, nums: list[NumberSpan], j: int, second: Reading) -> Reading | None:
    """'three or four kilometres above the ground': a bare number, 'or', and the next whole number of the unit (at
    most twice it, written alike: count_values.either_or) are one vague amount, low and high, approximate; as_range
    reads no 'or' ('$17 million or $12 million' are two claims), and the count finder's pair rule holds here. A scale
    word ending the second is both's: "two or three million dollars" is $2 to 3 million."""
    pair = either_or(text, nums, j)
    if pair is None or pair[0].end != nums[j + 1].end or pair[0].low is None or second.value is None:
        return None
    if not nums[j + 1].value:
        return None
    ratio = second.value / nums[j + 1].value  # the unit's factor: "three or four basis points"
    return Reading(
        nums[j].start,
        second.end,
        None,
        "amount",
        second.unit,
        second.unit_kind,
        "approximate",
        round(pair[0].low * ratio, 9),  # the pair's shared scale: "two or three million dollars"
        second.value,
        numbers=[j, *second.numbers],
    )


def _sprint(text: str, r: Reading) -> bool:
    """'0-62 mph in 6.6 seconds', 'from zero to 60 mph': a speed counted up from a standstill is the speed reached
    (the car's sprint), not a span of speeds it keeps; the high end is the amount, the zero none. 'between 0 and
    25 km/h' is a span."""
    speed = r.unit is not None and r.unit.endswith("/h")
    return speed and r.qualifier == "range" and r.low == 0 and not text.startswith("between", r.start)


@lru_cache(maxsize=1)
def _intensified_regexes() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """Before and after a whole percentage that says 'entirely': a linking verb, an adjective of certainty; a
    word then a comma, or an object pronoun (the clause break or the person before it), then the clause's end."""
    words = load("quantity_measures")
    links = words["intensified_after"]
    verbs, clitics = [w for w in links if w[0].isalpha()], [w for w in links if not w[0].isalpha()]
    # a clitic is glued to its pronoun ("I'm"); a verb is a word of its own
    verb = rf"(?:(?<![\w'’])(?i:{one_of(verbs)})|(?<=\w)(?i:{one_of(clitics)}))"
    before = rf"{verb}(?:[ \u00a0]+not)?[ \u00a0]+\Z"
    after = rf"[ \u00a0]+(?i:{one_of(words['intensified_adjectives'])})\b"
    # "for Trump, 100 percent.": a word (no number, no percent) then a comma; "suits you 100%."
    alone = rf"(?:(?<=[^\W\d_]),|(?<![\w'’])(?i:{one_of(words['intensified_objects'])}))[ \u00a0]+\Z"
    # the clause ends: a stop, or a comma that closes the quote ("100 percent,” he said")
    ends = r"[ \u00a0]*(?:[.!?;]|,?[”\"’]|\Z)"
    return re.compile(before), re.compile(after), re.compile(alone), re.compile(ends)


@lru_cache(maxsize=1)
def _intensified_values() -> frozenset[float]:
    return frozenset(load("quantity_measures")["intensified_values"])


def _intensified_value(value: float | None) -> bool:
    """A whole hundred percent, or any whole percentage over it (quantity_measures.json intensified_values,
    intensified_over): the hyperbole of 'Did the Fish Cakes Live up to the Hype? Yes, 120%!' says 'entirely' as
    '100%' does; a share such as 50% never does."""
    if value is None:
        return False
    over = load("quantity_measures")["intensified_over"]
    return value in _intensified_values() or (value > over and float(value).is_integer())


# a percentage's figure, its number with a sign or word: "50%", "3 per cent", "10 percentage points"
_PERCENT_FIGURE = re.compile(rf"\d{PERCENT.pattern}")


def _intensifier(text: str, r: Reading, end: int) -> bool:
    """'is 100% accurate', 'I'm 100 percent sure': a whole hundred percent or more (_intensified_value: 'Yes,
    120%!') ending at end, between a linking verb
    and an adjective of certainty or commitment (quantity_measures.json intensified_after, intensified_adjectives)
    says 'entirely', no share: neither an amount nor a count. '100% renewable' stays a share. So does one before an
    adjective of wholeness and its noun, after no linking verb ('have 100 percent complete information':
    _attributive; 'is 100% complete' measures progress). So does one that grades a verb of endorsement or agreement
    ('I agree 100%', 'We recommend at 100%', 'I would 100% recommend': _endorsement). So does one that
    stands alone at its clause's end after a comma or an object pronoun ('I will pull the lever for Trump, 100
    percent.', 'suits you 100%.'), unless the sentence gave a percentage before it (a list: 'rose 50% in Asia,
    100% in Europe' ends nothing; 'in Asia, 100%.' after '50% in Europe' is one more share)."""
    if not _intensified_value(r.value) or r.low is not None:
        return False
    before, after, alone, ends = _intensified_regexes()
    window = max(0, r.start - 20)
    if after.match(text, end) is not None and before.search(text, window, r.start) is not None:
        return True
    if _attributive(text, end) and before.search(text, window, r.start) is None:
        return True
    if _endorsement(text, r.start, end):
        return True
    if alone.search(text, window, r.start) is None or ends.match(text, end) is None:
        return False
    return _first_percent(text, r.start)


@lru_cache(maxsize=1)
def _endorsement_regexes() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """Around a whole percentage that grades a verb of endorsement or agreement (quantity_measures.json
    intensified_verbs, intensified_verb_gaps, intensified_verb_openers): the verb (lower case only: 'Support 100%'
    may be a table's row) and up to two gap words before it; a gap word after it; an opener before it; the verb
    after it."""
    words = load("quantity_measures")
    verb, gap = one_of(words["intensified_verbs"]), one_of(words["intensified_verb_gaps"])
    openers = words["intensified_verb_openers"]
    bare, clitics = one_of(w for w in openers if w[0].isalpha()), one_of(w for w in openers if not w[0].isalpha())
    sp = r"[ \u00a0]+"
    verb_before = rf"(?<![\w'’-])(?:{verb})(?:{sp}(?:{gap})){{0,2}}{sp}\Z"
    gap_after = rf"[ \u00a0]*,|{sp}(?:{gap})\b"  # "I trust him 100%, he said", "agree 100% with you"
    opener = rf"(?:(?<![\w'’])(?i:{bare})|(?<=\w)(?i:{clitics})){sp}\Z"
    verb_after = rf"{sp}(?:{verb})\b(?![-'’])"
    return re.compile(verb_before), re.compile(gap_after), re.compile(opener), re.compile(verb_after)


def _endorsement(text: str, start: int, end: int) -> bool:
    """'I agree 100%', 'recommend it 100%', 'We recommend at 100%', 'I agree 100% with you', 'I would 100%
    recommend': the percentage from start to end says how wholly the speaker holds to a verb of endorsement or
    agreement, 'entirely'. After the verb the clause must end (or take a comma) or go on with a gap word ('support
    100% of the cost' measures); before it a subject or a modal must open ('won 100% support from members'
    measures). Only the sentence's one percentage: in a list of shares ('Firefox supports 90% and Chrome supports
    100%', 'supports 100%, 95% and 90%') the hundred is one more."""
    if len(_PERCENT_FIGURE.findall(_sentence_around(text, start))) > 1:
        return False
    verb_before, gap_after, opener, verb_after = _endorsement_regexes()
    window = max(0, start - 40)
    if verb_before.search(text, window, start) is not None:
        return _intensified_regexes()[3].match(text, end) is not None or gap_after.match(text, end) is not None
    return opener.search(text, window, start) is not None and verb_after.match(text, end) is not None


@lru_cache(maxsize=1)
def _attributive_regex() -> re.Pattern:
    """An adjective of wholeness then a lower-case word that may be its noun (quantity_measures.json
    intensified_attributives, not one of attributive_breaks)."""
    words = load("quantity_measures")
    adjectives, breaks = one_of(words["intensified_attributives"]), one_of(words["attributive_breaks"])
    return re.compile(rf"[ \u00a0]+(?i:{adjectives})[ \u00a0]+(?!(?:{breaks})\b)[a-z]+\b(?![-'’])")


def _attributive(text: str, end: int) -> bool:
    """'have 100 percent complete information': the percentage ending at end stands before an adjective of wholeness
    and its noun, saying 'entirely complete'; the caller checks no linking verb stands before it ('is 100%
    complete' measures progress)."""
    return _attributive_regex().match(text, end) is not None


def _first_percent(text: str, start: int) -> bool:
    """No percentage stands in the sentence before start."""
    return _PERCENT_FIGURE.search(text, _sentence_start(text, start), start) is None


def _year_before_scaled(text: str, first: Reading, second: Reading) -> bool:
    """'surged from $32 billion in 2004 to $102 billion in 2005': a bare year before a scaled amount dates the
    amount before it; it is no range's low end (a range's bare first end shares the scale: '2 to 3 billion')."""
    return is_year(text[first.start : first.end]) and second.scaled and not first.scaled


def shared_scale(text: str, first: NumberSpan, second: NumberSpan, low: float | None) -> float | None:
    """'2 to 3 million', 'between 12 and 20 billion': a bare first number takes the scale word that ends the
    second, unless that makes it larger than the second ('between 500 and 3 million' keeps 500). Only a scale of a
    thousand or more, spaced or glued but no glued-only letter, in any case ('between 2 and 3 Million people')."""
    if low is None or second.value is None or _range_scale(text[first.start : first.end]) is not None:
        return low
    scale = _range_scale(text[second.start : second.end])
    if not scale:
        return _shared_thousands(text, first, second, low)
    if low * scale > second.value:
        return low
    return low * scale


_BARE_HUNDREDS = re.compile(r"[1-9]\d{0,2}")
_GROUPED_THOUSANDS = re.compile(r"[1-9]\d{0,2}(?:(?:,| , )\d{3})+")  # " , ": a tokenised text's spaced separator
_DASH_ONLY = re.compile(r"[ \u00a0]?[-‐‑–—][ \u00a0]?")
_BETWEEN_AND = re.compile(r"\bbetween[ \u00a0]+\Z", re.IGNORECASE)


def _joined_as_range(text: str, first: NumberSpan, second: NumberSpan) -> bool:
    """A dash ('15-20,000') or 'between A and B' joins two ends of one range; 'from 2 to 2,500 stores' may be a
    change from two, so 'to' shares no thousands."""
    between = text[first.end : second.start]
    if _DASH_ONLY.fullmatch(between):
        return True
    opener = text[max(0, first.start - 20) : first.start]
    return re.fullmatch(r"[ \u00a0]+and[ \u00a0]+", between) is not None and _BETWEEN_AND.search(opener) is not None


def _shared_thousands(text: str, first: NumberSpan, second: NumberSpan, low: float) -> float:
    """'something around 15-20,000 euros worth', '5-10,000 people', 'between 4 and 5 , 000 euro': a bare first number
    under a thousand, joined by a dash or 'between .. and' to a second written with its thousands, shares them when
    that puts it at or under the second and above a tenth of it (15,000 to 20,000); '1-10,000' keeps 1 (1,000 would be
    only a tenth of 10,000, and a span from one reads as well)."""
    if not _BARE_HUNDREDS.fullmatch(text[first.start : first.end]) or not _joined_as_range(text, first, second):
        return low
    if not _GROUPED_THOUSANDS.fullmatch(text[second.start : second.end]):
        return low
    return low * 1000 if low * 1000 <= second.value < low * 10000 else low


def _range_scale(number: str) -> float | None:
    return ending_scale(number, least=1000, glued=False)


def _shared_unit(text: str, first: Reading, second: Reading, value: float | None) -> Reading | None:
    """'45 and 50 mg', 'two or three percent': a bare number coordinated with an amount shares its unit (each is
    its own amount). Not a year ('in 2019 and 5% in 2020'), nor a lone 'and' after a range opener (a range)."""
    if not re.fullmatch(r"[ \u00a0]+(?:and|or)[ \u00a0]+", text[first.end : second.start]) or value is None:
        return None
    if is_year(text[first.start : first.end]) or second.unit_kind not in ("measure", "percent", "currency"):
        return None
    if second.unit_kind == "measure" and re.search(r"\d[A-Za-z]+\Z", text[first.start : first.end]):
        return None  # "at 4k and 60fps": a letter glued to the number is its own (a resolution), not a thousand hertz
    return Reading(first.start, first.end, value, "amount", second.unit, second.unit_kind, numbers=first.numbers)


def joined(text: str, end: int, start: int) -> bool:
    """Only a range joiner (and maybe the second number's currency sign) lies between two numbers."""
    between = text[end:start]
    if len(between) > 12:
        return False
    sign = money.prefix_regex().search(between)
    return range_joiner().fullmatch(between[: sign.start()] if sign else between) is not None


def as_range(text: str, first: Reading, second: Reading, low: float | None) -> Reading | None:
    """Merge 'first joiner second' into one range, if the joiner makes one ('and' needs 'between')."""
    between = text[first.end : second.start]
    opener = range_opener().search(text, 0, first.start)
    if re.search(r"\b(?:and|or)\b", between) and opener is None:
        return None
    if re.search(r"\bor\b", between):
        return None
    if opener is not None and changed_from(text, opener.start()):
        return None  # "rose from 3.9 per cent to 5.8 per cent": the old and the new level, read apart
    high = second.value
    if (
        re.search(r"\bto\b", between)
        and re.search(r"\b(?i:by)[ \u00a0]+\Z", text[max(0, first.start - 4) : first.start])
        and not _near_ends(second, low, high)
    ):
        return None  # "its tally rose by 235 to 1,351": a change and the new level, not a range
    if low is not None and high is not None and low < 0 and high < 0:
        low, high = min(low, high), max(low, high)  # "-18 °C to -34 °C"
    if low is not None and high is not None and low >= high:
        return None  # "3-1", "2-2": a score or a list, not a range
    start = opener.start() if opener else first.start
    return Reading(
        start,
        second.end,
        None,
        "amount",
        second.unit,
        second.unit_kind,
        "range",
        low,
        high,
        numbers=first.numbers + second.numbers,
    )


def _near_ends(second: Reading, low: float | None, high: float | None) -> bool:
    """'cut yields by five to seven basis points': after 'by', two ends of one measure (the higher at most twice the
    lower) are a range; 'rose by 235 to 1,351' is a change and the new level."""
    return second.kind == "amount" and low is not None and high is not None and 0 < low < high <= 2 * low


def _extend_range(text: str, nums: list[NumberSpan], first: Reading, article: ArticleContext) -> Reading:
    """'between $12 million and $20 million', '-18 °C to -34 °C': both ends carry the unit."""
    nxt = max(first.numbers) + 1
    if nxt >= len(nums) or not joined(text, first.end, nums[nxt].start):
        return first
    second = _signed_low_end(text, first, read_one(text, nums[nxt], nxt, article))
    # a degree sign takes the scale its partner names: "70°-85° degrees Fahrenheit"
    sign_takes_scale = first.unit == "degree" and second.unit in ("degC", "degF")
    if second.kind != "amount" or (second.unit != first.unit and not sign_takes_scale):
        return first
    if second.factor != first.factor:
        return first  # "fell 4.8 basis points to 0.675%": a change and the new level, in two units
    merged = as_range(
        text,
        first,
        second,
        shared_scale(text, nums[first.numbers[0]], nums[nxt], first.value) if not first.scaled else first.value,
    )
    return merged or first


def _signed_low_end(text: str, first: Reading, second: Reading) -> Reading:
    """'the $40-50 billion in purchases', '$10-15 per month', '$40 to 50 billion': a currency written on the low end
    only is the currency of the bare high end too, when a dash joins them or a scale word ends the high end
    ('$5 to 10 people' is a sum and a count)."""
    if first.unit_kind != "currency" or second.kind == "amount" or second.blocked or second.value is None:
        return second
    between = text[first.end : second.start]
    if not (re.fullmatch(r"[ \u00a0]*[-–][ \u00a0]*", between) or second.scaled):
        return second
    return replace(second, kind="amount", unit=first.unit, unit_kind="currency")


def _apply_factor(r: Reading, factor: float, digits: int) -> None:
    """The reading's value, or the low bound of a vague one ('several hundred basis points'), in the unit its
    measure word converts to (factor 1.0: nothing to do)."""
    if factor == 1.0:
        return
    if r.value is not None:
        r.value = round(r.value * factor, digits)
    elif r.low is not None:
        r.low = round(r.low * factor, digits)
    else:
        return
    r.scaled, r.factor = True, factor


_BROKEN_GROUP = re.compile(r",\d{2}(?![\d,.])")


def _broken_group(text: str, n: NumberSpan) -> bool:
    """Digits with a group of two glued after a comma are no number a reader can sign: '“The £120,00-a-year SNP
    health secretary' lost a digit of £120,000 (or writes a decimal comma, 120.00); the 120 before the comma is
    neither. Not a list of numbers ('10,20,30': a comma before the digits or after the group)."""
    return (
        re.fullmatch(r"\d{1,3}", text[n.start : n.end]) is not None
        and _BROKEN_GROUP.match(text, n.end) is not None
        and re.search(r"\d,\Z", text[max(0, n.start - 2) : n.start]) is None
    )


# the join between two sides of a dimension: "13x9", "9 x 13", "8-by-8", "10 by 12"
_SIDE_JOIN = re.compile(r"[ \u00a0]?[xX×][ \u00a0]?(?=\d)|-by-(?=\d)|[ \u00a0]+by[ \u00a0]+(?=\d)")
# a side glued after "x", which the number finder does not split off: the "9" of "13x9-inch"
_GLUED_SIDE = re.compile(r"\d+(?:\.\d+)?(?![\d,]|\.\d)")
# "the 4x100m relay", "5 x 1 km repeats": a number of legs or runs times a distance, no dimension
_LEGS_AFTER = re.compile(r"[ \u00a0-]*(?i:relays?|medley|repeats|reps|intervals|laps|loops|sprints)\b")


def dimension_sides(text: str, nums: list[NumberSpan], j: int, article: ArticleContext) -> list[Reading]:
    """'In 13x9-inch pan, melt butter in oven', 'a 9 x 13 inch baking dish', 'an 8-by-8-inch pan': the sides of a
    dimension of which only the last names a unit of length (units.json dimension_units) are each an amount in that
    unit, as '10" x 8"' reads. The readings of every side: the last read as alone ("40 cm", with its range or
    compound) when the number finder split it off, else glued ("13x9"); a qualifier before the first side covers
    all (_shared_qualifier). Sides in digits only; a dimension with no unit or another ('a 4x6 photo', '3440x1440
    curved IPS panel') gives none, nor a count of legs times a distance ('the 4x100m relay', '5 x 1 km repeats',
    where the first side is no length)."""
    if nums[j].words or nums[j].vague:
        return []
    sides: list[tuple[NumberSpan, int | None]] = [(nums[j], j)]
    k = j
    while (join := _SIDE_JOIN.match(text, sides[-1][0].end)) is not None:
        if k + 1 < len(nums) and nums[k + 1].start == join.end():
            k += 1
            if nums[k].words or nums[k].vague:
                return []
            sides.append((nums[k], k))
        elif (glued := _GLUED_SIDE.match(text, join.end())) is not None and join.group(0).strip() in "xX×":
            sides.append((NumberSpan(glued.start(), glued.end(), float(glued.group(0)), words=False), None))
        else:
            break
    if len(sides) < 2:
        return []
    last, index = sides[-1]
    reading = read_one(text, last, -1 if index is None else index, article)
    if (
        reading.kind != "amount"
        or reading.unit not in load("units")["dimension_units"]
        or reading.value is None
        or not last.value
        or _LEGS_AFTER.match(text, reading.end)
    ):
        return []
    factor = reading.value / last.value
    out = [
        qualify(
            text,
            Reading(
                n.start,
                n.end,
                round(n.value * factor, 9),
                "amount",
                reading.unit,
                "measure",
                numbers=[] if i is None else [i],
            ),
        )
        for n, i in sides[:-1]
    ]
    if index is None:
        out.append(replace(reading, numbers=[]))
    elif (whole := read_amount(text, nums, index, article)) is not None:
        out.append(whole)  # the last side read as alone ("40 cm", its range or compound), to share the qualifier
    return _shared_qualifier(out)


def _shared_qualifier(sides: list[Reading]) -> list[Reading]:
    """'about 30 x 40 cm', 'roughly 10 by 12 feet': a qualifier before a dimension's first side qualifies the whole
    dimension, so each exact side after it takes it and its bound, its span staying the number's. A qualifier after
    the last side ('6 x 9 feet or more') stays its own: it may bound that side alone."""
    first = sides[0].qualifier if sides else "exact"
    if first in ("exact", "range"):
        return sides
    side = _bound_side(first)
    for r in sides[1:]:
        if r.qualifier == "exact":
            r.qualifier = first
            if side is not None and r.value is not None:
                setattr(r, side, r.value)
    return sides


def read_one(text: str, n: NumberSpan, j: int, article: ArticleContext) -> Reading:
    """A number with its currency, scale and unit, without qualifiers or ranges."""
    r = Reading(n.start, n.end, n.value, numbers=[j])
    if _broken_group(text, n):
        return Reading(n.start, n.end, None, numbers=[j], blocked=True)
    pre = money.prefix_regex().search(text, max(0, n.start - 12), n.start)
    code = money.prefix_code(pre.group(0), article.text) if pre else None
    if pre and pre.group(0).strip() in money.home_signs():
        # "pay P5 million in damages" in a Philippine story
        code = money.home_sign(pre.group(0), article.where, article.text)
        if code is None:
            return Reading(n.start, n.end, None, numbers=[j], blocked=True)  # the letter is no sign here
    pos = n.end
    named = _named_amount(text, n)
    if named is not None:  # "absolute zero": the phrase is the unit
        start, value, unit = named
        return Reading(start, n.end, float(value), "amount", unit, "measure", numbers=[j])
    r.scaled = bool(re.search(r"[A-Za-z]", text[n.start : n.end])) and not n.words
    glued = applied_scale(text, n, code) or _bracketed_scale(text, n.end)
    if glued:
        r.value, r.scaled, pos = n.value * _scale_value(glued.group(0)), True, glued.end()
    if n.vague:
        r.low, r.value, r.qualifier = n.value, None, "approximate"
    suffix = money.suffix_regex().match(text, pos)
    if suffix and money.is_pound(suffix.group(0)) and not _pound_is_money(text, n, suffix, article, code):
        suffix = None
    if suffix and n.words and money.after_digits_only(suffix.group(0)):
        suffix = None  # "whether one won't reach the finish line": the verb, not a Korean won
    if suffix and _code_in_name(text, n, suffix):
        suffix = None  # "the 2015 UAH Spring Career Fair": the letters are part of a name, not hryvnias
    if suffix and suffix.group(0).endswith("$") and shell_prompt(text, suffix.end(), _sentence_start(text, n.start)):
        suffix = None  # "1 key error 1 $ python foo.py 2": the shell's prompt, no dollar
    if suffix and (minor := money.minor_unit_regex().match(text, pos)) and money.named_minor_unit(minor.group(0)):
        suffix = None  # "5 euro cents": the currency's cents
    if code or suffix:
        name_code = money.name_code(suffix.group(0)) if suffix else None
        code = name_code if (name_code and (not code or code == "USD")) else code
        if not is_iso4217(code):
            return Reading(n.start, n.end, None, numbers=[j], blocked=True)
        r.start = pre.start() if pre else n.start
        r.end = suffix.end() if suffix else pos
        r.kind, r.unit, r.unit_kind = "amount", code, "currency"
        bare = pre is not None and pre.group(0).strip() == "$" and not suffix
        named_dollar = money.dollar_named_after(text, r.end) if bare else None
        if named_dollar:
            r.unit, r.end = named_dollar  # "$254-billion Canadian"
        elif bare and not money.world_priced(text, r.end):  # "$55.12 per barrel": the world's oil price
            r.unit = money.bare_dollar(article.text, article.where)  # "$2 million" on an Australian site
        elif suffix and not pre and (home := _home_currency(suffix.group(0), text, r.end, article)):
            r.unit = home  # "22,000 pounds" in a Cairo story, "20 million dollars" as "$20 million" reads
        if _money_idiom(text, r.end):
            return Reading(n.start, n.end, None, numbers=[j], blocked=True)  # "a million-dollar question"
        _add_cents(text, r, bool(suffix) and not pre)
        return r
    return _read_unit(text, n, r, pos, article)


def _read_unit(text: str, n: NumberSpan, r: Reading, pos: int, article: ArticleContext) -> Reading:
    """What follows a number that no currency sign or name is attached to: money named after 'of', a minor unit,
    a percent, index points, a unit of measure; else the bare number."""
    if n.vague and (of := re.match(r"[ \u00a0]+of(?=[ \u00a0])", text[pos : pos + 4])):
        # "billions of dollars", "hundreds of millions of euros": money at least that large
        named = _vague_money_name(text, pos + of.end())
        name_code = money.name_code(named.group(0)) if named and not money.is_pound(named.group(0)) else None
        if named is not None and is_iso4217(name_code):
            r.end, r.kind, r.unit, r.unit_kind = named.end(), "amount", name_code, "currency"
            r.unit = _home_currency(named.group(0), text, r.end, article) or r.unit  # "tens of millions of dollars"
            return r
        measured = _read_measure(text, n, replace(r), pos + of.end(), article, of_unit=True)
        if measured.kind == "amount":
            return measured  # "hundreds of gigabytes of storage": a measure at least that large
    minor = money.minor_unit_regex().match(text, pos)
    if minor and not n.vague and r.value is not None:
        code, per = money.minor_unit(article.text, article.where)
        code = money.named_minor_unit(minor.group(0)) or code
        r.value, r.end, r.kind, r.unit, r.unit_kind = round(r.value / per, 6), minor.end(), "amount", code, "currency"
        return r
    if (quoted := _quoted_currency(text, n, pos)) is not None:
        r.end, r.kind, r.unit, r.unit_kind = pos, "amount", quoted, "currency"  # "at 108.55 per dollar": yen
        return r
    if text.startswith("+", pos) and (plus := PERCENT.match(text, pos + 1)) and not n.vague:
        # "growth of GDP (in 2018 – 4+%)": at least that percentage, as "4%+" reads
        r.end, r.kind, r.unit, r.unit_kind, r.qualifier = plus.end(), "amount", "%", "percent", "at_least"
        return r
    pct = (
        PERCENT.match(text, pos)
        or _fraction_of_a_percent(text, n, pos)
        or _short_points(text, pos)
        or _fraction_of_a_point(text, n, pos)
        or _poll_points(text, n, pos)
    )
    if pct and _intensifier(text, r, pct.end()):
        return Reading(n.start, n.end, None, numbers=r.numbers, blocked=True)  # "is 100% accurate": entirely
    if pct:
        r.end, r.kind, r.unit, r.unit_kind = pct.end(), "amount", "%", "percent"
        return r
    return _read_measure(text, n, r, pos, article)


@lru_cache(maxsize=1)
def _vague_money_adjective() -> re.Pattern:
    return re.compile(rf"[ \u00a0]+(?i:{one_of(money.data()['vague_money_adjectives'])})(?=[ \u00a0])")


def _vague_money_name(text: str, pos: int) -> re.Match | None:
    """The currency name after a vague sum's 'of', past one adjective of currencies.json vague_money_adjectives
    ('hundreds of millions of new dollars', 'millions of taxpayer dollars'); None when no currency follows ('hundreds
    of new jobs' stays a count)."""
    named = money.suffix_regex().match(text, pos)
    if named is None and (adjective := _vague_money_adjective().match(text, pos)):
        return money.suffix_regex().match(text, adjective.end())
    return named


_PER = re.compile(r"[ \u00a0]+per(?=[ \u00a0])", re.I)


@lru_cache(maxsize=1)
def _currency_names() -> re.Pattern:
    """A currency named anywhere in a sentence ('The Japanese yen strengthened'); not the names that are money
    only after digits ('won')."""
    names = set(money.name_table()) - set(money.data()["digits_only_names"])
    return re.compile(rf"(?<![\w-])(?i:{one_of(names, spaced=True)})(?![\w-])")


def _quoted_currency(text: str, n: NumberSpan, pos: int) -> str | None:
    """'The Japanese yen strengthened 0.13% versus the greenback at 108.55 per dollar': a bare number in digits
    before 'per' and a currency is an exchange rate, an amount of the one other currency the sentence names
    before it (yen). None when the sentence names no other currency or several: the unit is not guessed."""
    if n.words or (per := _PER.match(text, pos)) is None:
        return None
    base = money.suffix_regex().match(text, per.end())
    base_code = money.name_code(base.group(0)) if base is not None else None
    if base_code is None or money.is_pound(base.group(0) if base else ""):
        return None
    start = max(text.rfind(". ", 0, n.start), text.rfind("\n", 0, n.start)) + 1
    named = {money.name_code(m.group(0)) for m in _currency_names().finditer(text, start, n.start)}
    named -= {None, base_code}
    return named.pop() if len(named) == 1 else None


# "half of a percentage point": the article (and "of") between a fraction word and its unit
_OF_A = re.compile(r"[ \u00a0]+(?:of[ \u00a0]+)?an?(?=[ \u00a0])", re.I)


def _fraction_of_a_percent(text: str, n: NumberSpan, pos: int) -> re.Match | None:
    """'half a percent', 'half of a percentage point', 'a quarter of a percentage point': a fraction written in
    words takes its percent after 'a' ('of a'); the amount is that share of one percent (0.5 %). Only a
    fraction below one: 'one of a percent' is no amount."""
    if not n.words or n.value is None or not 0 < n.value < 1 or (of_a := _OF_A.match(text, pos)) is None:
        return None
    return PERCENT.match(text, of_a.end())


# "a quarter-point", "a half point": the singular point a fraction is of
_POINT = re.compile(r"(?:-|[ \u00a0]+)point(?![\w-])", re.I)


@lru_cache(maxsize=1)
def _rate_noun() -> re.Pattern:
    return re.compile(rf"\b(?i:{one_of(load('quantity_measures')['point_rate_nouns'])})\b")


def _fraction_of_a_point(text: str, n: NumberSpan, pos: int) -> re.Match | None:
    """'cut its benchmark interest rate by a quarter-point', 'the jobless rate is at a 17-year low of 4.1 percent,
    and economists forecast it could drop another half-point': a fraction in words of a 'point' is that share of a
    percentage point (0.25 %), as 'a quarter of a percentage point' is, where the sentence names a rate
    (quantity_measures.json point_rate_nouns) or writes a percentage in figures. Elsewhere a half-point may be a
    chess score ('leads by a half-point') or an index's move, and is left alone. Only a fraction below one."""
    if not n.words or n.value is None or not 0 < n.value < 1 or (point := _POINT.match(text, pos)) is None:
        return None
    sentence = _sentence_around(text, n.start)
    return point if _rate_noun().search(sentence) or _PERCENT_FIGURE.search(sentence) else None


# "8 points", "a 20-point lead", "by one point": the points after a number, singular only hyphened or after one
_POLL_POINTS = re.compile(r"(?:(?P<hyphen>-)|[ \u00a0]+)(?P<word>points?)(?![\w-])", re.I)


@lru_cache(maxsize=1)
def _poll_vocabulary() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """quantity_measures.json poll_*: the words of a poll, a won place, a margin before and after, and of a game."""
    t = load("quantity_measures")
    words = re.compile(rf"(?<![\w-])(?i:{one_of(t['poll_point_words'])})(?![\w-])")
    won = re.compile(
        rf"\b(?i:{one_of(t['poll_won_places'])})[ \u00a0]+(?:the[ \u00a0]+)?(?:[A-Z][\w'’.-]*[ \u00a0]+){{1,3}}"
        rf"(?:{one_of(t['poll_won_verbs'])})\b"
    )
    gap = rf"(?:[ \u00a0]+(?i:{one_of(t['poll_point_qualifiers'])})){{0,3}}"
    before = re.compile(rf"(?<![\w-])(?i:{one_of(t['poll_point_before'])}){gap}[ \u00a0]+\Z")
    after = re.compile(rf"[ \u00a0]+(?i:{one_of(t['poll_point_after'])})(?![\w-])")
    sports = re.compile(rf"(?<![\w-])(?i:{one_of(t['poll_point_sports_words'])})(?![\w-])")
    return words, won, before, after, sports


def _poll_points(text: str, n: NumberSpan, pos: int) -> re.Match | None:
    """'leads Biden by 8 points in the latest poll', 'his approval rating fell 5 points', 'a 20-point lead in the
    polls', 'a state Trump won by 30 points': an election's or a poll's margin or change in points is in percentage
    points, the percentage it is (unit '%'), as 'percentage points' are. Only in a sentence of a vote or a poll
    (quantity_measures.json poll_point_words) or of a place a name won (poll_won_places, before the number), where
    the number stands as a margin or a change (poll_point_before, poll_point_after); never in a sentence of a market
    index ('the Dow fell 340 points': a pure number) or of a game (poll_point_sports_words: 'won by 30 points' in a
    match is a game's margin, no fact)."""
    points = _POLL_POINTS.match(text, pos)
    if points is None or n.vague or n.value is None:
        return None
    words, won, before, after, sports = _poll_vocabulary()
    hyphened, plural = points.group("hyphen") is not None, points.group("word").lower() == "points"
    ahead = after.match(text, points.end())
    if hyphened and not ahead:
        return None  # "a 10-point plan" counts a plan's points
    cued = ahead or before.search(text, max(0, n.start - 60), n.start)
    if not cued or not (hyphened or plural or n.value == 1):
        return None  # "at one point", "scored 75 points": no margin
    start = _sentence_start(text, n.start)
    sentence = _sentence_around(text, n.start)
    if index_context().search(sentence) or sports.search(sentence):
        return None
    return points if words.search(sentence) or won.search(text, start, n.start) else None


def _short_points(text: str, pos: int) -> re.Match | None:
    """'on 12.1 percent (up by 2.4 ppts)', 'on 5.1 percent (1 ppt up)': 'ppt', 'ppts', 'pp' or 'p.p.' after a
    number are percentage points where the sentence also writes a percentage in figures; elsewhere they may be
    parts per thousand or pages, and are left to the rest of the readers."""
    short = point_abbreviations().match(text, pos)
    if short is None:
        return None
    # the sentence's end is looked for after the abbreviation: "p.p. " holds a full stop of its own
    ends = [i for i in (text.find(". ", short.end()), text.find("\n", pos)) if i >= 0]
    sentence_end = min(ends) if ends else len(text)
    figures = _PERCENT_FIGURE.finditer(text, _sentence_start(text, pos), sentence_end)
    return short if any(m.start() < pos or m.start() >= short.end() for m in figures) else None


def _read_measure(
    text: str, n: NumberSpan, r: Reading, pos: int, article: ArticleContext, of_unit: bool = False
) -> Reading:
    """A measure after the number: basis points, index points, a unit of measure (and its rate); else the bare
    number, or a blocked reading where the unit word is an idiom or a label. A vague multiple of a scale word
    ('several hundred kilometers', 'a few thousand feet') is a measure at least that large, its low bound, as
    'thousands of dollars' is money; so is a vague plural before 'of' and a unit of data/units.json (of_unit: pos
    is after the 'of'; 'hundreds of gigabytes of storage': a unit is never a counted noun, and a reader
    marks the measure). Index and basis points stay out of that: MEANTIME's readers mark 'recovered by hundreds of
    points' a count."""
    multiple = is_vague_multiple(text[n.start : n.end])  # "several hundred basis points": a low bound
    if (measure := measure_words().match(text, pos)) and (not n.vague or multiple):
        # "25 basis points" is 0.25 percentage points
        symbol, factor = measure_word_unit(measure.group(0))
        r.end, r.kind, r.unit = measure.end(), "amount", symbol
        r.unit_kind = "percent" if symbol == "%" else "measure"
        _apply_factor(r, factor, 9)
        return r
    unitless = unitless_words().match(text, pos) if index_context().search(text) else None
    if unitless and (not n.vague or multiple):
        # "the Dow fell 340 points": the index's move, a pure number
        r.end, r.kind, r.unit, r.unit_kind = unitless.end(), "amount", unitless_unit(), "measure"
        return r
    if not n.vague and (mark := _index_mark(text, n, pos)) is not None:
        # "the FTSE 100 ... dropped ..., which is 118.40 points, to below the 5000 mark": a level of the index
        r.end, r.kind, r.unit, r.unit_kind = mark, "amount", unitless_unit(), "measure"
        return r
    unit = units.match_unit(text, pos)
    if unit and (scale := units.scale_after_sign(text, unit)):
        unit = scale  # "60° degrees Fahrenheit"
    if unit and (units.is_label(text, n.start, pos, unit) or units.in_a_name(text, n.start, pos, unit)):
        return Reading(n.start, n.end, None, numbers=r.numbers, blocked=True)  # "Apt. 1C", "Nine Mile Rd.": names
    if unit and units.is_locant(text, n.start, pos, unit):
        return Reading(n.start, n.end, None, numbers=r.numbers, blocked=True)  # "4,4′-Methylene": a chemical's locant
    if unit and _closes_quote(text, n, text[unit.end - 1]):
        unit = None  # 'the class is "English 101".', "a 'phase one' deal": the quote closes, it is no foot or inch
    if unit and unit.unit.not_after_one and n.words and n.value == 1:
        return Reading(n.start, n.end, None, numbers=r.numbers, blocked=True)  # "minds one bit": an idiom
    if unit and (unit.unit.not_as_modifier and _names_a_kind(text, n, unit) or units.is_idiom(text, unit)):
        return Reading(n.start, n.end, None, numbers=r.numbers, blocked=True)  # "64-bit Windows", "degrees of freedom"
    of_unit = of_unit and unit is not None and unit.unit.symbol not in units.data()["vague_of_skip"]
    if unit and (not n.vague or (multiple or of_unit) and not unit.hyphen):
        sentence, after = _sentence_around(text, n.start), text[unit.end : unit.end + 40]
        found = units.in_context(
            unit.unit,
            text[pos : unit.end],
            sentence,
            article.text or text,
            after,
            article.where,
            r.value,
            text,
            text[max(0, n.start - 60) : n.start],
        )
        r.end, r.kind, r.unit, r.unit_kind = unit.end, "amount", found.symbol, "measure"
        if rate := units.rate_after(text, unit.end, unit.unit.in_rate or found.symbol):
            r.unit, r.end = rate  # "0.091 GB/s": a speed, not a size
        _apply_factor(r, found.factor, 6)
        return r
    r.end = pos
    return r


def _broken_decimal(text: str, nums: list[NumberSpan], j: int, r: Reading) -> Reading:
    """'a 3. 5mm cable': a space typed after a decimal point splits one measure in two numbers; the whole number
    before '. ' and the digits with a unit glued to them are one decimal (3.5 mm). In 'chapter 3. 5 people' the
    period ends a sentence, so a spaced unit joins them only where no sentence can break: the unit is a
    lower-case word and a lower-case word stands right before the whole number ('measuring about 1. 5 metres'),
    which no list item ('1. 5 ways to ...') nor a year closing its sentence ('in 2019. 5 people died') has."""
    n = nums[j]
    if j == 0 or r.unit_kind != "measure" or r.value is None or not re.fullmatch(r"\d+", text[n.start : n.end]):
        return r
    prev = nums[j - 1]
    whole = text[prev.start : prev.end]
    glued = re.match(r"[A-Za-z\"″′']", text[n.end : n.end + 1]) is not None
    if not (
        re.fullmatch(r"\d{1,3}", whole)
        and text[prev.end : n.start] == ". "
        and (glued or _spaced_unit_mid_sentence(text, prev, n))
        and not re.search(r"[\d.,]\Z", text[max(0, prev.start - 1) : prev.start])
    ):
        return r
    value = float(f"{whole}.{text[n.start : n.end]}") * (r.value / n.value if n.value else 1.0)
    return Reading(prev.start, r.end, round(value, 9), "amount", r.unit, r.unit_kind, numbers=[j - 1, j])


def _spaced_unit_mid_sentence(text: str, whole: NumberSpan, digits: NumberSpan) -> bool:
    """'about 1. 5 metres': the digits after '. ' take a unit word in lower case after a space, and the whole
    number before the period follows a lower-case word in its sentence."""
    return (
        re.match(r"[ \u00a0]+[a-z]", text[digits.end : digits.end + 2]) is not None
        and re.search(r"(?<![\w.])[a-z]+[ \u00a0]+\Z", text[max(0, whole.start - 30) : whole.start]) is not None
    )


def _names_a_kind(text: str, n: NumberSpan, unit: units.UnitMatch) -> bool:
    """The unit joined to its number names a kind: hyphened ('64-bit Windows', 'arm (32-bit)') or in the singular
    after a number other than one, then a word ('a 64 bit version'). Not before a noun it measures ('the 16-bit 8088
    chip', '16 bit character types'), nor a number of bits ('48 bits')."""
    if units.measures_noun_follows(text, unit):
        return False
    if unit.hyphen:
        return True
    singular = not text[unit.end - 1 : unit.end].lower().endswith("s")
    return singular and n.value != 1 and re.match(r"[ \u00a0]+[A-Za-z]", text[unit.end :]) is not None


def _code_in_name(text: str, n: NumberSpan, suffix: re.Match) -> bool:
    """A year, a currency code and a capitalised word are a name ('2015 UAH Spring Career Fair'), not money."""
    code = suffix.group(0).strip(" \u00a0-")
    return (
        is_year(text[n.start : n.end])
        and len(code) == 3
        and code.isupper()
        and re.match(r"[ \u00a0]+[A-Z][a-z]", text[suffix.end() :]) is not None
    )


@lru_cache(maxsize=1)
def _mark_words() -> re.Pattern:
    # count_values.json level_marks: the nouns of a level a quantity passes ("the 5000 mark"), no count of marks
    return re.compile(rf"[ \u00a0]+(?i:{one_of(load('count_values')['level_marks'])})\b")


def _index_mark(text: str, n: NumberSpan, pos: int) -> int | None:
    """'to below the 5000 mark at 4907.20', 'slip below the four thousand mark, at 3,883.36 points': a number
    before a level's noun (level_marks), in a paragraph that names a market index (unitless_context) and a sentence
    that measures its move in points, is a level of that index: an amount in index points, as 'fell 340 points'
    is (MEANTIME's readers mark "5000 mark" an amount). The end of the mark word, else None. Elsewhere ('the
    100,000 mark' of cases) the number stays no count and no amount (count_values._level_mark)."""
    mark = _mark_words().match(text, pos)
    if mark is None or index_context().search(text) is None:
        return None
    sentence = _sentence_around(text, n.start)
    return mark.end() if unitless_words().search(sentence) else None


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence of the block holding pos starts, by its punctuation (the parse is not at hand here)."""
    return max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos)) + 1


def _sentence_around(text: str, pos: int) -> str:
    """The sentence of the block around pos, by its punctuation (the parse is not at hand here)."""
    ends = [i for i in (text.find(". ", pos), text.find("\n", pos)) if i >= 0]
    return text[_sentence_start(text, pos) : min(ends) if ends else len(text)]


def _compound(text: str, nums: list[NumberSpan], first: Reading, article: ArticleContext) -> Reading:
    """'5 feet 11 inches', '7 pounds 8 ounces': a measure that goes on in the next smaller unit is one amount,
    in the smaller unit."""
    nxt = max(first.numbers) + 1
    pair = units.compound(first.unit or "") if first.unit_kind == "measure" and first.value is not None else None
    if pair is None or nxt >= len(nums):
        return first
    gap = text[first.end : nums[nxt].start]
    hyphened = gap == "-" and "-" in text[first.start : first.end]  # '6-foot-7', '5-foot-11-inch'
    if not hyphened and not re.fullmatch(r"[ \u00a0,]*(?:and[ \u00a0]+)?", gap):
        return first
    second = read_one(text, nums[nxt], nxt, article)
    if hyphened and second.kind != "amount" and _bare_smaller_unit(text, first, second):
        second = replace(second, unit=pair[0])  # '6-foot-7 center': the height's inches go unsaid
    if second.unit != pair[0] or second.value is None or not 0 <= second.value < pair[1]:
        return first
    value = round(first.value * pair[1] + second.value, 6)  # type: ignore[operator]
    return Reading(first.start, second.end, value, "amount", pair[0], "measure", numbers=first.numbers + second.numbers)


def _bare_smaller_unit(text: str, first: Reading, second: Reading) -> bool:
    """'a 6-foot-7 center', '(6-foot-4)': a hyphened height goes on in a bare number of inches (units.json
    bare_hyphen_compounds); not when another hyphened word follows the number ('6-foot-2-year...'), nor a
    number with a unit or currency of its own."""
    return (
        first.unit in units.data()["bare_hyphen_compounds"]
        and second.unit is None
        and second.value is not None
        and not re.match(r"-\w", text[second.end :])
    )


_AND = re.compile(r"[ \u00a0]+and[ \u00a0]+")


def _is_spoken_fraction(n: NumberSpan) -> bool:
    """'a half', 'three quarters': a proper fraction in words."""
    return n.words and 0 < n.value < 1 and not n.vague


def _and_a_fraction(text: str, nums: list[NumberSpan], first: Reading, article: ArticleContext) -> Reading:
    """'one mile and a half', '2 pounds and a quarter': a whole measure that goes on in a spoken fraction of the same
    unit is one amount (1.5 mi), as 'one and a half miles' is."""
    nxt = max(first.numbers) + 1
    if (
        first.unit_kind != "measure"
        or first.value is None
        or nxt >= len(nums)
        or not _AND.fullmatch(text, first.end, nums[nxt].start)
        or not _is_spoken_fraction(nums[nxt])
        or read_one(text, nums[nxt], nxt, article).kind == "amount"  # "2 miles and a half mile": two amounts
    ):
        return first
    factor = first.value / nums[first.numbers[0]].value if nums[first.numbers[0]].value else 1.0
    value = round(first.value + nums[nxt].value * factor, 9)
    return replace(first, end=nums[nxt].end, value=value, numbers=[*first.numbers, nxt])


_ONE_UNIT = re.compile(r"(?<![\w-])(?i:an?)(?=[ \u00a0])")


_OF_A = re.compile(r"[ \u00a0]+(?:of[ \u00a0]+)?an?(?=[ \u00a0])")


def _spoken_fraction_of_unit(text: str, n: NumberSpan, j: int) -> Reading | None:
    """'a mile and a half', 'an inch and a quarter': one unit and a spoken fraction of it (1.5 mi); 'three-quarters of
    a mile', 'half an inch': the fraction of one unit (0.75 mi). 'a' is no number: the fraction carries the amount."""
    if not _is_spoken_fraction(n):
        return None
    if (of_a := _OF_A.match(text, n.end)) and (unit := units.match_unit(text, of_a.end())) and not unit.hyphen:
        return Reading(n.start, unit.end, round(n.value, 9), "amount", unit.unit.symbol, "measure", numbers=[j])
    for m in _ONE_UNIT.finditer(text, max(0, n.start - 40), n.start):
        unit = units.match_unit(text, m.end())
        if unit and not unit.hyphen and _AND.fullmatch(text, unit.end, n.start):
            return Reading(m.start(), n.end, round(1 + n.value, 9), "amount", unit.unit.symbol, "measure", numbers=[j])
    return None


_OR = re.compile(r"[ \u00a0]+or[ \u00a0]+")


def _a_unit_or_few(text: str, n: NumberSpan, j: int, article: ArticleContext) -> Reading | None:
    """'an inch or two deep', 'a pound or two': one unit or a few, the either-or pair of 'one or two inches' (1 to 2
    in, approximate) with 'a' for its one. The 'a' is read as the word 'one' (read_one), so its unit is a unit of
    measure, a currency or a percent the finder takes after 'one', its idioms blocked as after one ('a bit or two');
    a duration has no unit ('an hour or two': no amount), and a second number with a unit of its own ('a foot or
    two inches') is read by itself before this. The second number is a word, two or three, as count_values'
    'a NOUN or two' reads it."""
    if not n.words or n.vague or n.value not in (2, 3):
        return None
    for m in _ONE_UNIT.finditer(text, max(0, n.start - 40), n.start):
        one = read_one(text, NumberSpan(m.start(), m.end(), 1.0, words=True), j, article)
        if one.kind != "amount" or one.value is None or not _OR.fullmatch(text, one.end, n.start):
            continue
        high = round(one.value * n.value, 9)
        unit, kind = one.unit, one.unit_kind
        return Reading(one.start, n.end, None, "amount", unit, kind, "approximate", one.value, high, numbers=[j])
    return None


# an article with an 'or' a few words on: only there may one unit and a qualifier after it stand
_ONE_UNIT_OR = re.compile(r"(?<![\w-])(?i:an?)(?=[ \u00a0][^.,;:!?\n]{1,30}?[ \u00a0]or[ \u00a0])")


def a_unit_bounded(text: str, article: ArticleContext, taken: list[AmountCandidate]) -> list[Reading]:
    """'a foot or so', 'a mile or more', 'a percent or less': one unit (the 'a' read as the word 'one', as
    _a_unit_or_few reads it) that an 'or' qualifier after it (quantity_qualifiers.json after: 'or so' approximate,
    'or more' at least, 'or less' at most) makes a stated amount. A bare 'a mile' stays no amount: the article may
    be no number at all ('a mile-long line' of things); the 'or' words say one unit was measured. A duration ('an
    hour or so') has no unit; an amount already found there ('a mile or two') keeps its reading."""
    out = []
    for m in _ONE_UNIT_OR.finditer(text):
        one = read_one(text, NumberSpan(m.start(), m.end(), 1.0, words=True), -1, article)
        after = qualifier_after().match(text, one.end) if one.kind == "amount" and one.value is not None else None
        if after is None or not re.match(r"[ \u00a0]+or[ \u00a0]", text[one.end : after.end()]):
            continue
        if any(a["start"] < after.end() and one.start < a["end"] for a in taken):
            continue
        word = after.group(0).strip(" -\u00a0").lower()
        one.end, one.qualifier, one.numbers = after.end(), qualifier_kind()[word], []
        side = _bound_side(one.qualifier)
        if side is not None:
            setattr(one, side, one.value)
        out.append(one)
    return out


def _add_cents(text: str, r: Reading, named: bool) -> None:
    """'3 dollars 50 cents', 'thirteen dollars and forty-five cents'; after a currency name (not a sign, and not
    '$5 50') also the spoken 'thirteen dollars forty-five', whose cents are ten to ninety-nine."""
    if r.value is None or r.scaled:
        return
    cents = CENTS.match(text, r.end)
    spoken = None if cents or not named else SPOKEN_CENTS.match(text, r.end)
    found = cents or spoken
    if found is None or found.group(1).lower().startswith("and"):
        return
    part = parse_number(found.group(1))
    if part is None or part != int(part) or not (0 < part < 100 if cents else 10 <= part < 100):
        return
    r.value, r.end = round(r.value + part / 100, 2), found.end()
    r.numbers.append(r.numbers[0] + 1)  # the cents are the next number


@lru_cache(maxsize=1)
def _named_amounts() -> dict[str, tuple[re.Pattern, float, str]]:
    """Number word -> (what must stand before it, value, unit) for the fixed phrases in quantity_measures.json."""
    out = {}
    for phrase, (value, unit) in load("quantity_measures")["named_amounts"].items():
        *before, word = phrase.split()
        words = SPACE.replace("*", "+").join(map(re.escape, before))
        out[word] = (re.compile(rf"(?<![\w-])(?i:{words})[ \u00a0]+\Z"), value, unit)
    return out


def _named_amount(text: str, n: NumberSpan) -> tuple[int, float, str] | None:
    """(start, value, unit) when the number word ends a fixed phrase: 'near absolute zero' is 0 kelvin."""
    entry = _named_amounts().get(text[n.start : n.end].lower())
    if entry is None:
        return None
    before, value, unit = entry
    m = before.search(text, max(0, n.start - 30), n.start)
    return (m.start(), value, unit) if m else None


# a quotation mark that may stand for feet or inches after a number -> the marks that open its quotation
_QUOTE_OPENERS = {'"': '"', "'": "'‘", "”": "“"}


def _closes_quote(text: str, n: NumberSpan, mark: str) -> bool:
    """A foot or inch mark after the number is the end of a quotation: always after a spelled-out number (nobody
    writes "one'" for a foot), after digits when a quotation opened before them and has not closed."""
    if mark not in _QUOTE_OPENERS:
        return False  # primes (′ ″) and letters are units
    return n.words or _in_open_quote(text, n.start, mark)


def _in_open_quote(text: str, pos: int, mark: str = '"') -> bool:
    """A quotation opens (a mark after a space or bracket, before a word) in the line before pos and does not close
    (the same mark after a word, not an apostrophe inside one) before it."""
    openers = re.escape(_QUOTE_OPENERS[mark])
    line = text.rfind("\n", 0, pos) + 1
    # the slice reaches one past pos, so a mark right before the number ("The “400”") still sees its word
    opened = [m.end() for m in re.finditer(rf"(?:^|(?<=[ \u00a0(\[:]))[{openers}](?=\S)", text[line : pos + 1])]
    return bool(opened) and re.search(rf"(?<=\S){re.escape(mark)}(?!\w)", text[line + opened[-1] : pos]) is None


# a spaced 'm' for million after a currency sign or code ("a USD 49.3 million (EUR 40 m) loan", geowebnews); not
# 'm²' or 'm2', a price per square metre
_SPACED_MILLION = re.compile(r"[ \u00a0](?:m|M)(?![\w²³])")


def applied_scale(text: str, n: NumberSpan, code: str | None) -> re.Match | None:
    """The scale letter glued to a number that multiplies it: any after a currency ("$50K"); without one only the
    unambiguous ones: "10k", "10M", "1.2b" ("3B" is a pencil, "5m" metres, "4K" a screen or a 10K race)."""
    glued = glued_scale().match(text, n.end) if code or not n.words else None
    if glued is None and code and not n.words:
        glued = _SPACED_MILLION.match(text, n.end)  # "(EUR 40 m)": after a currency a spaced 'm' is no metre
    if glued and (
        code or glued.group(0) in ("k", "M", "bn") or glued.group(0) in ("b", "B") and "." in text[n.start : n.end]
    ):
        return glued
    return None


def _scale_value(word: str) -> float:
    """'m', 'bn', and a scale word an editor's bracket completes ('bill[ion]')."""
    t = number_tables()
    word = word.strip(" \u00a0")  # the spaced 'm' of "EUR 40 m"
    return t["scale_abbreviations"].get(word) or t["scales"][re.sub(r"[\[\] \u00a0]", "", word).lower()]


_BRACKETED_WORD = re.compile(r"[ \u00a0]+[A-Za-z]+\[[A-Za-z]+\](?![\w\[])")


def _bracketed_scale(text: str, pos: int) -> re.Match | None:
    """'$1.8 bill[ion]': a scale word of a thousand or more that an editor's bracket completes."""
    m = _BRACKETED_WORD.match(text, pos)
    word = re.sub(r"[\[\] \u00a0]", "", m.group(0)).lower() if m else ""
    return m if m and number_tables()["scales"].get(word, 0) >= 1000 else None


def _home_currency(name: str, text: str, end: int, article: ArticleContext) -> str | None:
    """The currency of a bare 'dollars' or 'pounds' (not a named one: 'Canadian dollars', 'quid'): the dollar a bare
    '$' is in the article (money.bare_dollar; not a world price per barrel or ounce, which is USD), the local pound a
    story writes out (money.bare_pound); None when the name keeps its own code."""
    word = name.strip(" \u00a0-").lower()
    if word in ("dollar", "dollars") and not money.world_priced(text, end):
        return money.bare_dollar(article.text, article.where)
    if word in ("pound", "pounds"):
        return money.bare_pound(article.text, article.where)
    return None


@lru_cache(maxsize=1)
def _money_idiom_regex() -> re.Pattern:
    return re.compile(rf"[ \u00a0]+(?i:{one_of(money.data()['idiom_nouns'])})(?![\w-])")


def _money_idiom(text: str, end: int) -> bool:
    """'that is a million-dollar question', 'the $64,000 question': a sum right before one of the nouns of a figure
    of speech (currencies.json idiom_nouns) prices nothing. 'a million-dollar home' is a price."""
    return _money_idiom_regex().match(text, end) is not None


def _pound_is_money(text: str, n: NumberSpan, suffix: re.Match, article: ArticleContext, code: str | None) -> bool:
    """'20 million pounds' and '5 pounds sterling' are money; 'two pounds of rice' and 'a 20-pound bag' are weight."""
    if code or re.match(rf"{SPACE}(?i:sterling)", text[suffix.end() :]):
        return True
    if text[n.end : suffix.start()].strip() == "-" or re.match(rf"{SPACE}of\b", text[suffix.end() :]):
        return False
    return (
        bool(re.search(r"(?i:million|billion|trillion|bn|m)\b", text[n.start : suffix.start()]))
        or "£" in article.text
        or money.bare_pound(article.text, article.where) is not None  # "8,000 Egyptian pounds" prices in pounds
    )


@overload
def qualify(text: str, r: Reading) -> Reading: ...
@overload
def qualify(text: str, r: None) -> None: ...
def qualify(text: str, r: Reading | None) -> Reading | None:
    """Add the qualifier words around the span ("about $14.89 billion", "10,000 or more") and the bounds they give; a
    qualifier before a dimension's phrase ("up to a width of 60cm", "a maximum turning radius of 120cm") bounds the
    number too, the span staying the number's."""
    if r is None or r.qualifier == "range":
        return r
    before = qualifier_before().search(text, max(0, r.start - 30), r.start)
    if before and about_topic_before().search(text, max(0, r.start - 30), r.start):
        before = None  # "concerns about one more item": 'about' names the topic
    if before and phrasal_particle_before().search(text, max(0, r.start - 30), r.start):
        before = None  # "forking over $175": 'over' ends the verb
    if not before and r.kind == "amount":
        before = _article_qualifier(text, r.start)
    if not before:
        before = _spec_bound(text, r.start)
    after = qualifier_after().match(text, r.end)
    if before:
        word = (before.groupdict().get("q") or before.group(0)).strip().lower()
        r.start, r.qualifier = before.start(), qualifier_kind()[word]
    elif after:
        word = after.group(0).strip(" -\u00a0").lower()
        r.end, r.qualifier = after.end(), qualifier_kind()[word]
    elif over := qualifier_over_dimension().search(text, max(0, r.start - 90), r.start):
        word = (over.group("q") or over.group("b")).lower()
        r.qualifier = qualifier_kind()[word]  # the span stays the number: the words are far off
    side = _bound_side(r.qualifier)
    if r.value is not None and side is not None:
        setattr(r, side, r.value)
    return r


def _bound_side(qualifier: str | None) -> Literal["low", "high"] | None:
    """The bound a qualifier makes of its value: 'more than $5' and 'at least $5' are low 5, 'less than' and 'at most'
    high; the others none."""
    if qualifier in ("more_than", "at_least"):
        return "low"
    return "high" if qualifier in ("less_than", "at_most") else None


@lru_cache(maxsize=1)
def _spec_bound_rx() -> re.Pattern:
    """A bound of quantity_qualifiers.json dimension_bounds ('Minimum', 'max.') at a line's start or after a colon,
    right before the number (group q)."""
    bounds = one_of(w for ws in load("quantity_qualifiers")["dimension_bounds"].values() for w in ws)
    return re.compile(rf"(?:(?<![^\n])|(?<=:))[ \t]*(?P<q>(?i:{bounds}))(?:[ \t]*:)?[ \t\u00a0]+\Z")


def _spec_bound(text: str, start: int) -> re.Match | None:
    """'Minimum 4 GB of memory, 16 GB is recommended': a bound that opens a line of a list of requirements (or
    follows its colon) bounds the amount after it: at least 4 GB. 'allotted the maximum 10 per cent' is the maximum
    itself and stays exact (quantity_qualifiers.json dimension_bounds). Its match's group q is the bound."""
    return _spec_bound_rx().search(text, max(0, start - 30), start)


def _article_qualifier(text: str, start: int) -> re.Match | None:
    """A qualifier before the article of the noun an amount modifies: 'That's $200 off the regular rate, more than a
    $147 savings compared to Amazon's current sale price' is more than $147 (the span takes the words, as 'about a
    4-hour drive' does). Its match's group q is the qualifier."""
    return qualifier_before_article().search(text, max(0, start - 30), start)


@lru_cache(maxsize=1)
def _about_article_rx() -> re.Pattern:
    """'about a 12-kilogram', 'about the 5': 'about', an article, then a number or a hyphened word."""
    articles = one_of(about_articles())
    return re.compile(rf"(?i:about)[ \u00a0]+(?:{articles})[ \u00a0]+(?=[^\sA-Za-z]{{0,3}}\d|[A-Za-z]+-[A-Za-z])")


@lru_cache(maxsize=1)
def _conversion_joiner_rx() -> re.Pattern:
    joiners = one_of(load("quantity_qualifiers")["conversion_joiners"], spaced=True)
    return re.compile(rf"\s*(?:{joiners})\s*")


def carried_qualifiers(text: str, found: list[AmountCandidate]) -> None:
    """'about 2,750 tons, or 2,500 metric tons', 'up to 6,000 metres (20,000 feet)': an exact amount right after a
    qualified one, in brackets or after 'or', in another unit or currency of the same kind restates it and takes
    its qualifier and bound (quantity_qualifiers.json conversion_joiners). '8,000 Egyptian pounds (about $453)'
    keeps its own qualifier, and percentages restate nothing. Changes the candidates in place."""
    for a, b in itertools.pairwise(found):
        if a["qualifier"] in ("exact", "range") or b["qualifier"] != "exact" or b["value"] is None:
            continue
        if a["unit_kind"] not in ("measure", "currency") or b["unit_kind"] != a["unit_kind"]:
            continue
        if a["unit"] is None or b["unit"] is None or a["unit"] == b["unit"] or a["block"] != b["block"]:
            continue
        if _conversion_joiner_rx().fullmatch(text, a["end"], b["start"]) is None:
            continue
        b["qualifier"] = a["qualifier"]
        side = _bound_side(a["qualifier"])
        if side is not None:
            b[side] = b["value"]


def converted_dollars(text: str, found: list[AmountCandidate], article: ArticleContext) -> None:
    """'at least $US4.5 billion ($5.8 billion)' in a Sydney paper: a bare-'$' amount right after one in a dollar the
    text writes out ('$US', 'US$', 'C$', 'US dollars'), in brackets or after 'or' (quantity_qualifiers.json
    conversion_joiners), converts it into the paper's own dollar (money.local_dollar: AUD), since the text has just
    set the other dollar apart by name. Only when that local dollar is known and is not the written one ('C$100
    ($75)' in a Canadian paper is left to money.bare_dollar). Changes the candidates in place."""
    pairs = [
        (a, b)
        for a, b in itertools.pairwise(found)
        if a["unit_kind"] == "currency" == b["unit_kind"]
        and a["block"] == b["block"]
        and money.is_dollar(a["unit"])
        and _conversion_joiner_rx().fullmatch(text, a["end"], b["start"]) is not None
    ]
    if not pairs:
        return  # the local dollar reads the whole article's places and text: only for a block that converts
    local = money.local_dollar(article.text, article.where)
    if local is None:
        return
    for a, b in pairs:
        if a["unit"] == local or b["unit"] == local:
            continue
        if money.names_its_dollar(text, a["start"], a["end"]) and money.bare_sign(text, b["start"], b["end"]):
            b["unit"] = local


def money_rates(text: str, found: list[AmountCandidate]) -> None:
    """'$2.50 a gallon', 'around $0.23/W', '$15 an hour': money right before a unit of measure or of time it is paid
    per takes that unit as its `per` (normalize/units.py money_per); its span stays the money's. A range ('$2 to $3 a
    gallon') reads it after its high end. Changes the candidates in place."""
    for a in found:
        if a["unit_kind"] == "currency" and (per := units.money_per(text, a["end"])) is not None:
            a["per"] = per


def topic_about(doc: Doc, r: Reading | None) -> Reading | None:
    """'confirm reports about a 12-kilogram bomb': 'about' after a noun, before an article a number follows, names
    the topic, so the amount is exact and its span starts at the number; after a verb or a comma ('is about a
    4-hour drive') it stays approximate, and 'about a dozen' has its 'a' for a numeral (quantity_qualifiers.json
    about_article)."""
    if r is None or r.qualifier != "approximate":
        return r
    m = _about_article_rx().match(text_of(doc)[r.start : r.end])
    about = span_at(doc, r.start, r.start + 5) if m else None
    if m is None or about is None or about.start == 0 or doc[about.start - 1].pos_ not in ("NOUN", "PROPN"):
        return r
    r.start, r.qualifier = r.start + m.end(), "exact"
    return r
