"""Numbers written in news text: "1,684", "96.4 billion", "3 1/2", "2½", "twenty-one", "one and a half",
and the spoken forms of digits and fractions: "3 and a half", "3-1/2", "two-and-a-half", "two and a half million",
"six-point-six".

`find_numbers` locates number phrases in a string; `parse_number` turns one into a float. The word
tables live in data/numbers.json so a new scale word ("lakh") is a data change, not a code change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..data import load, one_of

__all__ = [
    "NumberSpan",
    "ending_scale",
    "find_numbers",
    "is_vague_multiple",
    "number_regex",
    "parse_number",
    "tables",
    "vague_regex",
    "vague_value",
]


@dataclass(frozen=True)
class NumberSpan:
    start: int
    end: int
    value: float
    words: bool  # spelled out ("two"), which is weaker evidence of a quantity than digits
    vague: bool = False  # "tens of thousands": value is a lower bound, not a point


def tables() -> dict:
    return load("numbers")


# Digit groups: "1,684", "1 234 567" only with thin/no-break spaces (an ordinary space separates numbers
# in "On May 5 100 people..."), decimals, glued exponents "1e10".
_SIGN = r"(?:(?<![\w)\].,%/°º-])[-−](?=\d|\.\d))?"  # after a degree sign a dash joins a range: "70°-85°"
_INT = (
    r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?:[\u202f\u2009\u00a0]\d{3})+(?!\d)"
    # ordinary spaces group digits only where no two numbers would read so: "1 414 021 100", "40 000"
    r"|\d{1,3}(?: \d{3}){2,}(?![\d]|[,.]\d)|[1-9]\d{0,2} 000(?![\d]|[,.]\d)"
    # a tokenised text spaces its separators: "between 4 and 5 , 000 euro" is 5,000, as a group led by a zero
    # never opens a number ("1 , 118" may be a list there, so a chain needs one such group)
    r"|\d{1,3}(?: , \d{3})*(?: , 0\d{2})(?: , \d{3})*(?![\d]|[,.]\d)|\d+)"
)
_DEC = rf"(?:{_INT}(?:\.\d+)?|\.\d+)"


@lru_cache(maxsize=1)
def _spaced_group() -> str:
    """One ordinary space groups thousands before a unit symbol of units.json: 'between 11 000 kWh and 13 500 kWh'
    (tr_news) is 13500 kWh. Exactly three digits after the space and at most three before it, so a year and a count
    stay two numbers ('in 2017 500 people'); a symbol of two characters or more ('kWh', 'km', 'MW'), as a lone
    letter ('5 100 m') may be another word; symbols match in their case, as the number regex ignores it."""
    symbols = {s for u in load("units")["units"] for s in u.get("symbols", []) if len(s) > 1 and s[0].isalpha()}
    return rf"(?<![\d.,])[1-9]\d{{0,2}} \d{{3}}(?=[ \u00a0]?(?-i:{one_of(symbols)})(?![\w]))"


# scientific notation with a power of ten: "2.48×10^-5", "6.02 x 10^23", "1.5×10⁶", "2.48×10−5" (a superscript lost
# in copying: only after "×"); a plain "x" needs a marked exponent ("2 x 10 grid" is a size)
_SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_POW10 = (
    rf"(?:[ \u00a0]?(?:[×·xX*][ \u00a0]?10(?:\^|\*\*)[-−+]?\d+|[×·xX*][ \u00a0]?10[⁻⁺]?[{_SUPERSCRIPT}]+"
    rf"|×[ \u00a0]?10[-−]\d+|(?<=\d)[xX]10[-−]\d+)(?![\w.]))"
)


@lru_cache(maxsize=1)
def number_regex() -> re.Pattern:
    t = tables()
    unifrac = "".join(t["unicode_fractions"])
    ints = [*t["units"], *t["tens"]]
    scales = [*t["scales"], *t["groups"]]
    fracs = list(t["fractions"])
    # "twenty-first", "thirty fifths": one ordinal, so "first" joins the phrase only after a tens word;
    # not "twenty first-time buyers", where the hyphen ties "first" to the next word
    tens, ordinals = one_of(t["tens"]), one_of(t["ordinal_units"])
    compound = rf"(?:{tens})(?:\s*-\s*(?:{ordinals})|\s+(?:{ordinals})(?!-\w))"
    # nor "three quarter-finals", "twenty fifth-graders": a spaced fraction word hyphened to the next word
    # is that word's modifier
    # (after "and a" the fraction is the number's own: "a two and a half-hour drive")
    frac = rf"(?:(?:(?<!\s)|(?<=\band )|(?<=\band a ))(?:{one_of(fracs)})|(?:{one_of(fracs)})(?!-\w))"
    word = rf"(?:{compound}|{frac}|{one_of(ints + scales)})"
    # "two hundred & forty" as "two hundred and forty"; "two-and-a-half" spelled as one word
    join = r"(?:-and-(?:a-)?|\s*-\s*|\s+(?:(?:and|&)\s+(?:a\s+)?)?)"
    # a phrase starts with a number word or "a" before a scale ("a hundred", "a dozen", "a half"); a bare
    # "billion" or "a" is not a number
    first = rf"(?:(?:an?|half\s+a)\s+(?:{one_of(scales + fracs)})|{compound}|{one_of(ints)}|half)"
    # "six point six", and hyphened as a reader's script spells it: "six-point-six"
    negative, point_word = one_of(t["negative_words"]), one_of(t["point_words"])
    point = rf"(?:(?:\s+|-)(?:{point_word})(?:(?:\s+|-)(?:{one_of(ints)})(?:-(?:{one_of(ints)}))?)+)?"
    words = rf"\b(?:(?:{negative})\s+)?{first}(?:{join}{word})*{point}\b"
    spaced_abbreviations = one_of(k for k in t["scale_abbreviations"] if k not in t["glued_only"])
    # a replacement character stands where a decoder lost a no-break space: "$3\ufffdtrillion"
    scale_words = rf"(?:[\s\ufffd]*-?\s*(?:{one_of([*t['scales'], *t['groups']])}|{spaced_abbreviations})\b)*"
    # "minus 5", "negative 0.3": not the "minus" of "plus or minus 3 points", a margin
    minus = rf"(?:(?<!\bor )(?<!/)(?:{negative})\s+(?=\d|\.\d))?"
    # digits and a spoken fraction: "3 and a half", "2 and three-quarter", "10 and a half million"
    spoken = rf"{_INT}\s+and\s+(?:an?|{one_of(t['units'])})[\s-]+(?:{one_of(fracs)})\b"
    digits = (
        rf"{minus}{_SIGN}(?:{spoken}|{_INT}(?:\s+|-)\d+/\d+(?![/\d])|{_INT}?[{unifrac}]|\d+/\d+(?![/\d])"
        rf"|{_spaced_group()}|{_DEC}(?:[eE][+-]?\d+(?![\w])|\^[+-]?\d+(?![\w.])|{_POW10})?)"
    )
    return re.compile(rf"(?<![\w.])(?:{digits}{scale_words}|{words})", re.IGNORECASE)


@lru_cache(maxsize=1)
def vague_regex() -> re.Pattern:
    """'tens of thousands', 'hundreds', 'dozens of': plural scale words chained by 'of'; a plural said twice for
    weight is one vague number ('millions and millions of votes', 'thousands upon thousands of sellers')."""
    v = tables()["vague_plurals"]
    twice = rf"(?:\s+(?:{one_of(tables()['vague_repeat_joins'])})\s+(?P=vague))?"
    return re.compile(rf"\b(?P<vague>{one_of(v)}){twice}(?:\s+of\s+(?:{one_of(v)}))*\b", re.IGNORECASE)


def find_numbers(text: str) -> list[NumberSpan]:
    """Number phrases in text, left to right, not overlapping."""
    out: list[NumberSpan] = []
    for m in number_regex().finditer(text):
        for start, end, value in _parsed_pieces(m.group(0), m.start()):
            s = text[start:end]
            if not _is_lone_fraction_word(s):
                out.append(NumberSpan(start, end, value, words=not any(c.isdigit() for c in s)))
    out = _join_comma_groups(text, out)
    out.extend(glued_percents(text))
    out.extend(glued_sums(text))
    for m in vague_regex().finditer(text):
        if not _overlaps(m, out):
            out.append(NumberSpan(m.start(), m.end(), vague_value(m.group(0)), words=True, vague=True))
    out.extend(vague_multiples(text, out))
    out.extend(bare_dozens(text, out))
    out.extend(bare_scales(text, out))
    return sorted(out, key=lambda n: n.start)


@lru_cache(maxsize=1)
def _glued_percent_regex() -> re.Pattern:
    symbols = [s for u in load("units")["units"] for s in u.get("symbols", []) if s.isalpha()]
    return re.compile(rf"(?<![\w.])\d+(?:\.\d+)?(?-i:{one_of(symbols)})(?P<pct>\d+(?:\.\d+)?)%")


def glued_percents(text: str) -> list[NumberSpan]:
    """The percentage glued after a measure's unit symbol, as a nutrition label runs its columns together: in
    'Protein 22g44%' and 'Sodium 1738mg72%' the 44 and the 72 are the percent of the daily value (the number regex
    starts no number after a letter). Only before '%', so a model's '3g4' stays one name."""
    return [
        NumberSpan(m.start("pct"), m.end("pct"), float(m.group("pct")), words=False)
        for m in _glued_percent_regex().finditer(text)
    ]


@lru_cache(maxsize=1)
def _glued_sum_regex() -> re.Pattern:
    currencies = load("currencies")
    home = {sign for signs in currencies["home_letter_signs"].values() for sign in signs}
    # letters, or '$' and letters as Australian copy writes the US dollar ('at least $US4.5 billion')
    signs = [s for s in currencies["prefix_symbols"] if re.fullmatch(r"\$?[A-Za-z]+\.?", s)] + sorted(home)
    scales = one_of([*tables()["scale_abbreviations"], *tables()["scales"]])
    number = r"\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?"
    grouped = r"\d{1,3}(?:,\d{3})+(?![\d,])(?:\.\d+)?"
    # not the 'P' of 'S&P500'
    return re.compile(
        rf"(?<![\w.$&])(?-i:{one_of(signs)})(?P<num>{number})(?=[ \u00a0]?(?i:{scales})(?![\w-]))"
        rf"|(?<![\w.$&])(?-i:{one_of(home)})(?P<grouped>{grouped})"
    )


def glued_sums(text: str) -> list[NumberSpan]:
    """The number glued after a currency's letter sign, with a scale word after it: 'estimated at R2bn' (geowebnews),
    'Demand N500m', 'at N60 million' (the number regex starts no number after a letter). Without a scale word the
    letter and digits name a model: 'R2', 'an N95 mask'. So with '$' and the code's letters: 'at least $US4.5 billion
    ($5.8 billion)'. A home country's letter sign (currencies.json home_letter_signs) also takes a number written
    with its thousands, which no model or grade is: 'The convicts will also have to pay P500,000 each.' The scale
    word is read by find/amounts.py as after '$', and the sign by find/amounts.py read_one, which keeps a home sign
    only in its country's story."""
    out = []
    for m in _glued_sum_regex().finditer(text):
        group = "num" if m.group("num") is not None else "grouped"
        # the number with its scale word, read as the number regex reads one that stands apart ("60 million")
        whole = number_regex().match(text[m.start(group) : m.start(group) + 40])
        if whole is not None and (value := parse_number(whole.group(0))) is not None:
            out.append(NumberSpan(m.start(group), m.start(group) + whole.end(), value, words=False))
    return out


@lru_cache(maxsize=1)
def _vague_multiple_regex() -> re.Pattern:
    t = tables()
    scales = [w for w in [*t["scales"], *t["groups"]] if w.isalpha() and w.islower() and not w.endswith("s")]
    return re.compile(rf"\b(?:{one_of(t['vague_multipliers'])})(?:\s+(?:{one_of(scales)}))+\b(?!-)", re.IGNORECASE)


def _overlaps(m: re.Match, found: list[NumberSpan]) -> bool:
    """The match shares a character with a number already found: the word reading yields to it."""
    return any(n.start < m.end() and m.start() < n.end for n in found)


# 'dozen' with no number or 'a' before it, before a plural-looking word, 'of' and a word, or 'or so'
_BARE_DOZEN = re.compile(r"(?<![\w-])dozen(?=[ \u00a0]+(?:[a-z][\w-]*s\b|of[ \u00a0]+\w|or[ \u00a0]+so\b))")


@lru_cache(maxsize=1)
def _bare_scale_rx() -> re.Pattern:
    """A lower-case scale word (numbers.json scales) with no word or hyphen before it, hyphened to a one-word unit
    name of units.json ('hundred-foot', 'thousand-pound') or a one-word currency name of currencies.json names
    ('billion-dollar', 'million-euro'; not one of its wordy_names, ordinary words such as 'real')."""
    names = {n.lower() for u in load("units")["units"] for n in u.get("names", []) if " " not in n}
    currencies = load("currencies")
    names |= {n for n in currencies["names"] if " " not in n and n not in currencies["wordy_names"]}
    return re.compile(rf"(?<![\w-])(?P<scale>{one_of(tables()['scales'])})(?=-(?:{one_of(names)})(?![\w]))")


def bare_scales(text: str, found: list[NumberSpan]) -> list[NumberSpan]:
    """'an imposing piece of old volcano ringed by hundred-foot cliffs': a bare scale word hyphened to a unit is
    that many units, as 'a hundred-foot cliff' is with its article ('A thousand-pound bomb' is 1000 lb); none
    inside a number already found ('two hundred-foot'). So is one hyphened to a currency after any determiner, as
    after 'a': 'stemming from the billion-dollar government arms deal' prices the deal at a billion dollars as 'a
    billion-dollar deal' does (an idiom's noun after it still prices nothing: 'the million-dollar question'). Not
    after a hyphen or a prefix ('a multi-billion-dollar deal', 'multibillion-dollar': no one sum). Lower case only:
    a capitalised 'Thousand-Foot' starts a name or a title as often as a sentence."""
    scales = tables()["scales"]
    return [
        NumberSpan(m.start(), m.end(), float(scales[m.group("scale")]), words=True)
        for m in _bare_scale_rx().finditer(text)
        if not _overlaps(m, found)
    ]


def bare_dozens(text: str, found: list[NumberSpan]) -> list[NumberSpan]:
    """'after the initial dozen offerings were revealed', 'to one of their dozen analytics data centres', 'one of the
    nearly dozen of White House aides': a lower-case 'dozen' after a determiner or an adjective, with no number
    before it, is twelve of the plural after it; none inside a number already found ('a dozen', 'two dozen').
    Not 'sold by the dozen' (no plural after it) or the capitalised 'Dozen' of a title."""
    return [
        NumberSpan(m.start(), m.end(), 12.0, words=True) for m in _BARE_DOZEN.finditer(text) if not _overlaps(m, found)
    ]


def is_vague_multiple(s: str) -> bool:
    """The phrase is a vague multiple of a scale word: 'several hundred', 'a few thousand'."""
    return _vague_multiple_regex().fullmatch(s) is not None


def vague_multiples(text: str, found: list[NumberSpan]) -> list[NumberSpan]:
    """'several hundred', 'a few thousand', 'several dozen': a vague number whose value is the least it allows
    (3 x 100, 2 x 1000), as 'hundreds' is; none that overlaps a number already found. Not before a hyphen
    ('several hundred-year-old trees' count trees)."""
    t = tables()
    scale = {**t["scales"], **t["groups"]}
    out: list[NumberSpan] = []
    for m in _vague_multiple_regex().finditer(text):
        if _overlaps(m, found):
            continue
        lead = next(k for k in t["vague_multipliers"] if m.group(0).lower().startswith(k))
        value = float(t["vague_multipliers"][lead])
        for w in m.group(0).lower()[len(lead) :].split():  # "several hundred thousand": 3 x 100 x 1000
            value *= scale[w]
        out.append(NumberSpan(m.start(), m.end(), value, words=True, vague=True))
    return out


def _parsed_pieces(s: str, offset: int) -> list[tuple[int, int, float]]:
    """The match as one number, or else its longest readable runs of words: "between three and seven"
    holds two numbers, not one ("three and seven" reads as no single number)."""
    value = parse_number(s)
    if value is not None:
        return [(offset, offset + len(s), value)]
    words = [w for w in re.finditer(r"[^\s-]+", s)]
    if len(words) < 2 or any(_is_ordinal_word(w.group(0).lower()) for w in words):
        # an unreadable fraction ("one one hundred fifth") or an ordinal ("the twenty-fifth anniversary",
        # "his two millionth visitor") is no run of whole numbers either
        return []
    out, i = [], 0
    while i < len(words):
        if words[i].group(0).lower() in ("and", "&", "a", "an"):
            i += 1
            continue
        for j in range(len(words), i, -1):
            piece = s[words[i].start() : words[j - 1].end()]
            if words[j - 1].group(0).lower() not in ("and", "&") and (v := parse_number(piece)) is not None:
                out.append((offset + words[i].start(), offset + words[j - 1].end(), v))
                i = j
                break
        else:
            i += 1
    return out


def _join_comma_groups(text: str, spans: list[NumberSpan]) -> list[NumberSpan]:
    """'three million, two hundred & forty' is one number (3,000,240), as a comma groups written-out digits: the
    words before the comma end in a scale of a thousand or more, and what follows is smaller than that scale.
    Not lists ('one million, two million') nor digits."""
    out: list[NumberSpan] = []
    for n in spans:
        prev = out[-1] if out else None
        scale = ending_scale(text[prev.start : prev.end], least=1000) if prev and prev.words and n.words else None
        if (
            prev is not None
            and scale
            and re.fullmatch(r",[ \u00a0]+", text[prev.end : n.start])
            and 0 < n.value < scale
        ):
            out[-1] = NumberSpan(prev.start, n.end, prev.value + n.value, words=True)
        else:
            out.append(n)
    return out


# the letters that end a number's text, touching its digits ("3bn") or after a space or dash ("three million")
_ENDING_LETTERS = re.compile(r"(?:(?<=\d)|[\s-])([A-Za-z]+)\Z")


def ending_scale(s: str, least: float = 0, glued: bool = True) -> float | None:
    """The scale word or abbreviation a number's text ends with: 'three million' -> 1e6, '3bn' -> 1e9, 'two
    hundred' -> 100; None for a number without one ('3', 'thirty') or with a scale under `least`. The one reader of
    that word for every caller, which differ by what they read:
    - `least`: 1000 leaves out 'hundred' (a shared range scale: '2 to 3 million', not '2 to 3 hundred'; a comma
      grouping written-out digits: 'three million, two hundred');
    - `glued`: False leaves out the letters that scale a number only glued to it (data glued_only: 'm', 'k').
    A scale word is read in any case ('Million'), an abbreviation in its own ('M', 'Bn')."""
    m = _ENDING_LETTERS.search(s)
    if m is None:
        return None
    word, t = m.group(1), tables()
    if not glued and word in t["glued_only"]:
        return None
    scale = t["scales"].get(word.lower()) or t["scale_abbreviations"].get(word)
    return float(scale) if scale and scale >= least else None


def _is_ordinal_word(w: str) -> bool:
    return w in tables()["fractions"] or w in tables()["ordinal_units"]


def _is_lone_fraction_word(s: str) -> bool:
    # "the third", "a quarter of the year" alone are ordinals or periods; "half" alone is a number
    words = re.split(r"[\s-]+", s.lower())
    return len(words) == 1 and words[0] in tables()["fractions"] and words[0] != "half"


def vague_value(s: str) -> float:
    """The least value a vague plural allows: 'tens of thousands' -> 10 * 1000 * 2 (at least two tens); a plural
    said twice is said once ('millions and millions' -> 2000000)."""
    v = tables()["vague_plurals"]
    value = 2.0
    for w in re.split(r"\s+of\s+", s.lower()):
        value *= v[w.split()[0]]
    return value


@lru_cache(maxsize=1)
def _negative_prefix() -> re.Pattern:
    """A sign opening a number phrase: a word ('minus 5', 'negative 0.3') or a dash."""
    return re.compile(rf"^(?:(?:{one_of(tables()['negative_words'])})\s+|-\s*)", re.IGNORECASE)


def parse_number(text: str) -> float | None:
    """The value of one number phrase, or None if it is not one."""
    s = text.strip().replace("−", "-").replace("–", "-")
    s = re.sub(r"(?<=\d)(?:[,\u202f\u2009\u00a0]| , | (?=\d{3}(?![\d/])))(?=\d{3})", "", s)
    sign = 1.0
    m = _negative_prefix().match(s)
    if m:
        sign, s = -1.0, s[m.end() :]
    value = _parse_unsigned(s)
    return None if value is None else sign * value


_FROM_SUPERSCRIPT = str.maketrans({**{c: str(i) for i, c in enumerate(_SUPERSCRIPT)}, "⁻": "-", "⁺": "+"})


def _parse_unsigned(s: str) -> float | None:
    try:
        return float(s)
    except ValueError:
        pass
    m = re.fullmatch(rf"(\d+(?:\.\d+)?|\.\d+)\s?[×·xX*]\s?10(?:\^|\*\*)?([-+⁻⁺]?[\d{_SUPERSCRIPT}]+)", s)
    if m:  # "2.48×10^-5", "1.5×10⁶"
        exp = m.group(2).translate(_FROM_SUPERSCRIPT)
        return float(f"{m.group(1)}e{exp}") if len(exp.lstrip("+-")) <= 3 else None
    m = re.fullmatch(r"(\d+(?:\.\d+)?|\.\d+)\^([+-]?\d+)", s)  # "10^6", "2.5^-1"
    if m:
        try:
            return float(m.group(1)) ** int(m.group(2))
        except (OverflowError, ZeroDivisionError):
            return None
    t = tables()
    m = re.match(r"^(\d+(?:\.\d+)?)?\s*([" + "".join(t["unicode_fractions"]) + r"])$", s)
    if m:
        return float(m.group(1) or 0) + t["unicode_fractions"][m.group(2)]
    m = re.match(r"^(?:(\d+)(?:\s+|-))?(\d+)/(\d+)$", s)  # "3 1/2", "3-1/2"
    if m:
        # a fraction written with digits is proper ("1 1/2", not "3/2"): "24/7", "20/20", "50/50" are no numbers
        num, den = int(m.group(2)), int(m.group(3))
        return float(m.group(1) or 0) + num / den if 0 <= num < den else None
    spaced = re.sub(r"-point-", " point ", s.lower().replace("&", " and "))  # "six-point-six"
    return _parse_words(re.findall(r"\d+(?:\.\d+)?|[a-z]+(?:\s*-\s*[a-z]+)*", spaced))


def _parse_words(words: list[str]) -> float | None:
    """Spelled-out numbers, optionally led by digits ("1.2 trillion") and closed by a fraction word."""
    if not words:
        return None
    t = tables()
    words = _split_fraction_scale(words)
    if words[:1] == ["half"] and words[1:2] == ["a"]:
        rest = _parse_words(["a", *words[2:]])
        return None if rest is None else rest / 2
    if len(words) > 1 and words[-1] in _multipliers() and _is_ordinal_word(_flat(words[:-1])[-1]):
        # "two and a half million": the whole and its fraction, times the scale; "a half dozen" (6) as well
        whole = _parse_words(words[:-1])
        return None if whole is None else whole * _multipliers()[words[-1]]
    if len(_flat(words)) > 1 and _is_ordinal_word(_flat(words)[-1]):
        return _parse_fraction(_flat(words))
    if words[-1] in t["fractions"]:
        return 1 / t["fractions"][words[-1]]
    i = next((i for i, w in enumerate(words) if w in t["point_words"]), None)
    if i is not None:
        whole, frac = _parse_integer(_flat(words[:i])), _point_digits(words[i + 1 :])
        return None if whole is None or frac is None else whole + frac
    return _parse_integer(_flat(words))


@lru_cache(maxsize=1)
def _multipliers() -> dict[str, float]:
    """The words a fraction before them takes a part of: the scales ('a half million') and the groups ('a
    half-dozen eggs' is six eggs, as 'half a dozen' is)."""
    return {**tables()["scales"], **tables()["groups"]}


def _split_fraction_scale(words: list[str]) -> list[str]:
    """'a half-million', 'a quarter-billion': a fraction word hyphened to a scale is that fraction of the scale, as
    'a half million' is ("earned nearly a half-million dollars in state contracts": 500,000 USD); the hyphen only
    ties the spelled number together. A group word as well: 'a half-dozen' is six."""
    parts = [p.strip() for p in words[-1].split("-")]
    if len(parts) == 2 and parts[0] in tables()["fractions"] and parts[1] in _multipliers():
        return [*words[:-1], *parts]
    return words


def _flat(words: list[str]) -> list[str]:
    return [p.strip() for w in words for p in w.split("-")]


def _parse_fraction(words: list[str]) -> float | None:
    """'two fifths', 'one twenty-fifth', 'one and a half'; None for an ordinal ('thirty-fifth', 'one hundred fifth')."""
    # "one and a half" = 1 + 1/2: a proper fraction after the last "and" is added to the whole before it;
    # otherwise the "and" is inside the numerator ("one hundred and thirty fifths" = 130/5)
    if "and" in words:
        i = len(words) - 1 - words[::-1].index("and")
        whole, part = _parse_integer(words[:i]), _parse_fraction(words[i + 1 :])
        if whole is not None and part is not None and part < 1:
            return whole + part
    found = _denominator(words)
    if found is None:
        return None
    num_words, den, singular = found
    num = _parse_integer(num_words)
    if num is None:
        return None  # no numerator: "the thirty-fifth", an ordinal
    # a singular denominator takes "one"/"a" ("one fifth"), or one small word in adjectives ("a three-quarter
    # majority", "two-third majority"); "one hundred fifth", "two millionth visitor" are ordinals
    if singular and num != 1 and not (len(num_words) == 1 and num < 10 and den < 100):
        return None
    return num / den


def _denominator(words: list[str]) -> tuple[list[str], float, bool] | None:
    """(numerator words, denominator, singular?) of a phrase ending in an ordinal. A tens word right before a
    unit ordinal belongs to the denominator ("one hundred thirty-fifths" = 100/35), unless an "and" ties it
    to the numerator ("one hundred and thirty fifths" = 130/5)."""
    t = tables()
    last = words[-1]
    singular = not last.endswith("s")
    # a plural with nothing before the tens word counts in the tens: "twenty fifths" = 20/5
    tens_numerator = len(words) == 2 and not singular
    if (
        last in t["ordinal_units"]
        and len(words) >= 2
        and words[-2] in t["tens"]
        and words[-3:-2] != ["and"]
        and not tens_numerator
    ):
        return words[:-2], t["tens"][words[-2]] + t["ordinal_units"][last], singular
    if last in t["fractions"]:
        return words[:-1], t["fractions"][last], singular
    return None


def _point_digits(words: list[str]) -> float | None:
    """'zero three' -> 0.03, 'seventy-one' -> 0.71: the words after "point" are read as digits."""
    digits = ""
    for w in words:
        v = _parse_integer(_flat([w]))
        if v is None:
            return None
        digits += str(int(v))
    return float("0." + digits) if digits else None


def _parse_integer(words: list[str]) -> float | None:
    t = tables()
    units, tens, scales = t["units"], t["tens"], {**t["scales"], **t["groups"]}
    abbrev = {k.lower(): v for k, v in t["scale_abbreviations"].items()}
    total, current, seen, last_scale = 0.0, 0.0, False, False
    for w in words:
        if w in ("and", "-"):
            continue
        if w in ("a", "an"):
            current, seen = current or 1.0, True
            continue
        num = _float(w)
        if num is not None:
            current, seen, last_scale = current + num, True, False
        elif w in units or w in tens:
            v = units.get(w) if w in units else tens[w]
            if seen and not last_scale and current % 100 != 0 and (current % 10 != 0 or w in tens or v >= 10):
                return None  # "three four", "twenty thirty": digits read out or a list, not one number
            current, seen, last_scale = current + v, True, False
        elif w in scales or w in abbrev:
            scale = scales.get(w) or abbrev[w]
            if _doubled_hundred(words, w, current):
                seen, last_scale = True, False
                continue
            if last_scale and current == 0:  # "lakh crore", "hundred thousand" after a flush
                total *= scale
            elif scale < 100 and current % 100:  # "three hundred and two dozen": the dozen takes the two only
                current = current - current % 100 + (current % 100) * scale
            elif scale < 1000:  # "hundred", "dozen" multiply the group being built
                current = (current or 1.0) * scale
            else:
                total, current = total + (current or 1.0) * scale, 0.0
            seen, last_scale = True, scale >= 1000
        else:
            return None
    return total + current if seen else None


def _doubled_hundred(words: list[str], w: str, current: float) -> bool:
    """'200 hundred scholarships will be available' (the page said '200 scholarships' before): digits that already
    end in hundreds (a whole multiple of 100) then 'hundred' say the hundreds twice, the word left over from 'two
    hundred'; the digits are the number. Digits under 100 take the word ('15 hundred' is 1,500), and so do digits
    whose hundreds are not round ('322 hundred' is 32,200, as Recognizers-Text's suite reads it)."""
    return w == "hundred" and len(words) == 2 and words[0].isdigit() and current >= 100 and current % 100 == 0


def _float(w: str) -> float | None:
    try:
        return float(w)
    except ValueError:
        return None
