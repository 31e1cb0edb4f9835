"""Currency surface forms to ISO 4217 codes: "$", "HK$", "RMB", "yuan", "Canadian dollars", "EUR".

The name table is pycountry's ISO 4217 names (singular and plural) plus data/currencies.json for
symbols, colloquial names ("yuan", "greenback") and the default a catch-all name takes ("dollar" is
USD, as a bare "$" is).
"""

from __future__ import annotations

import re
from functools import lru_cache

import pycountry

from ..data import load

__all__ = [
    "codes",
    "data",
    "dollar_named_after",
    "is_pound",
    "minor_unit",
    "minor_unit_regex",
    "name_code",
    "name_table",
    "prefix_code",
    "prefix_regex",
    "suffix_regex",
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


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=1)
def prefix_regex() -> re.Pattern:
    """A currency sign or code that ends where a number starts: search it in the text just before."""
    d = data()
    glued = set(d["glued_prefixes"])
    spaced = [s for s in d["prefix_symbols"] if s not in glued]
    # signs may stand apart from the number ("$ 75 million"); letter codes need a word boundary before.
    # Two-letter dollar prefixes also match lower-cased and spaced ("hk $"); one letter would take "a $5 bill".
    dollars = [s[:-1] for s in spaced if s.endswith("$") and len(s) >= 3 and s[:-1].isalpha()]
    dollars += d.get("spaced_letter_dollars", [])
    return re.compile(
        rf"(?:(?<![A-Za-z])(?:{_alt(spaced + codes())}|(?i:{_alt(dollars)})[ \u00a0]?\$)[ \u00a0]?"
        rf"|(?<![A-Za-z])(?:{_alt(glued)}))\Z"
    )


@lru_cache(maxsize=1)
def suffix_regex() -> re.Pattern:
    """A currency name or code right after a number (and its scale word): '96.4 billion yuan', '5 USD'."""
    names = _alt(name_table())
    # signs, not letters: "€", "₹" and the CJK "元" (a letter to Python, a sign to a reader: "100元")
    signs = _alt(s for s in data()["prefix_symbols"] if not any(c.isascii() and c.isalpha() for c in s))
    # "a 10-dollar bill"; signs after the number as in "100 €", "100元"
    return re.compile(rf"(?:[ \u00a0]*-?[ \u00a0]*)(?:(?i:(?:{names})(?![\w-]))|(?:{_alt(codes())})\b|(?:{signs}))")


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


def name_code(name: str) -> str | None:
    """ISO code of a currency name or code written after the number."""
    name = re.sub(r"\s+", " ", name.strip(" \u00a0-"))
    if name in data()["prefix_symbols"]:
        return data()["prefix_symbols"][name]
    if name.isupper() and name in codes():
        return name
    return name_table().get(name.lower())


def is_pound(name: str) -> bool:
    """'pounds' is money or weight; the finder decides by context (scale word, '£' elsewhere)."""
    return name.strip(" \u00a0-").lower() in data()["pound_names"]


@lru_cache(maxsize=1)
def minor_unit_regex() -> re.Pattern:
    """'26 cents', '12 cent': a minor unit right after a number (not '5-cent coin', which names a coin)."""
    return re.compile(rf"[ \u00a0]+(?i:{_alt(data()['minor_units']['names'])})(?![\w-])")


def minor_unit(article_text: str = "") -> tuple[str, float]:
    """(ISO code, minor units per major unit) for cents in this article: USD unless it names another currency."""
    m = data()["minor_units"]
    for code, words in m["context"].items():
        if any(re.search(rf"\b{re.escape(w)}\b", article_text, re.IGNORECASE) for w in words):
            return code, m["per_major"]
    return m["default"], m["per_major"]


@lru_cache(maxsize=1)
def _dollar_nationality_regex() -> re.Pattern:
    """'Canadian' of 'canadian dollar' -> CAD: the words that name a dollar in the names table."""
    words = {n[: -len(" dollar")] for n in data()["names"] if n.endswith(" dollar") and n != "dollar"}
    return re.compile(rf"[ \u00a0]+(?i:({_alt(words)}))(?![\w-])(?![ \u00a0]+(?i:dollars?)\b)")


def dollar_named_after(text: str, pos: int) -> tuple[str, int] | None:
    """(code, end) of a dollar named right after an amount in '$': '$254-billion Canadian' is CAD. Not when
    the currency name follows ('$5 Canadian dollars' is read by the suffix)."""
    m = _dollar_nationality_regex().match(text, pos)
    code = data()["names"].get(f"{m.group(1).lower()} dollar") if m else None
    return (code, m.end()) if code and m else None
