"""Names listed before a plural designator: 'Barry, Berrien, Calhoun, Cass, Kalamazoo and Van Buren counties',
"China's Hunan and Hubei provinces"; and after one, lower case, before 'of', 'such as', 'like' or 'including': 'the
Brazilian states of Mato Grosso and Paraná', 'states such as California or Washington' (no first item's leading
words to lose there).

The plural designator is each item's own: 'Calhoun' there is Calhoun County, not a town called Calhoun, and
'Berrien' a county though the model tagged it a person. Decisions:
- an item is looked up with the designator's singular after it first ('Calhoun County': the gazetteer knows US
  counties by their full name only), else by its own name among the subdivisions (or, for 'townships', the towns)
  of that name ('Kiambu and Nyeri counties' are Kenya's first level, 'Cork and Kerry counties' Ireland's second);
- a list is of like things in one area: each item's senses are narrowed to the state (a county's, a town's) or
  the country (a state's, a province's) where most items have a sense, when two or more do; an item with no
  sense there keeps its own;
- only whole lists: two or more items joined by commas and a last 'and', 'or' or '&', every one of them a place
  of the designator's kind, and either an area shared by two of them or one sense each ('Bergen and Rockland
  counties' lie in two states). 'Banksy and London boroughs' is no list of boroughs; a first item may lose
  leading words that are no part of the name ("China's Hunan", 'In Barry'). A compass word alone ('the
  Northern and Southern states') names no subdivision.
- a town's plural ('towns', 'villages', 'cities': 'the towns of Haris and Varzaqan in East Azerbaijan province',
  tagged one organisation) lists towns of one country: the country of the place named after the list with 'in',
  else the one of every item's largest town ('cities such as Paris and London' is no list of Kentucky's towns); an
  item with no town there is left out, and the state is left to the resolver (a state holding a namesake of each
  item is no evidence). Written capitalised ('Hertford and Ware Towns') it names clubs.
Each item is its own mention, its span the name as written, its name the one looked up ('Calhoun County'), its
hint the kind of the senses it keeps; the mentions the model's tags made of the same words give way to it.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from spacy.tokens import Doc

from ...nlp import text_of
from ...normalize.places import LOCAL_TYPES, SUBDIVISION_TYPES, TOWN_TYPES, Gazetteer, Place, tables
from .words import Mention, word_set

__all__ = ["plural_designator_lists"]

_WORD = r"[A-Z][\w'’.-]*"
_NAME = rf"{_WORD}(?: {_WORD}){{0,3}}"
_MAX_WORDS = 3  # an item's name, leading words that are no part of it aside


@cache
def _plurals() -> dict[str, str]:
    """Each plural designator (lower case) and its singular as written after a name ('counties' -> 'County')."""
    return dict(tables()["designators_plural"])


@cache
def _list_pattern() -> re.Pattern[str]:
    plurals = "|".join(sorted(_plurals(), key=len, reverse=True))
    return re.compile(
        rf"(?P<items>{_NAME}(?:, {_NAME})*),? (?:and|or|&) (?P<last>{_NAME}) (?P<plural>(?i:{plurals}))\b"
    )


@cache
def _of_pattern() -> re.Pattern[str]:
    """'the Brazilian states of Mato Grosso and Paraná': the plural designator, lower case, before 'of' and the
    list ('the United States of America' is no list: its 'States' is capitalised); or before a word that
    introduces examples of it ('western states such as California or Washington': the state, not Washington,
    Utah, that the article's Utah lifts; 'provinces such as Alberta, Saskatchewan and Newfoundland')."""
    plurals = "|".join(sorted(_plurals(), key=len, reverse=True))
    return re.compile(
        rf"\b(?P<plural>{plurals}) (?:{_EXAMPLES}) (?P<items>{_NAME}(?:, {_NAME})*),? (?:and|or|&) (?P<last>{_NAME})\b"
    )


# the words between a lower-case plural designator and the list it governs
_EXAMPLES = "of|such as|like|including"


def plural_designator_lists(mentions: list[Mention], docs: list[Doc], gz: Gazetteer) -> list[Mention]:
    """The mentions with each listed item of a plural designator made one of the designator's kind; the mentions
    of the same words the model's tags made are dropped."""
    found: list[Mention] = []
    for block, doc in enumerate(docs):
        text = text_of(doc)
        for match in _list_pattern().finditer(text):
            found += _list_mentions(block, text, match, gz, mentions)
        for match in _of_pattern().finditer(text):
            found += _list_mentions(block, text, match, gz, mentions, after=False)
    if not found:
        return mentions
    kept = [m for m in mentions if not any(f.block == m.block and f.start < m.end and m.start < f.end for f in found)]
    return kept + found


def _list_mentions(
    block: int, text: str, match: re.Match[str], gz: Gazetteer, mentions: list[Mention], after: bool = True
) -> list[Mention]:
    """The items of one list as mentions, or none when it is no list of places of the designator's kind. A list
    after its designator ('the states of A and B') starts at its first item: no leading words to lose."""
    plural = match.group("plural")
    if plural[0].isupper() and not plural.istitle():
        return []  # 'COUNTIES' in a shouted headline
    singular = _plurals()[plural.lower()]
    towns = tables()["designators_after"][singular.lower()] in TOWN_TYPES
    if towns and plural[0].isupper():
        return []  # 'Hertford and Ware Towns' are clubs; a list of towns writes its designator lower case
    items = _items(match)
    senses = []
    for k, (start, end) in enumerate(items):
        found = _item_senses(text[start:end], singular, gz, first=after and k == 0)
        if found is None:
            return []
        name, indexes, hint, skipped = found
        senses.append((start + skipped, end, name, indexes, hint))
    if towns:
        senses = _in_one_country(senses, _country_after(block, match.end(), text, mentions, gz), gz)
    if not senses:
        return []
    # a list of towns is narrowed to its country only: a state that happens to hold a namesake of each item (Portland
    # and Springfield, Illinois) is no evidence, the resolver's prior (population, the article's places) is
    area = None if towns else _shared_area([[gz.places[i] for i in s[3]] for s in senses])
    if area is None and not towns and any(len(s[3]) > 1 for s in senses):
        return []
    out = []
    for start, end, name, indexes, hint in senses:
        there = [i for i in indexes if _area(gz.places[i]) == area]
        keep = there or indexes
        m = Mention(block, start, end, name, hint)
        m.candidates, m.narrowed = keep, True
        out.append(m)
    return out


_Senses = tuple[int, int, str, list[int], str]


def _in_one_country(senses: list[_Senses], named: str | None, gz: Gazetteer) -> list[_Senses]:
    """A list of towns lies in one country: the one the words after it name ('the towns of Haris and Varzaqan in
    East Azerbaijan province'), else the one where every item's largest town lies ('the cities of Dallas and Fort
    Worth'; 'cities such as Paris and London' is none: Paris, Kentucky and London, Kentucky are not meant). Each
    item keeps its senses there; one with none there is left out (the Haris of Palestine is no town of Iran's),
    all of them when no country is found."""
    country = named
    if country is None:
        largest = {max((gz.places[i] for i in s[3]), key=lambda p: p.population).country_code for s in senses}
        country = largest.pop() if len(largest) == 1 else None
    out = []
    for start, end, name, indexes, hint in senses:
        there = [i for i in indexes if gz.places[i].country_code == country]
        if there:
            out.append((start, end, name, there, hint))
    return out


def _country_after(block: int, end: int, text: str, mentions: list[Mention], gz: Gazetteer) -> str | None:
    """The one country of the place mention right after a list and 'in' ('... in Idlib province')."""
    gap = re.match(r" in (?:the )?", text[end:])
    if gap is None:
        return None
    at = end + gap.end()
    countries = {
        gz.places[i].country_code for m in mentions if m.block == block and m.start == at for i in m.candidates
    }
    return countries.pop() if len(countries) == 1 else None


def _items(match: re.Match[str]) -> list[tuple[int, int]]:
    """The character spans of a list's items."""
    out = []
    at = match.start("items")
    for part in match.group("items").split(", "):
        out.append((at, at + len(part)))
        at += len(part) + 2
    # a last item that ends the sentence leaves its full stop out ('states such as Utah, Colorado, and Idaho.')
    out.append((match.start("last"), match.end("last") - match.group("last").endswith(".")))
    return out


def _item_senses(item: str, singular: str, gz: Gazetteer, first: bool) -> tuple[str, list[int], str, int] | None:
    """The name looked up, its senses of the designator's kind, their hint and the characters left out before it;
    None when the item has none. Only the first item may lose leading words ("China's Hunan")."""
    words = item.split(" ")
    article = len(words) > 1 and words[0].lower() in ("the", "a")  # 'The Kiambu and Nyeri counties'
    for skip in range(int(article), len(words) if first else 1):
        rest = words[skip:]
        if len(rest) > _MAX_WORDS or all(w.lower() in word_set("direction_words") for w in rest):
            continue
        name = " ".join(rest)
        found = _senses_of(name, singular, gz)
        if found is not None:
            return *found, len(" ".join(words[:skip])) + (skip > 0)
    return None


def _senses_of(name: str, singular: str, gz: Gazetteer) -> tuple[str, list[int], str] | None:
    """The name looked up, its senses and the hint they take: a subdivision by the name with the designator
    ('Calhoun County') or by its own ('Kiambu'); else a town, for a township or as the seat a county or a district
    is named after (as 'Awat county' reads: the gazetteer lists many a district by its seat only)."""
    kind = tables()["designators_after"][singular.lower()]
    if kind not in TOWN_TYPES:
        for looked_up in (f"{name} {singular}", name):
            indexes = [i for i in gz.lookup(looked_up) if gz.places[i].place_type in SUBDIVISION_TYPES]
            if indexes:
                return looked_up, indexes, gz.places[indexes[0]].place_type
    if kind in LOCAL_TYPES:
        indexes = [i for i in gz.lookup(name) if gz.places[i].place_type in TOWN_TYPES]
        if indexes:
            return name, indexes, kind
    return None


def _area(p: Place) -> str | None:
    """A county's or a town's state, a state's country: where a list of like places lies."""
    return p.country_code if p.place_type == "admin1" else p.parent or p.country_code


def _shared_area(items: list[list[Place]]) -> str | None:
    """The area most items have a sense in, when two or more do."""
    counts = Counter(a for senses in items for a in {_area(p) for p in senses} if a)
    best = counts.most_common(1)
    return best[0][0] if best and best[0][1] >= 2 else None
