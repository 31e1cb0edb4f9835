"""Measure units after a number ("96 km", "3-inch", "-10C", "500,000 barrels a day") to pint symbols.

The table is data/units.json; every symbol in it parses in pint's default registry (tests check), so
downstream tools can convert. pint is not needed at run time. A unit letter or word is no unit where it labels
a room or a model ("Apt. 1C", "the A-10C") or ends a place's name ("Nine Mile Rd.", "Three Mile Island"): the
vocabularies are units.json's label_words, name_places and street_directions.

A bare "degrees" of temperature takes its scale from, in turn: the one scale its paragraph names ('107 degrees
Fahrenheit ... it hit a maximum of 89 degrees', which that scale makes a temperature though no heat word is in its
sentence, as it is a level reached); a scale the article names; Celsius in a sentence on
the planet's warming (the Paris targets); the countries the article is about (its resolved places and its
publisher, passed in as a Whereabouts, not read from a global), Fahrenheit when all lie in units.json's
fahrenheit_countries, Celsius when none do; then US customary units or a US state named (the older cues, for
articles whose places are mixed or unknown). Else it stays "degree": a reader could not tell the scale.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..data import load, one_of

__all__ = [
    "Unit",
    "UnitMatch",
    "Whereabouts",
    "compound",
    "data",
    "in_a_name",
    "in_context",
    "is_idiom",
    "is_label",
    "is_known",
    "match_unit",
    "measures_noun_follows",
    "money_per",
    "rate_after",
    "scale_after_sign",
    "tables",
    "unit_regex",
]


@dataclass(frozen=True)
class Unit:
    symbol: str
    factor: float = 1.0  # for units pint lacks ("mu"): value * factor is in `symbol`
    not_after_one: bool = False  # after a spelled-out "one" it is an idiom: "not one bit"
    not_as_modifier: bool = False  # before a noun it names a kind, not a measure: "64-bit Windows"
    not_before: tuple[str, ...] = ()  # phrases after which it is an idiom: "one degree of freedom"
    measures_nouns: tuple[str, ...] = ()  # a not_as_modifier unit still measures these: "a 16-bit chip"
    in_rate: str = ""  # the unit it stands for before a unit of time: "75kb" is kB, "two kb per second" kbit/s


# the hottest air ever measured was 57 degC; a bare reading above this is no Celsius weather or body temperature
MAX_CELSIUS_READING = 60.0


@dataclass(frozen=True)
class Whereabouts:
    """Where an article is: the ISO 3166-1 codes of its resolved places' countries and its publisher's; and, apart,
    the publisher's country and one code per resolved place (how much of the article is where: a bare '$' reads
    them, normalize/money.py bare_dollar)."""

    countries: frozenset[str] = frozenset()
    publisher: str | None = None
    places: tuple[str, ...] = ()

    def temperature_scale(self, value: float | None) -> Unit | None:
        """degF when every country reports weather in Fahrenheit, degC when none does, None when mixed or none.
        Celsius only for a `value` air or a body could show in it: 'a fever of 103 degrees' (Fahrenheit) or an
        oven's '180 degrees' is left to the other cues."""
        if not self.countries:
            return None
        fahrenheit = self.countries & set(data()["fahrenheit_countries"])
        if fahrenheit == self.countries:
            return Unit("degF")
        plausible = value is None or abs(value) <= MAX_CELSIUS_READING
        return Unit("degC") if not fahrenheit and plausible else None


@dataclass(frozen=True)
class UnitMatch:
    end: int
    unit: Unit
    hyphen: bool  # "a 45-acre farm": the measure modifies a noun


def data() -> dict:
    return load("units")


def _plurals(name: str) -> list[str]:
    if name.endswith(("s", "x", "z", "ch", "sh")):
        return [name, name + "es"] if not name.endswith("s") else [name]
    return [name, name + "s"]


@lru_cache(maxsize=1)
def tables() -> tuple[dict[str, Unit], dict[str, Unit], dict[str, Unit]]:
    """(lower-cased names with plurals, case-sensitive symbols, symbols that must touch the number)."""
    names: dict[str, Unit] = {}
    symbols: dict[str, Unit] = {}
    glued: dict[str, Unit] = {}
    for entry in data()["units"]:
        unit = Unit(
            entry["unit"],
            entry.get("factor", 1.0),
            entry.get("not_after_one", False),
            entry.get("not_as_modifier", False),
            tuple(entry.get("not_before", ())),
            tuple(entry.get("measures_nouns", ())),
            entry.get("in_rate", ""),
        )
        forms = entry.get("plurals")
        for name in entry["names"]:
            for form in [name] if forms is not None else _plurals(name):
                names.setdefault(form.lower(), unit)
        for form in forms or []:
            names.setdefault(form.lower(), unit)
        target = glued if entry.get("glued_symbols_only") else symbols
        for sym in entry["symbols"]:
            target.setdefault(sym, unit)
        for sym in entry.get("glued", []):
            glued.setdefault(sym, unit)
    return names, symbols, glued


# a unit ends before a letter or a digit, except the digits of a percentage glued after it: a nutrition label's
# 'Protein 22g44%' is 22 g, 44% of the daily value (numbers.py glued_percents finds the 44)
_END = r"(?![A-Za-z²³])(?!\d(?!\d*(?:\.\d+)?%))"


@lru_cache(maxsize=1)
def _spaced_only() -> frozenset[str]:
    """Symbols that are the unit only apart from the number: "4 K" is kelvin, "4K" a screen or a thousand."""
    return frozenset(sym for e in data()["units"] if e.get("spaced_symbols_only") for sym in e["symbols"])


@lru_cache(maxsize=1)
def unit_regex() -> re.Pattern:
    names, symbols, glued = tables()
    either = [s for s in symbols if s not in _spaced_only()]
    sep = r"(?P<sep>[ \u00a0]*(?:-[ \u00a0]*)?)"
    spaced = rf"{sep}(?:(?P<name>(?i:{one_of(names)})){_END}|(?P<sym>{one_of(either)}){_END})"
    apart = rf"[ \u00a0]+(?P<apart>{one_of(_spaced_only())}){_END}"
    touching = rf"(?P<glued>{one_of(glued)}){_END}"
    return re.compile(rf"{spaced}|{apart}|{touching}|{_spaced_rate()}")


def _spaced_rate() -> str:
    """A symbol that is a unit only glued to its number ('-10C', '20t') is one apart from it too when a slash and a
    unit of time follow it: 'A boiler produces 30 t/h of superheated steam' (tr_news) is 30 tonnes an hour, as no
    word is written 't/h' (rate_after reads the '/h'). Letter symbols only: a quote mark is no unit before a slash."""
    rated = [s for s in tables()[2] if s.isalpha()]
    times = one_of(data()["time_units"])
    return rf"[ \u00a0]+(?P<rated>{one_of(rated)})(?=[ \u00a0]*/[ \u00a0]*(?:{times})(?![A-Za-z0-9²³/]))"


@lru_cache(maxsize=1)
def _cued_regex() -> re.Pattern:
    cued = data().get("spaced_cued", {})
    cues = one_of(w for _, words in cued.values() for w in words)
    # "2 in thick", "3 in. pipe", "is 2 in." (sentence end: the period is the sentence's), "2 in)" or "2 in,"; and
    # "a 2x4 in. board", "12 x 12 in. and": a period the text goes on after in lower case ends no sentence, so it is
    # the abbreviation's (without it "2 in the" stays the word)
    return re.compile(
        rf"[ \u00a0](?P<sym>{one_of(cued)})(?:\.?(?=[ \u00a0](?:{cues})\b)|\.(?=[ \u00a0]+[a-z])"
        rf"|(?=\.?[ \u00a0]*\Z|\.[ \u00a0]+[A-Z]|[,;)]))"
    )


_EDITOR_BRACKET = re.compile(r"[ \u00a0]*\[")


def match_unit(text: str, pos: int) -> UnitMatch | None:
    """The unit that starts at pos (just after a number), if any; also a unit an editor's square bracket supplies
    ('The weight is 20 [kg]'), the bracket closing right after it."""
    if (bracket := _EDITOR_BRACKET.match(text, pos)) is not None:
        inside = _match_unit(text, bracket.end())
        if inside is None or not text.startswith("]", inside.end):
            return None
        return UnitMatch(inside.end + 1, inside.unit, hyphen=False)
    return _match_unit(text, pos)


def _match_unit(text: str, pos: int) -> UnitMatch | None:
    m = unit_regex().match(text, pos)
    if not m:
        c = _cued_regex().match(text, pos) if data().get("spaced_cued") else None
        if c is None:
            return None
        entry = data()["spaced_cued"][c.group("sym")]
        return UnitMatch(c.end(), next(u for u in tables()[2].values() if u.symbol == entry[0]), hyphen=False)
    names, symbols, glued = tables()
    if m.group("glued") or m.group("rated"):
        unit = glued[m.group("glued") or m.group("rated")]
    elif m.group("name"):
        unit = names[m.group("name").lower()]
    else:
        unit = symbols[m.group("sym") or m.group("apart")]
    return UnitMatch(m.end(), unit, hyphen="-" in (m.group("sep") or ""))


@lru_cache(maxsize=1)
def _rate_regex() -> re.Pattern:
    d = data()
    words = [w for w in d["per_words"] if w != "/"]
    times = one_of(d["time_units"])
    # "GB/s", "megabytes per second", "5 miles a day"; not "a year ago", "a day earlier" (a time, not a rate)
    return re.compile(
        rf"(?:[ \u00a0]*/[ \u00a0]*|[ \u00a0]+(?:{one_of(words)})[ \u00a0]+)(?P<time>{times})(?![A-Za-z0-9²³/])"
        rf"(?![ \u00a0]+(?:ago|earlier|later|before|after|old|from)\b)"
    )


def rate_after(text: str, pos: int, symbol: str) -> tuple[str, int] | None:
    """(rate symbol, end) when a measure goes on per unit of time: '0.091 GB/s' is 'GB/s', a speed, not a size
    ('40 gigabits per second' is a rate unit of its own), or per unit of area (_density_after). None after a unit
    that is a rate already."""
    if "/" in symbol:
        return None
    m = _rate_regex().match(text, pos)
    if m is None:
        return _density_after(text, pos, symbol)
    return f"{symbol}/{data()['time_units'][m.group('time').lower()]}", m.end()


@lru_cache(maxsize=1)
def _money_per_regex() -> re.Pattern:
    """A unit of measure a price is paid per, right after the money: a letter symbol or a name after '/' or 'per'
    ('$0.23/W', '$0.03/kWh', '$50 per tonne'), a name after 'a', 'an' or 'each' ('$2.50 a gallon', '$1,300 an
    ounce'); not the names units.json not_money_per lists, which after an article are other words ('a bit more')."""
    names, symbols, glued = tables()
    lettered = one_of(s for s in [*symbols, *glued] if s.isalpha())
    named = one_of((n for n in names if n not in data()["not_money_per"]), spaced=True)
    end = r"(?![A-Za-z0-9²³/-])"
    return re.compile(
        rf"(?:[ \u00a0]*/[ \u00a0]*|[ \u00a0]+per[ \u00a0]+)(?:(?P<sym>{lettered})|(?P<name>(?i:{named}))){end}"
        rf"|[ \u00a0]+(?i:an?|each)[ \u00a0]+(?P<word>(?i:{named})){end}"
    )


@lru_cache(maxsize=1)
def _money_time_regex() -> re.Pattern:
    """'/' and a time unit's name of two letters or more in any case: a price list writes '$5/Month' as '$4.99/mo'.
    Money only: a measure's '/S' or '/Day' is left to _rate_regex's cases, and a one-letter symbol ('/S', '/H')
    stays case-sensitive."""
    times = one_of(w for w in data()["time_units"] if len(w) > 1)
    return re.compile(rf"[ \u00a0]*/[ \u00a0]*(?P<time>(?i:{times}))(?![A-Za-z0-9²³/])")


def money_per(text: str, pos: int) -> str | None:
    """The pint symbol of the unit a price right before pos is paid per: a unit of time ('$15 an hour' is 'h',
    '$9.99/month' 'month', as rate_after reads a measure's rate; not 'a year ago') or of measure ('$0.23/W' is 'W',
    '$2.50 a gallon' 'gal', '$60 a barrel' 'oil_barrel'). None after anything else: a noun the price is paid per
    ('$2.52 a share', '$20 per person') counts things and is no unit."""
    if (time := _rate_regex().match(text, pos) or _money_time_regex().match(text, pos)) is not None:
        return str(data()["time_units"][time.group("time").lower()])
    if (m := _money_per_regex().match(text, pos)) is None:
        return None
    names, symbols, glued = tables()
    if m.group("sym"):
        return (symbols.get(m.group("sym")) or glued[m.group("sym")]).symbol
    return names[" ".join((m.group("name") or m.group("word")).lower().split())].symbol


@lru_cache(maxsize=1)
def _density_regex() -> re.Pattern:
    areas = one_of(list(data()["area_units"]))
    return re.compile(rf"(?:[ \u00a0]*/[ \u00a0]*|[ \u00a0]+per[ \u00a0]+)(?P<area>{areas})(?![A-Za-z0-9²³/])", re.I)


def _density_after(text: str, pos: int, symbol: str) -> tuple[str, int] | None:
    """(density symbol, end) when a measure goes on per unit of area: '1.14Tb per square inch' is 'Tbit/in**2', a
    platter's areal density, not a size (units.json area_units)."""
    m = _density_regex().match(text, pos)
    if m is None:
        return None
    area = " ".join(m.group("area").lower().split())
    return f"{symbol}/{data()['area_units'][area]}", m.end()


def is_idiom(text: str, unit: UnitMatch) -> bool:
    """The unit word begins a phrase that measures nothing: 'one degree of freedom', 'six degrees of separation'."""
    phrases = unit.unit.not_before
    return bool(phrases) and re.match(rf"[ \u00a0]+(?i:{one_of(phrases)})\b", text[unit.end :]) is not None


@lru_cache(maxsize=1)
def _label_regex() -> re.Pattern:
    # "Apt. 1C", "Suite #2F", "Room No. 3C"; a capitalised model designation too: "the A-10C", "an F-16C" (a letter
    # code and a hyphen glued to the number name an aircraft or a part, not a temperature)
    labels = one_of(data()["label_words"])
    labelled = rf"(?<![\w.-])(?:{labels})[ \u00a0]+(?:#[ \u00a0]*|No\.[ \u00a0]*)?"
    return re.compile(rf"(?:{labelled}|(?<![\w-])[A-Z]{{1,3}}-)\Z")


def is_label(text: str, start: int, pos: int, unit: UnitMatch) -> bool:
    """The number at start, with a capital letter glued to it at pos, labels a room, a seat or a model ('Apt. 1C',
    'Unit 4B', 'Gate 4C', 'the A-10C'): the letter is no temperature scale (see units.json: label_words)."""
    letter = text[pos : unit.end]
    return len(letter) == 1 and letter.isupper() and _label_regex().search(text, max(0, start - 16), start) is not None


def is_locant(text: str, start: int, pos: int, unit: UnitMatch) -> bool:
    """The number at start with a prime glued to it at pos is a locant of a chemical name, no foot: before a hyphen
    and a letter ('4′-Methylene-bis(2-chloroaniline)', "2'-deoxycytidine") or after another locant and a comma
    ('4,4′', '1,1′-biphenyl'). A word of size after the hyphen keeps the feet ("a 6'-tall fence"). See units.json:
    locant_marks, locant_not_before."""
    d = data()
    if unit.end != pos + 1 or text[pos] not in d["locant_marks"]:
        return False
    if re.search(rf"(?<![\w.,])\d+[{''.join(d['locant_marks'])}]?,\Z", text[max(0, start - 6) : start]):
        return True
    word = re.match(r"-([A-Za-z]+)", text[unit.end : unit.end + 40])
    return word is not None and word.group(1).lower() not in d["locant_not_before"]


@lru_cache(maxsize=1)
def _name_regexes() -> tuple[re.Pattern, re.Pattern]:
    d = data()
    places = re.compile(rf"[ \u00a0]+(?:{one_of(d['name_places'])})(?![\w-])")
    directions = re.compile(rf"(?<![\w.])(?:{one_of(d['street_directions'])})[ \u00a0]+\Z")
    return places, directions


def in_a_name(text: str, start: int, pos: int, unit: UnitMatch) -> bool:
    """A number and a capitalised singular unit word are a place's name: before a place noun ('Nine Mile Rd.',
    'Three Mile Island', 'the 100 Acre Wood') or after a street's compass point ('201 E. Nine Mile'); not after 'a'
    ('a 10 Mile Trail' measures the trail). See units.json: name_places, street_directions."""
    word = text[pos : unit.end]
    if unit.hyphen or not re.fullmatch(r"[ \u00a0]+[A-Z][a-z]+", word) or word.endswith("s"):
        return False
    if re.search(r"(?<![\w-])(?i:an?)[ \u00a0]+\Z", text[max(0, start - 4) : start]):
        return False
    places, directions = _name_regexes()
    return places.match(text, unit.end) is not None or directions.search(text, max(0, start - 6), start) is not None


def measures_noun_follows(text: str, unit: UnitMatch) -> bool:
    """One of the unit's measures_nouns within the next three words: 'the 16-bit 8088 chip', '32-bit signed
    integers'."""
    nouns = unit.unit.measures_nouns
    words = r"(?:[ \u00a0]+[\w-]+){0,2}?"
    return bool(nouns) and re.match(rf"{words}[ \u00a0]+(?:{one_of(nouns)})\b", text[unit.end :]) is not None


def scale_after_sign(text: str, sign: UnitMatch) -> UnitMatch | None:
    """The temperature scale named after a degree sign: '60° degrees Fahrenheit' is 60 degF."""
    if sign.unit.symbol != "degree" or text[sign.end - 1 : sign.end] not in ("°", "º"):
        return None
    named = match_unit(text, sign.end)
    return named if named and not named.hyphen and named.unit.symbol in ("degC", "degF") else None


def is_known(symbol: str) -> bool:
    return any(u.symbol == symbol for table in tables() for u in table.values())


def _any_word(words: list[str], text: str) -> bool:
    return re.search(rf"(?<![A-Za-z])(?:{one_of(words)})(?![A-Za-z])", text) is not None


def in_context(
    unit: Unit,
    surface: str,
    sentence: str,
    article: str,
    after: str = "",
    where: Whereabouts | None = None,
    value: float | None = None,
    paragraph: str = "",
    before: str = "",
) -> Unit:
    """The unit a bare 'degrees' or 'tons' stands for in this text, `after` the text that follows it, `where` the
    countries the article is about, `value` the reading, `paragraph` the block it stands in and `before` the text
    before its number (see units.json: temperature_cues, temperature_after, angle_after, level_before,
    fahrenheit_countries, us_context_words, metric_cues); any other unit as matched."""
    d = data()
    word = surface.strip(" \u00a0-").lower()
    if unit.symbol == "degree" and word.startswith("degree"):
        stated = _paragraph_scale(paragraph)
        cued = _any_word(d["temperature_cues"], sentence.lower()) or _temperature_after(after)
        if _angle_after(after) or not cued and not (stated and _a_level_reached(surface, before)):
            return unit
        return stated or _temperature_scale(sentence, article, where, value) or unit
    if unit.symbol == "ton" and word in ("ton", "tons") and _any_word(d["metric_cues"], article):
        return unit if _any_word(d["metric_tons_named"], article) else Unit("t")
    if word == "mb" and _is_pressure(sentence, value):
        return Unit("mbar")
    return unit


def _is_pressure(sentence: str, value: float | None) -> bool:
    """'The storm's pressure fell to 960mb': a lower-case 'mb' read in a sentence on pressure or a storm, at a reading
    the air's pressure takes, is millibars (units.json pressure_cues, pressure_range)."""
    low, high = data()["pressure_range"]
    return value is not None and low <= value <= high and _any_word(data()["pressure_cues"], sentence.lower())


def _temperature_scale(sentence: str, article: str, where: Whereabouts | None, value: float | None) -> Unit | None:
    """The scale of a bare temperature in 'degrees' (see the module docstring for the order of the evidence)."""
    d = data()
    if _any_word(d["celsius_words"], article):
        return Unit("degC")
    if _any_word(d["fahrenheit_words"], article):
        return Unit("degF")
    if _any_word(d["climate_cues"], sentence.lower()):
        return Unit("degC")  # "limit warming to 1.5 degrees": the Paris targets are in Celsius everywhere
    if where is not None and (scale := where.temperature_scale(value)):
        return scale  # "Temperatures in London reached 33 degrees": the article's places report in Celsius
    if _any_word(d["customary_words"], article):
        return Unit("degF")
    # "temperatures reached 10 to 20 degrees above normal in California": a US article's scale
    return Unit("degF") if _any_word(d["us_context_words"], article) else None


def _paragraph_scale(paragraph: str) -> Unit | None:
    """The one temperature scale a paragraph names, None when it names none or both. A bare 'degrees' beside it is
    read in it before the article's scales: 'the keyboard's metal surface routinely hit 107 degrees Fahrenheit
    ... it hit a maximum of 89 degrees while running under load' is 89 degF, though the same review gives a
    processor's '83 degrees Celsius' further on."""
    d = data()
    celsius, fahrenheit = _any_word(d["celsius_words"], paragraph), _any_word(d["fahrenheit_words"], paragraph)
    if celsius == fahrenheit:
        return None
    return Unit("degC") if celsius else Unit("degF")


@lru_cache(maxsize=1)
def _level_regex() -> re.Pattern:
    # 'hit a maximum of 89 degrees', 'reached about 30 degrees': a bound or a qualifier may stand between
    bound = r"(?:a|an|its|the)[ \u00a0]+(?:maximum|minimum|high|low|peak|record)[ \u00a0]+of"
    between = rf"(?:{bound}|about|around|nearly|almost|roughly|just|over|under|above|below|only|up[ \u00a0]+to)"
    return re.compile(rf"(?<![A-Za-z])(?:{one_of(data()['level_before'])})(?:[ \u00a0]+{between})*[ \u00a0]+\Z", re.I)


def _a_level_reached(surface: str, before: str) -> bool:
    """A bare 'degrees' reached as a level ('it hit a maximum of 89 degrees', units.json level_before), which its
    paragraph's stated scale may make a temperature with no heat word in its sentence; not a hyphened modifier ('a
    40-degree angle') nor an angle turned through ('The ramp in Madrid rises 30 degrees')."""
    return not surface.lstrip(" \u00a0").startswith("-") and _level_regex().search(before) is not None


def _angle_after(after: str) -> bool:
    """'45 degrees off the line', '40 degrees north': the words after a bare 'degrees' make it an angle or a bearing
    whatever its sentence and paragraph say of heat (units.json angle_after)."""
    return _words_after(after, "angle_after")


def _temperature_after(after: str) -> bool:
    """'8 degrees above average', '5 degrees below zero': the words after the unit measure a temperature."""
    return _words_after(after, "temperature_after")


def _words_after(after: str, key: str) -> bool:
    """The text after a bare 'degrees' opens with one of the phrases of units.json's list `key`, a whole word."""
    return re.match(rf"[ \u00a0]+(?:{one_of(data()[key])})(?![A-Za-z])", after.lower()) is not None


def compound(symbol: str) -> tuple[str, float] | None:
    """(smaller unit, how many in one of `symbol`) when a measure in `symbol` may go on in a smaller unit."""
    pair = data()["compounds"].get(symbol)
    return (pair[0], float(pair[1])) if pair else None
