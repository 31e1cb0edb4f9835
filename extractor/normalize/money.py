"""Currency surface forms to ISO 4217 codes: "$", "HK$", "RMB", "yuan", "Canadian dollars", "EUR".

The name table is pycountry's ISO 4217 names (singular and plural) plus data/currencies.json for
symbols, colloquial names ("yuan", "greenback") and the default a catch-all name takes ("dollar" is
USD, as a bare "$" is).

A bare "$" is USD (SPEC) unless the text says otherwise, and a page a dollar country publishes about its own
places says so: bare_dollar reads the publisher's country and the resolved places' (a Whereabouts) with the
vocabulary of currencies.json home_dollars. So does a text with no country-code domain (a .com page, a wire text
with no address) whose resolved places nearly all lie in one dollar country and which never writes the US dollar
out (story_dollar_places). Only where all the evidence agrees, since a wrong switch costs as
much as a wrong default: an Australian site's story on Wall Street, whose places are American, stays USD.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pycountry

from ..data import load, one_of
from .places import gazetteer
from .units import Whereabouts

__all__ = [
    "after_digits_only",
    "bare_dollar",
    "bare_pound",
    "bare_sign",
    "codes",
    "data",
    "dollar_named_after",
    "home_sign",
    "home_signs",
    "is_dollar",
    "is_pound",
    "local_dollar",
    "minor_unit",
    "minor_unit_regex",
    "name_code",
    "names_its_dollar",
    "named_minor_unit",
    "name_table",
    "prefix_code",
    "prefix_regex",
    "suffix_regex",
    "world_priced",
]


def data() -> dict:
    return load("currencies")


def _plural(name: str) -> list[str]:
    head, _, last = name.rpartition(" ")
    if last.endswith(("s", "x")):
        return [name]
    forms = [name + "s"]
    if last.endswith("y"):
        forms.append(name[:-1] + "ies")
    return forms


@lru_cache(maxsize=1)
def name_table() -> dict[str, str | None]:
    """Lower-cased currency name (singular and plural) -> ISO code (None: a currency without one)."""
    table: dict[str, str | None] = {}
    wordy = set(data()["wordy_names"])  # ordinary words after a number ('3 gold medals', '5 som')
    for cur in pycountry.currencies:
        name = re.sub(r"\s*\(.*\)", "", cur.name).lower()
        if cur.alpha_3.startswith("X") or name in wordy:
            continue
        for form in (name, *_plural(name)):
            table.setdefault(form, cur.alpha_3)
    for name in data()["pound_names"]:  # the finder checks is_pound() against weight
        table[name] = data()["pound_code"]
    for names in (data()["historic"], data()["names"]):
        for name, code in names.items():
            for form in (name, *_plural(name)):
                table[form] = code
    return table


@lru_cache(maxsize=1)
def codes() -> list[str]:
    blocked = set(data()["code_blocklist"])
    return [c.alpha_3 for c in pycountry.currencies if c.alpha_3 not in blocked and not c.alpha_3.startswith("X")]


@lru_cache(maxsize=1)
def prefix_regex() -> re.Pattern:
    """A currency sign or code that ends where a number starts: search it in the text just before."""
    d = data()
    glued = set(d["glued_prefixes"]) | home_signs()
    spaced = [s for s in d["prefix_symbols"] if s not in glued]
    # signs may stand apart from the number ("$ 75 million"); letter codes need a word boundary before.
    # Two-letter dollar prefixes also match lower-cased and spaced ("hk $"); one letter would take "a $5 bill".
    dollars = [s[:-1] for s in spaced if s.endswith("$") and len(s) >= 3 and s[:-1].isalpha()]
    dollars += d.get("spaced_letter_dollars", [])
    return re.compile(
        rf"(?:(?<![A-Za-z])(?:{one_of(spaced + codes())}|(?i:{one_of(dollars)})[ \u00a0]?\$)[ \u00a0]?"
        rf"|(?<![A-Za-z])(?:{one_of(glued)}))\Z"
    )


@lru_cache(maxsize=1)
def suffix_regex() -> re.Pattern:
    """A currency name or code right after a number (and its scale word): '96.4 billion yuan', '5 USD'."""
    names = one_of(name_table())
    # signs, not letters: "€", "₹" and the CJK "元" (a letter to Python, a sign to a reader: "100元")
    signs = one_of(s for s in data()["prefix_symbols"] if not any(c.isascii() and c.isalpha() for c in s))
    # "a 10-dollar bill"; signs after the number as in "100 €", "100元"; not a sign that a number follows, which
    # is the next amount's ("$100,000-$1 million": the range's second end); not a name that opens a contraction
    # ("one won't")
    name = rf"(?i:(?:{names})(?![\w-])(?!['’]t\b))"
    return re.compile(rf"(?:[ \u00a0]*-?[ \u00a0]*)(?:{name}|(?:{one_of(codes())})\b|(?:{signs})(?![ \u00a0]?\.?\d))")


def prefix_code(symbol: str, article_text: str = "") -> str | None:
    """ISO code of a prefix sign or code; a shared sign ("¥") follows what the article names."""
    symbol = symbol.strip()
    d = data()
    code = d["prefix_symbols"].get(symbol) or (symbol if symbol in codes() else None)
    if code is None and symbol.endswith("$"):  # "us $", "hk $": tokenized or lower-cased text
        code = d["prefix_symbols"].get(re.sub(r"[ \u00a0]+", "", symbol).upper())
    for alt_code, words in d["symbol_context"].get(symbol, {}).items():
        if any(re.search(rf"\b{re.escape(w)}\b", article_text) for w in words):
            return alt_code
    return code


@lru_cache(maxsize=1)
def home_signs() -> frozenset[str]:
    """Every letter sign of currencies.json home_letter_signs ('P', 'K', 'RM')."""
    return frozenset(sign for signs in data()["home_letter_signs"].values() for sign in signs)


def home_sign(symbol: str, where: Whereabouts | None, article_text: str) -> str | None:
    """The code of a home country's letter sign glued to a number (currencies.json home_letter_signs) when the story's
    home is that country ('Suarez also ordered Deen and Villanueva to pay P5 million in damages' of a Paranaque court:
    PHP); None elsewhere, where the letter is something else ('K9', a grade 'P5'). The home is the publisher's country
    when no other country holds more of the resolved places; with no country-code domain, the story's country as a
    bare '$' reads it (_story_country)."""
    home = _home_country(where, article_text)
    return data()["home_letter_signs"].get(home or "", {}).get(symbol.strip())


def _home_country(where: Whereabouts | None, article_text: str) -> str | None:
    """The publisher's country when no other country holds more of the resolved places; with none, _story_country."""
    if where is None:
        return None
    places = where.places
    if where.publisher is not None:
        mine = places.count(where.publisher)
        return where.publisher if all(places.count(c) <= mine for c in set(places)) else None
    return _story_country(places, article_text)


def name_code(name: str) -> str | None:
    """ISO code of a currency name or code written after the number."""
    name = re.sub(r"\s+", " ", name.strip(" \u00a0-"))
    if name in data()["prefix_symbols"]:
        return data()["prefix_symbols"][name]
    if name.isupper() and name in codes():
        return name
    return name_table().get(name.lower())


def after_digits_only(name: str) -> bool:
    """A currency name that is also a common word ('won') is money only after digits: '50,000 won', not 'two won'."""
    return name.strip(" \u00a0-").lower() in data()["digits_only_names"]


def is_pound(name: str) -> bool:
    """'pounds' is money or weight; the finder decides by context (scale word, '£' elsewhere)."""
    return name.strip(" \u00a0-").lower() in data()["pound_names"]


@lru_cache(maxsize=1)
def minor_unit_regex() -> re.Pattern:
    """'26 cents', '12 cent', 'one Singapore cent': a minor unit right after a number (not '5-cent coin', which names
    a coin)."""
    m = data()["minor_units"]
    named = [f"{name}{s}" for name in m["named"] for s in ("s", "")]
    return re.compile(rf"[ \u00a0]+(?i:{one_of([*named, *m['names']])})(?![\w-])")


def named_minor_unit(surface: str) -> str | None:
    """The code of a minor unit that names its currency ('Singapore cents' is SGD), else None."""
    name = re.sub(r"\s+", " ", surface.strip().lower()).removesuffix("s")
    return data()["minor_units"]["named"].get(name)


@lru_cache(maxsize=1)
def _minor_context() -> dict[str, re.Pattern]:
    """Code -> the words and signs that name it in a text ('S$' not inside 'US$'; a bare '$' before a number)."""
    out = {}
    for code, words in data()["minor_units"]["context"].items():
        cues = [r"\$(?=[ \u00a0]?\d)" if w == "$" else re.escape(w) for w in words]
        out[code] = re.compile(rf"(?<![A-Za-z$])(?:{'|'.join(cues)})(?![A-Za-z])", re.IGNORECASE)
    return out


@lru_cache(maxsize=8)
def minor_unit(article_text: str = "", where: Whereabouts | None = None) -> tuple[str, float]:
    """(ISO code, minor units per major unit) for cents in this article: the currency it names most often, else
    the default (USD); the default is the home dollar a bare '$' is (bare_dollar) when the text never writes the
    US dollar out ('US$', 'U.S. dollars')."""
    m = data()["minor_units"]
    mentions = {code: len(regex.findall(article_text)) for code, regex in _minor_context().items()}
    best = max(mentions, key=lambda code: mentions[code])
    if mentions[best] == 0 or mentions[best] == mentions.get(m["default"], 0):
        if _written_us_dollar().search(article_text):
            return m["default"], m["per_major"]
        return bare_dollar(article_text, where), m["per_major"]
    return best, m["per_major"]


@lru_cache(maxsize=1)
def _written_us_dollar() -> re.Pattern:
    """The US dollar written out ('US$', 'USD', 'U.S. dollars'), not a bare '$'."""
    words = [w for w in data()["minor_units"]["context"]["USD"] if w != "$"]
    return re.compile(rf"(?<![A-Za-z$])(?:{one_of(words)})(?![A-Za-z])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _dollar_nationality_regex() -> re.Pattern:
    """'Canadian' of 'canadian dollar' -> CAD: the words that name a dollar in the names table."""
    words = {n[: -len(" dollar")] for n in data()["names"] if n.endswith(" dollar") and n != "dollar"}
    return re.compile(rf"[ \u00a0]+(?i:({one_of(words)}))(?![\w-])(?![ \u00a0]+(?i:dollars?)\b)")


def dollar_named_after(text: str, pos: int) -> tuple[str, int] | None:
    """(code, end) of a dollar named right after an amount in '$': '$254-billion Canadian' is CAD. Not when
    the currency name follows ('$5 Canadian dollars' is read by the suffix)."""
    m = _dollar_nationality_regex().match(text, pos)
    code = data()["names"].get(f"{m.group(1).lower()} dollar") if m else None
    return (code, m.end()) if code and m else None


@lru_cache(maxsize=8)
def bare_dollar(article_text: str, where: Whereabouts | None) -> str:
    """The code of a bare '$' in this article: the home dollar (currencies.json home_dollars) of the publisher's
    country when more of its resolved places lie there than in the places paying in US dollars; with no
    country-code domain, of the one country holding most of its resolved places (_story_home); in both, only when
    the text never writes that dollar out ('A$', 'Australian dollars'). Else USD."""
    if where is None:
        return "USD"
    d = data()
    home = d["home_dollars"].get(where.publisher or "")
    if home is not None:
        in_home = sum(code == where.publisher for code in where.places)
        in_usd = sum(code in d["usd_places"] for code in where.places)
        home = home if in_home > in_usd else None
    elif where.publisher is None and not _written_us_dollar().search(article_text):
        home = _story_home(where.places, article_text)
    if home is None or _minor_context()[home].search(article_text):
        return "USD"
    return home


@lru_cache(maxsize=1)
def _written_pounds() -> tuple[re.Pattern, dict[str, str], re.Pattern]:
    """The home pounds written out ('Egyptian pounds', 'South Sudanese pound': the name table's names of the codes
    of currencies.json home_pounds) with their codes, and the British pound written out in words."""
    home = set(data()["home_pounds"].values())
    names = {
        name: code
        for name, code in name_table().items()
        if code and code in home and name.endswith(("pound", "pounds"))
    }
    british = data()["british_pound_words"]
    return (
        re.compile(rf"(?<![\w-])(?i:{one_of(names)})(?![\w-])"),
        names,
        re.compile(rf"(?<![\w-])(?i:{one_of(british)})(?![\w-])"),
    )


@lru_cache(maxsize=8)
def bare_pound(article_text: str, where: Whereabouts | None) -> str | None:
    """The code of a bare 'pounds' in this article when it is another country's pound: the one home pound
    (currencies.json home_pounds) the text writes out ('8,000 Egyptian pounds'), when the text writes no British
    pound out in words and more of its resolved places lie in that country than in the United Kingdom. Else None
    (the pound finder's default, GBP)."""
    if where is None:
        return None
    written, names, british = _written_pounds()
    named = {names[m.group(0).lower()] for m in written.finditer(article_text)}
    if len(named) != 1 or british.search(article_text):
        return None
    code = named.pop()
    country = next(c for c, home in data()["home_pounds"].items() if home == code)
    return code if where.places.count(country) > where.places.count("GB") else None


def local_dollar(article_text: str, where: Whereabouts | None) -> str | None:
    """The paper's own dollar, which a bare '$' converting another dollar is ('at least $US4.5 billion ($5.8
    billion)' in a Sydney paper: AUD): the publisher's country's home dollar (currencies.json home_dollars); with no
    country-code domain, the story's country's (_story_home). None when no local dollar is known. Unlike
    bare_dollar, the story's places need not lie at home: the text has named the other dollar itself, so its bare
    '$' is not that one."""
    if where is None:
        return None
    if where.publisher is not None:
        return data()["home_dollars"].get(where.publisher)
    return _story_home(where.places, article_text)


@lru_cache(maxsize=1)
def _dollar_codes() -> frozenset[str]:
    """The codes of the dollars: ISO 4217 currencies named a dollar ('US Dollar', 'Australian Dollar', 'East
    Caribbean Dollar'); not the other currencies written with a '$' ('R$', 'Mex$'), which a wire story converts
    into US dollars with a bare '$' as any currency."""
    return frozenset(c.alpha_3 for c in pycountry.currencies if "dollar" in c.name.lower())


def is_dollar(code: str | None) -> bool:
    """Whether the ISO code is a dollar's ('USD', 'AUD', 'TWD')."""
    return code in _dollar_codes()


def _sign_at(text: str, start: int, end: int) -> str | None:
    """The currency sign or code right before the first digit of text[start:end] ('$', '$US', 'C$'), stripped."""
    digit = re.compile(r"\d").search(text, start, end)
    sign = prefix_regex().search(text, max(start, digit.start() - 12), digit.start()) if digit else None
    return sign.group(0).strip() if sign else None


def bare_sign(text: str, start: int, end: int) -> bool:
    """Whether the money text[start:end] is written with a bare '$' before its number ('$5.8 billion', 'about $453'),
    not a dollar that names its country ('$US4.5 billion', 'C$100') nor one named after it ('$5 Canadian')."""
    return _sign_at(text, start, end) == "$" and not _dollar_nationality_regex().search(text, start, end)


@lru_cache(maxsize=1)
def _named_dollar_regex() -> re.Pattern:
    """A dollar named with its country ('US dollars', 'Canadian dollar') or by its code ('USD', 'AUD')."""
    names = [n for n, code in name_table().items() if is_dollar(code) and n not in ("dollar", "dollars")]
    return re.compile(rf"(?<![\w-])(?i:{one_of(names)})(?![\w-])|\b(?:{one_of(sorted(_dollar_codes()))})\b")


def names_its_dollar(text: str, start: int, end: int) -> bool:
    """Whether the money text[start:end] writes out which dollar it is: a sign naming it ('$US4.5 billion', 'C$100'),
    its code or its name ('USD 5 million', '5 million Canadian dollars'); not a bare '$' nor a bare 'dollars'."""
    sign = _sign_at(text, start, end)
    if sign is not None and sign != "$" and is_dollar(prefix_code(sign)):
        return True
    return _named_dollar_regex().search(text, start, end) is not None


def _story_home(places: tuple[str, ...], article_text: str) -> str | None:
    """The home dollar (currencies.json home_dollars) of the story's country (_story_country)."""
    country = _story_country(places, article_text)
    return data()["home_dollars"].get(country) if country else None


def _story_country(places: tuple[str, ...], article_text: str) -> str | None:
    """The country of a story a page of no country publishes, read from its resolved places alone: at least
    'at_least' of them in one country (or one, when the text writes that country's name 'named_at_least'
    times: 'the Jamaica Cancer Society' is a name the place finder rightly does not take for the island), 'share'
    of them all (each abbreviation of the country's states the text writes, 'Wastewater in WA', one more place),
    none in a place paying in US dollars unless the story settles in the country first
    (_past_usd_asides; currencies.json story_dollar_places, story_dollar_regions). Stricter than a
    domain's rule, as the places are the only evidence."""
    rule = data()["story_dollar_places"]
    places = _past_usd_asides(places)
    if not places:
        return None
    country = max(set(places), key=places.count)
    written = _regions_written(article_text, country)  # "Wastewater in WA": one more place of that country
    n = places.count(country) + written
    if n < rule["share"] * (len(places) + written):
        return None
    if n < rule["at_least"] and _country_named(article_text, country) < rule["named_at_least"]:
        return None
    return country


def _past_usd_asides(places: tuple[str, ...]) -> tuple[str, ...]:
    """The places a bare '$' is read by, with those paying in US dollars set aside when the story is settled
    elsewhere first: its first 'lead' resolved places all lie in one other country, which the story names more
    often than the US-dollar places ('Like many towns across Alberta, ... Hinton ... He also points to Boise, Idaho'
    as an example; a New South Wales fire story that sizes the burnt area against 'Greater London' and 'Austria'
    before Morrison's 'holiday in Hawaii'). Places between the lead and the first US-dollar one may lie anywhere.
    Otherwise any US-dollar place leaves nothing to read (currencies.json story_dollar_places)."""
    d = data()
    usd = [code in d["usd_places"] for code in places]
    if not any(usd):
        return places
    n = d["story_dollar_places"]["lead"]
    lead = places[:n]  # the places after the lead may compare ('an area larger than Austria') before the aside
    if usd.index(True) < n or len(set(lead)) != 1:
        return ()
    if places.count(lead[0]) <= sum(usd):
        return ()
    return tuple(code for code, in_usd in zip(places, usd, strict=True) if not in_usd)


@lru_cache(maxsize=1)
def _region_regexes() -> dict[str, re.Pattern]:
    return {
        country: re.compile(rf"(?<![\w.-])(?:{one_of(words)})(?![\w-])")
        for country, words in data()["story_dollar_regions"].items()
    }


def _regions_written(text: str, country: str) -> int:
    """How often the text writes an abbreviation of one of the country's states or provinces (currencies.json
    story_dollar_regions: 'WA', 'NSW', 'Ont.'), case-sensitive."""
    rx = _region_regexes().get(country)
    return len(rx.findall(text)) if rx else 0


def _country_named(text: str, country: str) -> int:
    """How often the text writes the country's name ('Jamaica'; not the adjective 'Jamaican')."""
    gz = gazetteer()  # the country's name as the place finder reads it
    name = gz.places[gz.country[country]].name if country in gz.country else None
    return len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)) if name else 0


@lru_cache(maxsize=1)
def _world_priced_regex() -> re.Pattern:
    units = one_of(data()["world_priced_per"])
    return re.compile(rf"[ \u00a0]*(?:an?|per|/)[ \u00a0]*(?:{units})(?![A-Za-z])", re.IGNORECASE)


def world_priced(text: str, pos: int) -> bool:
    """A price per unit of a commodity the world prices in US dollars ('$55.12 per barrel', '$1,300 an ounce'),
    right after the amount: a bare '$' before it stays USD in any country's story (currencies.json world_priced_per)."""
    return _world_priced_regex().match(text, pos) is not None
