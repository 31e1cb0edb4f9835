"""Amounts (money, measures, percentages) and counts.

Numbers are found in each block's text with the patterns of normalize/numbers.py, then read outward:
a currency sign or qualifier before, a scale word, currency name, "%" or unit after, and a second
number for ranges. Reading the text rather than spaCy's tokens keeps "200lbs", "HK$3.5m" and "5-8%"
whole (the tokenizer splits and glues those inconsistently). A number that is no amount becomes a
count when the parse says it counts something: spaCy's DATE/TIME/ORDINAL entities, years, labels
("page 5", "Boeing 737") and pronoun "one" are not counts. The counted noun comes from the
dependency parse.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import overload

from spacy.tokens import Doc, Span, Token

from ..models import is_iso4217
from ..nlp import text_of
from ..normalize import money, units
from ..normalize.numbers import NumberSpan, find_numbers, load_json, parse_number
from ..normalize.numbers import tables as number_tables
from .count_context import is_furniture, why_not_count

_SPACE = r"[ \u00a0]*"


@dataclass
class Reading:
    """One number read as far as it goes: its span, value and what kind of quantity it is."""

    start: int
    end: int
    value: float | None
    kind: str = "count"
    unit: str | None = None
    unit_kind: str | None = None
    qualifier: str = "exact"
    low: float | None = None
    high: float | None = None
    scaled: bool = False  # a scale word was applied ("96.4 billion"), so a bare first range number takes it too
    numbers: list[int] = field(default_factory=list)  # indices of the NumberSpans consumed

    def candidate(self, block: int) -> dict:
        out = {
            "block": block,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "value": self.value,
            "low": self.low,
            "high": self.high,
            "qualifier": self.qualifier,
        }
        if self.kind == "amount":
            out.update(unit=self.unit, unit_kind=self.unit_kind)
        return out


# ---------------------------------------------------------------- tables and patterns


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=1)
def _qualifiers() -> dict:
    return load_json("quantity_qualifiers.json")


@lru_cache(maxsize=1)
def _exclusions() -> dict:
    return load_json("quantity_exclusions.json")


@lru_cache(maxsize=1)
def _qualifier_before() -> re.Pattern:
    q = _qualifiers()["before"]
    words = {w: kind for kind, ws in q.items() for w in ws}
    return re.compile(rf"(?<![\w-])(?i:{_alt(words)})[ \u00a0]+\Z")


@lru_cache(maxsize=1)
def _qualifier_after() -> re.Pattern:
    q = _qualifiers()["after"]
    # not the start of the next phrase: "-10C and up to 30C"
    return re.compile(
        rf"(?:-|{_SPACE})(?i:{_alt(w for ws in q.values() for w in ws)})(?![\w])(?![/±−-])(?![ \u00a0]+(?:to|than)\b)"
    )


@lru_cache(maxsize=1)
def _qualifier_kind() -> dict[str, str]:
    q = _qualifiers()
    return {w.lower(): kind for side in ("before", "after") for kind, ws in q[side].items() for w in ws}


@lru_cache(maxsize=1)
def _unitless() -> re.Pattern:
    # spaced only: "a 10-point plan" counts the plan's points
    return re.compile(rf"[ \u00a0]+(?i:{_alt(load_json('quantity_measures.json')['unitless'])})(?![\w-])")


@lru_cache(maxsize=1)
def _measures() -> re.Pattern:
    # "25 basis points": a measure wherever it stands
    return re.compile(rf"[ \u00a0]+(?i:{_alt(load_json('quantity_measures.json')['measures'])})(?![\w-])")


@lru_cache(maxsize=1)
def _index_context() -> re.Pattern:
    # points measure an index's move; in a box score ("25 points, 11 rebounds") they are counted
    return re.compile(rf"\b(?:{_alt(load_json('quantity_measures.json')['unitless_context'])})\b")


@lru_cache(maxsize=1)
def _range_opener() -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?i:{_alt(_qualifiers()['range_openers'])})[ \u00a0]+\Z")


@lru_cache(maxsize=1)
def _range_joiner() -> re.Pattern:
    # "5-8%", "8- to 16-meter", "5 to 8 percent", "between 5 and 8"
    return re.compile(rf"{_SPACE}(?:-{_SPACE}to|{_alt(_qualifiers()['range_joiners'])}){_SPACE}")


@lru_cache(maxsize=1)
def _glued_scale() -> re.Pattern:
    # single-letter scales only touch the number: "$3.5m", "10k"; spaced "m" is metres
    t = number_tables()
    glued = [a for a in t["scale_abbreviations"] if a in t["glued_only"]]
    return re.compile(rf"(?:{_alt(glued)})(?![A-Za-z0-9])")


_CENTS = re.compile(r"[ \u00a0]+(?:and[ \u00a0]+)?(\d{1,2}|[a-z]+(?:[ -][a-z]+)?)[ \u00a0]+(?i:cents?)\b")
# cents said without the word, as prices are spoken: "thirteen dollars forty-five", "three pounds fifty."; only
# where the clause ends, so "100 dollars 20 years ago" keeps its years
_SPOKEN_CENTS = re.compile(r"[ \u00a0]+(\d{2}|[a-z]+(?:[ -][a-z]+)?)(?=[ \u00a0]*(?:[.,;:!?)\"'”’]|\Z))")
_PERCENT = re.compile(
    rf"{_SPACE}(?:%|(?i:per[ -]?cent(?:age)?s?(?:[ \u00a0]+points?)?|pct\.?|percentage[ \u00a0]+points?)(?![\w]))"
)
_PLUS_MINUS = re.compile(r"[ \u00a0]*(?:±|\+/-|\+-|\+/−)[ \u00a0]*")
# a time of day after the number: "2.13 am", "10.30 p.m." ("2pm" is caught as a glued letter)
# a hyphen after a model code of letters and digits: "A350-900", "F15-2" (after a letter: "COVID-19")
_LABEL_HYPHEN = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9]*\d[-−]\Z")
# a list marker: the number followed by "." or ")" and a space or the end of the block
_ENUMERATOR = re.compile(r"[.)](?:[ \u00a0]|\Z)")
_CLOCK = re.compile(r"[ \u00a0]*(?:[ap]\.m\.|[AP]\.M\.|[ap]m\b|[AP]M\b|[-–][ \u00a0]*(?i:midnight|noon)\b)")
_SCALE_MONEY_WORDS = re.compile(r"(?i:hundred|thousand|million|billion|trillion|lakh|crore|bn|mn|m|k|tn)\b")


# ---------------------------------------------------------------- entry point


def find_quantities(docs: list[Doc]) -> list[dict]:
    """Candidates of kind "amount" (value, low, high, qualifier, unit, unit_kind) and "count"
    (value, low, high, qualifier, counted)."""
    article = "\n".join(text_of(d) for d in docs)
    labels = _model_numbers(docs)
    out: list[dict] = []
    for i, doc in enumerate(docs):
        # a block of only numbers and interface words among other blocks is page furniture: it counts nothing
        furniture = len(docs) > 1 and is_furniture(text_of(doc))
        out.extend(_block_quantities(doc, i, article, labels, counts=not furniture))
    return out


_DIGIT_RUN = re.compile(r"\d{3,}")
_SINGULAR_DETERMINERS = ("a", "an", "its", "their", "his", "her", "our", "my", "your")
_NAME_ENTITIES = ("PRODUCT", "ORG", "FAC", "WORK_OF_ART", "EVENT", "LAW")


def _model_numbers(docs: list[Doc]) -> frozenset[str]:
    """Numbers the article uses as a name ("Boeing 787", "Airbus 380"): later a bare "the 787" or
    "737-800" is the same model, not a count."""
    out = set()
    for doc in docs:
        for tok in _long_numerals(doc):
            # round hundreds ("Fortune 500", "Top 100") are too common as counts elsewhere in the article
            if (
                len(tok.text) < 3
                or not tok.text.isdigit()
                or _is_year(tok.text)
                or tok.i == 0
                or int(tok.text) % 100 == 0
            ):
                continue
            prev = doc[tok.i - 1]
            if tok.ent_type_ in _NAME_ENTITIES or prev.pos_ == "PROPN" and prev.is_title:
                out.add(tok.text)
            # "its 777 airliner", "the 787 Dreamliner": hundreds of one thing, or before a name, is a model
            elif tok.head.i > tok.i and (
                prev.lower_ in _SINGULAR_DETERMINERS
                and tok.head.tag_ in ("NN", "NNP")
                or tok.head.tag_ == "NNP"
                and tok.head.is_title
            ):
                out.add(tok.text)
    return frozenset(out)


def _long_numerals(doc: Doc) -> Iterator[Token]:
    """Tokens of three or more digits, found in the text (a run inside a longer token has no span of its
    own): making a Token object for every word of the block costs more."""
    text = text_of(doc)
    for m in _DIGIT_RUN.finditer(text):
        span = doc.char_span(m.start(), m.end())
        if span is not None and len(span) == 1:
            yield span[0]


def _block_quantities(
    doc: Doc, block: int, article: str, labels: frozenset[str] = frozenset(), counts: bool = True
) -> list[dict]:
    text = text_of(doc)
    nums = find_numbers(text)
    used: set[int] = set()
    out: list[dict] = []
    for j in range(len(nums)):
        if j in used:
            continue
        reading = _read_amount(text, nums, j, article)
        if reading is None:
            continue
        used.update(reading.numbers)
        out.append(reading.candidate(block))
    used.update(_score_numbers(doc, nums))
    for j in range(len(nums) if counts else 0):
        if j in used:
            continue
        count = _read_count(doc, nums, j, labels)
        if count is not None:
            reading, counted = count
            used.update(reading.numbers)
            out.append({**reading.candidate(block), "counted": counted})
    return out


# ---------------------------------------------------------------- amounts


def _read_amount(text: str, nums: list[NumberSpan], j: int, article: str) -> Reading | None:
    first = _read_one(text, nums[j], j, article)
    if first.kind == "amount":
        first = _compound(text, nums, first, article)
        reading = _extend_range(text, nums, first, article)
        return _qualify(text, reading)
    # a measurement and its margin: "2,000.45±0.01 pounds", "9.83e-3 +/- 1e-5 km/s2" (the value is the first)
    if j + 1 < len(nums) and _PLUS_MINUS.fullmatch(text, first.end, nums[j + 1].start) and first.value is not None:
        second = _read_one(text, nums[j + 1], j + 1, article)
        if second.kind == "amount" and second.unit_kind == "measure":
            factor = second.value / nums[j + 1].value if second.value is not None and nums[j + 1].value else 1.0
            return _qualify(
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
    if j + 1 < len(nums) and _joined(text, first.end, nums[j + 1].start):
        second = _read_one(text, nums[j + 1], j + 1, article)
        if second.kind == "amount" and second.qualifier == "exact":
            low = (
                first.value * (second.value / nums[j + 1].value)
                if second.scaled
                and not first.scaled
                and nums[j + 1].value
                and first.value is not None
                and second.value is not None
                else first.value
            )
            low = _shared_scale(text, nums[j], nums[j + 1], low)
            merged = _as_range(text, first, second, low)
            return _qualify(text, merged if merged is not None else _shared_unit(text, first, second, low))
    return None


@lru_cache(maxsize=1)
def _trailing_scale_regex() -> re.Pattern:
    t = number_tables()
    spaced = [
        w
        for w in [*t["scales"], *t["scale_abbreviations"]]
        if w not in t["glued_only"] and t["scales"].get(w, 1000) >= 1000
    ]
    return re.compile(rf"(?<=[\d\s-])(?:{_alt(spaced)})\Z")


def _shared_scale(text: str, first: NumberSpan, second: NumberSpan, low: float | None) -> float | None:
    """'2 to 3 million', 'between 12 and 20 billion': a bare first number takes the scale word that ends the
    second, unless that makes it larger than the second ('between 500 and 3 million' keeps 500)."""
    if low is None or second.value is None or _trailing_scale_regex().search(text, first.start, first.end):
        return low
    m = _trailing_scale_regex().search(text, second.start, second.end)
    if m is None:
        return low
    t = number_tables()
    word = m.group(0)
    scale = t["scales"].get(word.lower()) or t["scale_abbreviations"].get(word)
    if not scale or low * scale > second.value:
        return low
    return low * scale


def _shared_unit(text: str, first: Reading, second: Reading, value: float | None) -> Reading | None:
    """'45 and 50 mg', 'two or three percent': a bare number coordinated with an amount shares its unit (each is
    its own amount). Not a year ('in 2019 and 5% in 2020'), nor a lone 'and' after a range opener (a range)."""
    if not re.fullmatch(r"[ \u00a0]+(?:and|or)[ \u00a0]+", text[first.end : second.start]) or value is None:
        return None
    if _is_year(text[first.start : first.end]) or second.unit_kind not in ("measure", "percent", "currency"):
        return None
    return Reading(first.start, first.end, value, "amount", second.unit, second.unit_kind, numbers=first.numbers)


def _joined(text: str, end: int, start: int) -> bool:
    """Only a range joiner (and maybe the second number's currency sign) lies between two numbers."""
    between = text[end:start]
    if len(between) > 12:
        return False
    sign = money.prefix_regex().search(between)
    return _range_joiner().fullmatch(between[: sign.start()] if sign else between) is not None


def _as_range(text: str, first: Reading, second: Reading, low: float | None) -> Reading | None:
    """Merge 'first joiner second' into one range, if the joiner makes one ('and' needs 'between')."""
    between = text[first.end : second.start]
    opener = _range_opener().search(text, 0, first.start)
    if re.search(r"\b(?:and|or)\b", between) and opener is None:
        return None
    if re.search(r"\bor\b", between):
        return None
    if re.search(r"\bto\b", between) and re.search(
        r"\b(?i:by)[ \u00a0]+\Z", text[max(0, first.start - 4) : first.start]
    ):
        return None  # "its tally rose by 235 to 1,351": a change and the new level, not a range
    high = second.value
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


def _extend_range(text: str, nums: list[NumberSpan], first: Reading, article: str) -> Reading:
    """'between $12 million and $20 million', '-18 °C to -34 °C': both ends carry the unit."""
    nxt = max(first.numbers) + 1
    if nxt >= len(nums) or not _joined(text, first.end, nums[nxt].start):
        return first
    second = _read_one(text, nums[nxt], nxt, article)
    if second.kind != "amount" or second.unit != first.unit:
        return first
    merged = _as_range(
        text,
        first,
        second,
        _shared_scale(text, nums[first.numbers[0]], nums[nxt], first.value) if not first.scaled else first.value,
    )
    return merged or first


def _read_one(text: str, n: NumberSpan, j: int, article: str) -> Reading:
    """A number with its currency, scale and unit, without qualifiers or ranges."""
    r = Reading(n.start, n.end, n.value, numbers=[j])
    pre = money.prefix_regex().search(text, max(0, n.start - 12), n.start)
    code = money.prefix_code(pre.group(0), article) if pre else None
    pos = n.end
    named = _named_amount(text, n)
    if named is not None:  # "absolute zero": the phrase is the unit
        start, value, unit = named
        return Reading(start, n.end, float(value), "amount", unit, "measure", numbers=[j])
    r.scaled = bool(re.search(r"[A-Za-z]", text[n.start : n.end])) and not n.words
    glued = _applied_scale(text, n, code)
    if glued:
        r.value, r.scaled, pos = n.value * _scale_value(glued.group(0)), True, glued.end()
    if n.vague:
        r.low, r.value, r.qualifier = n.value, None, "approximate"
    suffix = money.suffix_regex().match(text, pos)
    if suffix and money.is_pound(suffix.group(0)) and not _pound_is_money(text, n, suffix, article, code):
        suffix = None
    if suffix and _code_in_name(text, n, suffix):
        suffix = None  # "the 2015 UAH Spring Career Fair": the letters are part of a name, not hryvnias
    if code or suffix:
        name_code = money.name_code(suffix.group(0)) if suffix else None
        code = name_code if (name_code and (not code or code == "USD")) else code
        if not is_iso4217(code):
            return Reading(n.start, n.end, None, kind="none", numbers=[j])
        r.start = pre.start() if pre else n.start
        r.end = suffix.end() if suffix else pos
        r.kind, r.unit, r.unit_kind = "amount", code, "currency"
        named_dollar = money.dollar_named_after(text, r.end) if code == "USD" and pre and not suffix else None
        if named_dollar and pre is not None and pre.group(0).strip() == "$":
            r.unit, r.end = named_dollar  # "$254-billion Canadian"
        _add_cents(text, r, bool(suffix) and not pre)
        return r
    return _read_unit(text, n, r, pos, article)


def _read_unit(text: str, n: NumberSpan, r: Reading, pos: int, article: str) -> Reading:
    """What follows a number that no currency sign or name is attached to: money named after 'of', a minor unit,
    a percent, index points, a unit of measure; else the bare number."""
    if n.vague and (of := re.match(r"[ \u00a0]+of(?=[ \u00a0])", text[pos : pos + 4])):
        # "billions of dollars", "hundreds of millions of euros": money at least that large
        named = money.suffix_regex().match(text, pos + of.end())
        name_code = money.name_code(named.group(0)) if named and not money.is_pound(named.group(0)) else None
        if named is not None and is_iso4217(name_code):
            r.end, r.kind, r.unit, r.unit_kind = named.end(), "amount", name_code, "currency"
            return r
    minor = money.minor_unit_regex().match(text, pos)
    if minor and not n.vague and r.value is not None:
        code, per = money.minor_unit(article)
        r.value, r.end, r.kind, r.unit, r.unit_kind = round(r.value / per, 6), minor.end(), "amount", code, "currency"
        return r
    pct = _PERCENT.match(text, pos)
    if pct:
        r.end, r.kind, r.unit, r.unit_kind = pct.end(), "amount", "%", "percent"
        return r
    unitless = _measures().match(text, pos)
    if not unitless and (m := _unitless().match(text, pos)) and _index_context().search(text):
        unitless = m
    if unitless and not n.vague:
        # "the Dow fell 340 points": a measure pint has no unit for
        r.end, r.kind, r.unit, r.unit_kind = unitless.end(), "amount", None, "measure"
        return r
    unit = units.match_unit(text, pos)
    if unit and _closes_quote(text, n, text[unit.end - 1]):
        unit = None  # 'the class is "English 101".', "a 'phase one' deal": the quote closes, it is no foot or inch
    if unit and unit.unit.not_after_one and n.words and n.value == 1:
        return Reading(n.start, n.end, None, kind="none", numbers=r.numbers)  # "minds one bit": an idiom
    if unit and not n.vague:
        found = units.in_context(unit.unit, text[pos : unit.end], _sentence_around(text, n.start), article or text)
        r.end, r.kind, r.unit, r.unit_kind = unit.end, "amount", found.symbol, "measure"
        if found.factor != 1.0 and r.value is not None:
            r.value = round(r.value * found.factor, 6)
        return r
    r.end = pos
    return r


def _code_in_name(text: str, n: NumberSpan, suffix: re.Match) -> bool:
    """A year, a currency code and a capitalised word are a name ('2015 UAH Spring Career Fair'), not money."""
    code = suffix.group(0).strip(" \u00a0-")
    return (
        _is_year(text[n.start : n.end])
        and len(code) == 3
        and code.isupper()
        and re.match(r"[ \u00a0]+[A-Z][a-z]", text[suffix.end() :]) is not None
    )


def _sentence_around(text: str, pos: int) -> str:
    """The sentence of the block around pos, by its punctuation (the parse is not at hand here)."""
    start = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos)) + 1
    ends = [i for i in (text.find(". ", pos), text.find("\n", pos)) if i >= 0]
    return text[start : min(ends) if ends else len(text)]


def _compound(text: str, nums: list[NumberSpan], first: Reading, article: str) -> Reading:
    """'5 feet 11 inches', '7 pounds 8 ounces': a measure that goes on in the next smaller unit is one amount,
    in the smaller unit."""
    nxt = max(first.numbers) + 1
    pair = units.compound(first.unit or "") if first.unit_kind == "measure" and first.value is not None else None
    if (
        pair is None
        or nxt >= len(nums)
        or not re.fullmatch(r"[ \u00a0,]*(?:and[ \u00a0]+)?", text[first.end : nums[nxt].start])
    ):
        return first
    second = _read_one(text, nums[nxt], nxt, article)
    if second.unit != pair[0] or second.value is None or not 0 <= second.value < pair[1]:
        return first
    value = round(first.value * pair[1] + second.value, 6)  # type: ignore[operator]
    return Reading(first.start, second.end, value, "amount", pair[0], "measure", numbers=first.numbers + second.numbers)


def _add_cents(text: str, r: Reading, named: bool) -> None:
    """'3 dollars 50 cents', 'thirteen dollars and forty-five cents'; after a currency name (not a sign, and not
    '$5 50') also the spoken 'thirteen dollars forty-five', whose cents are ten to ninety-nine."""
    if r.value is None or r.scaled:
        return
    cents = _CENTS.match(text, r.end)
    spoken = None if cents or not named else _SPOKEN_CENTS.match(text, r.end)
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
    for phrase, (value, unit) in load_json("quantity_measures.json")["named_amounts"].items():
        *before, word = phrase.split()
        words = _SPACE.replace("*", "+").join(map(re.escape, before))
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
    opened = [m.end() for m in re.finditer(rf"(?:^|(?<=[ \u00a0(\[:]))[{openers}](?=\S)", text[line:pos])]
    return bool(opened) and re.search(rf"(?<=\S){re.escape(mark)}(?!\w)", text[line + opened[-1] : pos]) is None


def _applied_scale(text: str, n: NumberSpan, code: str | None) -> re.Match | None:
    """The scale letter glued to a number that multiplies it: any after a currency ("$50K"); without one only the
    unambiguous ones: "10k", "10M", "1.2b" ("3B" is a pencil, "5m" metres, "4K" a screen or a 10K race)."""
    glued = _glued_scale().match(text, n.end) if code or not n.words else None
    if glued and (
        code or glued.group(0) in ("k", "M", "bn") or glued.group(0) in ("b", "B") and "." in text[n.start : n.end]
    ):
        return glued
    return None


def _scale_value(abbrev: str) -> float:
    return number_tables()["scale_abbreviations"][abbrev]


def _pound_is_money(text: str, n: NumberSpan, suffix: re.Match, article: str, code: str | None) -> bool:
    """'20 million pounds' and '5 pounds sterling' are money; 'two pounds of rice' and 'a 20-pound bag' are weight."""
    if code or re.match(rf"{_SPACE}(?i:sterling)", text[suffix.end() :]):
        return True
    if text[n.end : suffix.start()].strip() == "-" or re.match(rf"{_SPACE}of\b", text[suffix.end() :]):
        return False
    return bool(re.search(r"(?i:million|billion|trillion|bn|m)\b", text[n.start : suffix.start()])) or "£" in article


@overload
def _qualify(text: str, r: Reading) -> Reading: ...
@overload
def _qualify(text: str, r: None) -> None: ...
def _qualify(text: str, r: Reading | None) -> Reading | None:
    """Add the qualifier words around the span ("about $14.89 billion", "10,000 or more") and the bounds they give."""
    if r is None or r.qualifier == "range":
        return r
    before = _qualifier_before().search(text, max(0, r.start - 30), r.start)
    after = _qualifier_after().match(text, r.end)
    if before:
        word = before.group(0).strip().lower()
        r.start, r.qualifier = before.start(), _qualifier_kind()[word]
    elif after:
        word = after.group(0).strip(" -\u00a0").lower()
        r.end, r.qualifier = after.end(), _qualifier_kind()[word]
    if r.value is not None and r.qualifier in ("more_than", "at_least"):
        r.low = r.value
    elif r.value is not None and r.qualifier in ("less_than", "at_most"):
        r.high = r.value
    return r


# ---------------------------------------------------------------- counts


def _read_count(
    doc: Doc, nums: list[NumberSpan], j: int, labels: frozenset[str] = frozenset()
) -> tuple[Reading, str | None] | None:
    n = nums[j]
    text = text_of(doc)
    span = doc.char_span(n.start, n.end, alignment_mode="expand")
    if span is None or not _is_count(doc, span, n) or text[n.start : n.end] in labels:
        return None
    if _modifier().match(text, n.end):
        return None  # "a 3-pointer", "a five-time champion", "a 5-star hotel": a kind or a name, not a count
    if _by_foreign_word(text, n.start, n.end):
        return (
            None  # "5 грамм", "2,5 ч.л.", "%36 голосов": the English tables cannot tell a unit from a counted noun here
        )
    reading = _read_one(text, n, j, "")  # takes glued scales: "10k"
    if reading.kind == "none":
        return None  # money in a currency the records cannot carry ("420 million Finnish markka")
    reading.kind = "count"
    if n.vague:
        reading.low, reading.value, reading.qualifier = n.value, None, "approximate"
    if j + 1 < len(nums) and _joined(text, n.end, nums[j + 1].start) and not n.vague:
        nxt = nums[j + 1]
        nxt_span = doc.char_span(nxt.start, nxt.end, alignment_mode="expand")
        if nxt_span is not None and _is_count(doc, nxt_span, nxt):
            second = Reading(nxt.start, nxt.end, nxt.value, numbers=[j + 1])
            merged = _as_range(text, reading, second, _shared_scale(text, n, nxt, reading.value))
            if merged is not None and not _by_foreign_word(text, merged.start, merged.end):
                merged.kind = "count"
                counted = _counted(nxt_span)
                return None if _is_duration(text, counted, merged.end) else (merged, counted)
    counted = _counted(span)
    return None if _is_duration(text, counted, reading.end) else (_qualify(text, reading), counted)


# digits alone, as a score, record or phone number writes them
_PLAIN_DIGITS = re.compile(r"\d+")
# a bracket holding only dash-joined digits: a record "(6-5, 3-4)", "(1-1-1)", or a cited range "(1-3)"
_BRACKETED_PAIRS = re.compile(
    r"[(\[][ \u00a0]*\d+(?:[-–—]\d+)+(?:[ \u00a0]*,[ \u00a0]*\d+(?:[-–—]\d+)+)*[ \u00a0]*[)\]]"
)


def _score_numbers(doc: Doc, nums: list[NumberSpan]) -> set[int]:
    """Indices of numbers joined by dashes into a score, record or code ('won 5-4', 'a 10-6 record',
    'improved to 4-2-1', '347-966-3806'): none of them counts anything."""
    text, out, j = text_of(doc), set(), 0
    while j < len(nums):
        chain = [j]
        while chain[-1] + 1 < len(nums) and _dash_joined(text, nums[chain[-1]], nums[chain[-1] + 1]):
            chain.append(chain[-1] + 1)
        if len(chain) > 1 and _is_score(doc, [nums[k] for k in chain]):
            out.update(chain)
        j = chain[-1] + 1
    return out


def _dash_joined(text: str, a: NumberSpan, b: NumberSpan) -> bool:
    return (
        b.start - a.end == 1
        and text[a.end] in "-–—−"
        and _PLAIN_DIGITS.fullmatch(text[a.start : a.end]) is not None
        and _PLAIN_DIGITS.fullmatch(text[b.start : b.end]) is not None
    )


def _is_score(doc: Doc, chain: list[NumberSpan]) -> bool:
    """Three or more dash-joined numbers are a record or a code; two are a result when they do not run upward
    (a range does: '5-8'), when a bracket holds only such pairs ('the Eagles (6-5, 3-4)'), or when the sentence
    speaks of a result ('trailed 2-3') and the pair counts no other noun ('won 3-5 games' counts games).
    A tally is no result: 'the vote was 52-35' counts votes on each side."""
    found = [doc.char_span(n.start, n.end, alignment_mode="expand") for n in chain]
    spans = [span for span in found if span is not None]
    if len(spans) != len(found):
        return False
    tally = set(_exclusions()["tally_words"])
    if len(chain) == 2 and any(tok.lower_ in tally for tok in spans[0].sent):
        return False
    if len(chain) > 2 or chain[0].value >= chain[1].value:
        return True
    text = text_of(doc)
    if any(m.start() < chain[0].start and chain[1].end < m.end() for m in _BRACKETED_PAIRS.finditer(text)):
        return True
    words = set(_exclusions()["score_words"])
    if any(_counts_noun(root := _root(span)) and root.head.lower_ not in words for span in spans):
        return False
    return any(tok.lower_ in words for tok in spans[0].sent)


@lru_cache(maxsize=1)
def _modifier() -> re.Pattern:
    words = _exclusions()["modifier_words"]
    return re.compile(rf"(?:-(?i:{_alt(words['hyphened'])})|[ \u00a0]+(?i:{_alt(words['spaced'])}))(?!\w)")


_BRACKETED_NUMBERS = re.compile(r"[(\[][ \u00a0]*\d{1,3}(?:[ \u00a0]*[,–-][ \u00a0]*\d{1,3})*[ \u00a0]*[)\]]")


def _in_number_bracket(text: str, n: NumberSpan) -> bool:
    """The number stands in a bracket that holds only whole numbers: '(21)', '(4, 5)', '[1]'."""
    start = max(text.rfind("(", 0, n.start), text.rfind("[", 0, n.start))
    bracket = _BRACKETED_NUMBERS.match(text, start) if start >= 0 else None
    return bracket is not None and bracket.end() >= n.end


@lru_cache(maxsize=1)
def _duration_after() -> re.Pattern:
    return re.compile(rf"[ \u00a0]+(?i:{_alt(_exclusions()['duration_nouns'])})\b")


def _is_duration(text: str, counted: str | None, end: int) -> bool:
    """'13.8 billion years', 'one day', '1-2 hours' (the counted noun, or the word right after the number at
    `end` when the parse links none): a number of time units is a duration, not a count."""
    if counted is not None and re.split(r"[\s-]+", counted.lower())[-1] in _exclusions()["duration_nouns"]:
        return True
    return _duration_after().match(text, end) is not None


def _is_count(doc: Doc, span: Span, n: NumberSpan) -> bool:
    ex = _exclusions()
    text = text_of(doc)
    if _blocking_entity(doc, span, n, ex["not_count_entities"]):
        return False
    after, before = text[n.end : n.end + 2], text[max(0, n.start - 2) : n.start]
    if (
        after[:1].isalpha()
        and not _applied_scale(text, n, None)
        or after[:1] in (":", "/")
        or re.match(r"[.,]\d", after)
    ):
        return False  # "737s", "1990s", "3D", "4K", "10:30", "3/4/2021": models, decades, screens, times, dates
    if (
        before[-1:] in (":", "/", "#", "@", "£", "$", "€", "^", "=", "%")
        or re.match(r"[A-Za-z][-−]|\w\(", before)
        or _LABEL_HYPHEN.search(text, max(0, n.start - 30), n.start)
    ):
        return False  # "COVID-19", "A350-900", "#5", "10^6", "alert(1)", "fb−1": labels, powers, code, unit exponents
    if _ENUMERATOR.match(text, n.end) and not text[: n.start].strip(" \u00a0(["):
        return False  # "5. Leverage your income", "10)": a list item's number at the start of its block
    if not n.words and _in_number_bracket(text, n):
        return False  # "(21)", "(4, 5)", "[1]", "Matt Murray (30)": a citation, a list marker or a shirt number
    if re.match(r"0\d", text[n.start : n.end]) or before[-1:] == "’" and re.fullmatch(r"\d\d", text[n.start : n.end]):
        return False  # "09575", "007": a code; "the ’90s", "anni ’90": a year
    if _CLOCK.match(text, n.end):
        return False  # "2.13 am", "10.30 p.m.": a time of day
    root = _root(span)
    if _is_year(text[n.start : n.end]) and not _counts_noun(root):
        return False
    prev = doc[span.start - 1] if span.start > 0 else None
    if (
        prev is not None
        and (prev.pos_ == "PROPN" or prev.pos_ == "NOUN" and prev.is_title or prev.lower_ in ex["label_nouns"])
        and not _counts_noun(root)
    ):
        return False  # "page 5", "Boeing 737", "Article 3", a heading's "Meal 2"
    if _model_name(prev, root, text[n.start : n.end]):
        return False  # "the LC 500 grand tourer": a model's number before a singular noun
    if prev is not None and prev.lower_ in ("a", "an") and not n.words and not _counts_noun(root):
        return False  # "scored a 129", "managed a 21757": a number named as a thing (a score, a model) counts nothing
    if not _alone(text, n) and why_not_count(text, n, root) is not None:
        return False  # a phone number, a citation, a fraction of a group...: see count_context.py
    if n.words:
        return not _in_name(span) and _word_number_counts(span, root)
    return True


def _model_name(prev: Token | None, root: Token, digits: str) -> bool:
    """A number of two or more digits right after a capitalised name and before a singular lower-case noun names
    a model ('the LC 500 grand tourer', 'the Forbes 400 list'); a count after a name counts a plural ('Brown 4
    points')."""
    return (
        prev is not None
        and (prev.pos_ == "PROPN" or prev.is_title and prev.pos_ == "NOUN")
        and re.fullmatch(r"\d{2,}", digits) is not None
        and _counts_noun(root)
        and root.head.tag_ == "NN"
        and root.head.is_lower  # "South 32 Ltd" is a company's name, which quantulum3's suite counts
    )


def _alone(text: str, n: NumberSpan) -> bool:
    """The block is the number and nothing else ('two thirds', '192.'): the text is the number itself, and
    no context says what it is."""
    return not re.search(r"\w", text[: n.start] + text[n.end :])


def _in_name(span: Span) -> bool:
    """A capitalised number word inside a sentence, before a capitalised word, is part of a name: 'our One Home
    Depot investments', 'the Three Amigos'."""
    first, nxt = span[0], span.doc[span.end] if span.end < len(span.doc) else None
    return (
        first.text[:1].isupper()
        and not first.is_sent_start
        and span.start > 0
        and span.doc[span.start - 1].is_alpha
        and nxt is not None
        and nxt.is_title
    )


_WORD_AFTER = re.compile(r"[ \u00a0]*([^\W\d_]+)")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \u00a0]*\Z")


def _by_foreign_word(text: str, start: int, end: int) -> bool:
    """The word right after or before the number is written in a script other than Latin (Cyrillic, Greek,
    Arabic, CJK): '5 грамм', 'минут 15'."""
    words = [
        m.group(1) for m in (_WORD_AFTER.match(text, end), _WORD_BEFORE.search(text, max(0, start - 40), start)) if m
    ]
    return any(ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN") for w in words for ch in w)


def _blocking_entity(doc: Doc, span: Span, n: NumberSpan, labels: list[str]) -> bool:
    """A date, time, ordinal or name entity around the number says it is no count. A DATE or TIME that is the
    number alone says nothing more than the number does (the small model tags a lone "3 dozens" TIME,
    "1,234,567" DATE), so it only blocks when it reaches past the number ("3 years", "May 5") or the number
    reads as a year.
    A fraction ("one fifth", "a third of") is a number, whatever the ordinal tag says."""
    for tok in span:
        if tok.ent_type_ not in labels:
            continue
        if tok.ent_type_ == "ORDINAL":
            if _is_fraction(text_of(doc), n):
                continue
            return True  # "a third term"
        ent = _entity_of(tok)
        inside = ent.start_char >= n.start and ent.end_char <= n.end
        if inside and (
            text_of(doc)[n.start] in "-−" or (ent.start_char, ent.end_char) != (n.start, n.end) and not n.words
        ):
            # "-1" tagged ORG on its own, or the "-1" of "2.5^-1": a signed number, or a piece the tagger cut
            # from a written number, is no name, date or time
            continue
        if tok.ent_type_ not in ("DATE", "TIME") or _is_year(text_of(doc)[n.start : n.end]):
            return True  # names ("Boeing 747" tagged on the number alone) and years are trusted
        if (
            _could_be_age(text_of(doc), n)
            and not _counts_noun(_root(span))
            and not _glued_scale().match(text_of(doc), n.end)
        ):
            return True  # "Webb, 51, was convicted", "at 65": a lone small whole number tagged DATE is an age
        glued = _glued_scale().match(text_of(doc), n.end)  # "10k" is one token
        if ent.start_char < n.start or ent.end_char > (glued.end() if glued else n.end):
            return True
    return False


def _could_be_age(text: str, n: NumberSpan) -> bool:
    return (
        n.value is not None
        and n.value == int(n.value)
        and 0 < n.value <= 130
        and re.fullmatch(r"\d{1,3}", text[n.start : n.end]) is not None
    )


def _entity_of(tok: Token) -> Span:
    doc, start, end = tok.doc, tok.i, tok.i + 1
    while start > 0 and tok.ent_iob_ != "B" and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def _is_fraction(text: str, n: NumberSpan) -> bool:
    """'two thirds', 'one-fifth', 'a fifth of the vote' (not the ordinal of 'a third term')."""
    words = re.split(r"[\s-]+", text[n.start : n.end].lower())
    if len(words) < 2 or words[-1] not in number_tables()["fractions"]:
        return False
    if words[0] in ("a", "an"):  # "a fifth of the vote", not "a third term" or "owning a third."
        return re.match(r"[ \u00a0]+of\b", text[n.end :]) is not None
    return True


def _word_number_counts(span: Span, root: Token) -> bool:
    """A spelled-out number counts when it quantifies something: "two patients", "five of the victims";
    not the pronoun in "one of the reasons" unless it is the counted thing ("one person")."""
    first = span[0].lower_
    if first in ("one", "half") and len(span) == 1:
        return _counts_noun(root)
    if len(span) > 1:
        return True  # "a hundred and two", "one and a half": no word sequence but a number reads so
    return root.ent_type_ == "CARDINAL" or root.pos_ == "NUM" or _counts_noun(root)


def _is_year(s: str) -> bool:
    return re.fullmatch(r"1[5-9]\d\d|20\d\d|21\d\d", s) is not None


def _counts_noun(tok: Token) -> bool:
    return tok.dep_ in ("nummod", "quantmod") and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i > tok.i


def _root(span: Span) -> Token:
    """The span's token whose head lies outside it (the number word the parse attaches)."""
    for tok in span:
        if tok.head.i < span.start or tok.head.i >= span.end or tok.head == tok:
            return tok
    return span[-1]


def _counted(span: Span) -> str | None:
    """The noun phrase the number counts: 'officials and talents', 'medical workers', 'people' in
    'tens of thousands of people'."""
    root = _root(span)
    noun = None
    if _counts_noun(root):
        noun = root.head
    else:
        for tok in span:
            for child in tok.children:
                if child.dep_ == "prep" and child.lower_ == "of" and child.i >= span.end:
                    objs = [c for c in child.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")]
                    noun = objs[0] if objs else None
    if noun is None:
        return None
    doc = span.doc
    start = noun.i
    while start - 1 >= span.end and doc[start - 1].head == noun and doc[start - 1].dep_ in ("amod", "compound", "nmod"):
        start -= 1
    end = noun.i
    for conj in _conjuncts(noun):
        end = conj.i
    return doc[start : end + 1].text


def _conjuncts(noun: Token) -> list[Token]:
    """Nouns coordinated with the counted one, close by: 'officials and talents', 'provinces and cities'."""
    out: list[Token] = []
    tok = noun
    while True:
        # not a noun with a number of its own: "1,200 teachers and 860 doctors" counts teachers only
        nxt = [
            c
            for c in tok.children
            if c.dep_ == "conj"
            and c.pos_ in ("NOUN", "PROPN")
            and c.i - tok.i <= 4
            and not any(g.dep_ in ("nummod", "quantmod") or g.like_num for g in c.children)
        ]
        if not nxt:
            return out
        tok = nxt[0]
        out.append(tok)
