"""Designators: the words that say what kind of place a name is, stripped from the name and kept as its hint.

Decisions: 'Zhejiang province' is Zhejiang, a province (admin1); 'the United States' loses its article and
"Israel's" its possessive; a name the gazetteer knows whole keeps its designator-like word ('Cape Town', 'Yuba
City'); a designator inside the entity before the name ('the City of Montreal') is stripped only when the gazetteer
knows a place of that kind by the rest; a lower-case direction ('north west London') is no part of the name, a
capitalised one only before a country's, a region's or a large city's name ('Western Canada', not 'Eastern
Michigan'), and 'Far North Queensland' a state's part; a regime's or an era's word before a country's name ('Nazi
Germany', 'ancient Greece') is no part of it either. A designator written right after the entity ('Awat county')
or before it ('the city of Aleppo') is read from the words around it, the next word first (the place finder's
hottest loop). Without a gazetteer (place_votes) only the article, the possessive and a designator after are cut.
A capitalised 'Town', 'Township' or 'City' closing a name the gazetteer does not know whole may be the name's own
('Bains and Grants Town', a Bahamas district, is no Grants, New Mexico): the name less it stands only where the
article's other places are in the country of its sense (unbacked_designated); else the whole name is the place,
unresolved.
'The city of Turkey' names a town the gazetteer lacks, not the country (names_own_town: 'the' right before the
designator; 'a city of Turkey' is a town in it).
A town-part word (data town_part_words: 'Greater', 'Metro', 'Upper', 'Old', ...) before a town's own name, or a
compass word after it before a word for its people or local government ('Montreal East Mayor'), names a part or the
metro area of that town where the gazetteer knows no place by the whole name (town_part): the town's name is what is
looked up, the span and the record's name are the whole name as written ('the Greater Toronto Area'), a region or
locality at the town's point (records). Only before a town of at least TOWN_PART_MIN_POPULATION people whose name is
no country's, state's or region's ('Upper Canada', 'Lower Mississippi'), and never a brand's word after 'Old' ('Old
Navy': no town). Two words for a town's historic quarter (data town_quarter_names: 'stop at Old Town Manassas') name
it before a town of at least TOWN_QUARTER_MIN_POPULATION. A capitalised town-part word that is also a direction
('Greater London', 'Central London') is left to town_part, not cut as a direction.
A name read less a capitalised 'Town' or 'Township' whose sense is a capital, a large city or no town at all
('Washington Township', New Jersey, read as Washington, D.C.) is the namesake's: the whole name is the place, unresolved
(unbacked_designated).
A name the gazetteer does not know, right before an administrative unit's designator ('district', 'county',
'province', 'prefecture', 'region': designators_after of kind admin1 or admin2), is that unit, unresolved, where a known
country's or state's possessive comes right before it ("Odisha's Kandhamal district") or the article calls the name a
place elsewhere ('the tribal villages of Kandhamal district' in the same article): unit_of_area, read on the model's
entities and on untagged runs alike.
"""

from __future__ import annotations

from spacy.tokens import Span

from ...normalize.places import AREA_TYPES, LOCAL_TYPES, TOWN_TYPES, Gazetteer, fold, tables
from .name_kinds import _country_region_or_city, _state_name
from .words import (
    POSSESSIVES,
    Mention,
    designators_after_by,
    designators_before_by_first,
    designators_before_by_last,
    is_possessive,
    word_set,
)


def _strip_designators(ent: Span, gz: Gazetteer | None = None) -> tuple[Span | None, str | None]:
    """'Zhejiang province' -> ('Zhejiang', admin1); 'the United States' -> 'United States'.
    A name the gazetteer knows whole keeps its designator-like word: 'Cape Town', 'Yuba City'."""
    # token positions and lower-case words, not Token objects and slices: this runs on every entity
    doc, lowered = ent.doc, [t.lower_ for t in ent]
    start, end = 0, len(lowered)
    while start < end and lowered[start] in ("the", "a"):
        start += 1
    if end - start > 1 and (lowered[end - 1] in POSSESSIVES or lowered[end - 1] in word_set("people_plurals")):
        end -= 1  # "Israel's"; 'the Montgomery County Democrats': the party's county members, the county the place
    if start == end:
        return None, None
    span = doc[ent.start + start : ent.start + end]
    if gz is None:
        return _strip_designator_after(span, lowered[start:end])
    if gz.lookup(span.text):
        return span, None
    for words, kind in designators_before_by_first().get(lowered[start], ()):
        # 'the City of Montreal', 'the County of Brant': the designator is inside the entity, the name after it,
        # when the gazetteer knows a place of that kind by it ('the City of Turkey' is no country)
        n = start + len(words)
        if n < end and lowered[start:n] == words and _of_kind(doc[ent.start + n : ent.start + end].text, kind, gz):
            return doc[ent.start + n : ent.start + end], kind
    # 'north west London', 'southern Syria': a lower-case direction is no part of the name
    rest = start
    # 'Far North Queensland', 'Far West Texas': 'far' and a direction name a state's part, never a school's
    far = end - start > 2 and lowered[start] == "far" and lowered[start + 1] in word_set("direction_words")
    rest += far
    while end - rest > 1 and lowered[rest].rstrip("-") in word_set("direction_words"):
        rest += 1
    if rest > start:
        name = doc[ent.start + rest : ent.start + end]
        # a capitalised one only before a country's, a region's or a large city's name ('North London', 'Western
        # Canada'), not 'Central Park', nor a state's: 'Eastern Michigan' and 'Northern Illinois' are universities
        # a capitalised town-part word before a town's name ('Greater London', 'Downtown Los Angeles') is part of
        # the whole name, read by town_part
        if (
            gz.lookup(name.text)
            and not (rest == start + 1 and doc[ent.start + start].is_title and town_part(span, gz))
            and (
                all(t.is_lower for t in doc[ent.start + start : ent.start + rest])
                or _country_region_or_city(name.text, gz)
                or (far and _state_name(name.text, gz))
            )
        ):
            return name, None
    era = _after_era_word(ent, start, end, gz)
    if era is not None:
        return era, None
    return _strip_designator_after(span, lowered[start:end])


# the smallest town whose parts or metro area news names with a town-part word: a town big enough to have a
# downtown and an upper part ('Upper Edmonton', 82,000 people), not a hamlet a brand's word happens to spell
TOWN_PART_MIN_POPULATION = 50_000
# the smallest town whose historic quarter news names 'Old Town' before the town's name ('Old Town Manassas', 41,764
# people): a town of some size, not a hamlet a company's name happens to spell ('Old Town Canoe')
TOWN_QUARTER_MIN_POPULATION = 10_000
# a town a 'Township' or a 'Town' names is smaller than this: the largest American townships (Edison, Woodbridge,
# Lakewood, New Jersey) hold about 100,000 people and share their names with far larger cities elsewhere
DESIGNATED_TOWN_MAX_POPULATION = 200_000


def town_part(span: Span, gz: Gazetteer) -> tuple[Span, str] | None:
    """'Upper Edmonton', 'Metro Vancouver', 'Greater Toronto Area', 'Montreal East': the town's name within the span
    and the kind of place the whole is (data town_part_words; a compass word after the name a locality), where the
    gazetteer knows no place by the whole name (the caller looks it up first: 'East London', 'Old Delhi')."""
    words = [t.lower_ for t in span]
    if len(words) < 2 or not all(t.is_title for t in span) or gz.lookup(span.text):
        return None
    kinds = tables()["town_part_words"]
    if len(words) > 2 and " ".join(words[:2]) in word_set("town_quarter_names"):
        town = span[2:]  # 'Old Town Manassas': a town's historic quarter
        return (town, "locality") if len(town) <= 3 and _big_town(town.text, gz, TOWN_QUARTER_MIN_POPULATION) else None
    if words[0] in kinds:
        end = len(words) - (len(words) > 2 and words[-1] in word_set("town_part_heads"))
        town, kind = span[1:end], kinds[words[0]]
    elif words[-1] in word_set("town_part_after") and _local_word_after(span):
        town, kind = span[:-1], "locality"
    elif head := _area_head(words):
        town, kind = span[: len(words) - head], "region"  # 'the San Francisco Bay Area': the town's metro area
    else:
        return None
    return (town, kind) if 0 < len(town) <= 3 and _big_town(town.text, gz) else None


def _area_head(words: list[str]) -> int:
    """How many words close the name as a metropolitan area's head after the town's name (data town_area_heads:
    'Los Angeles Area', 'San Francisco Bay Area', 'Tampa Bay Area'), the longest head first; 0 for none.
    The town's name must stay before it: 'Bay Area' alone is places_names' alias."""
    for head in sorted(word_set("town_area_heads"), key=lambda h: -h.count(" ")):
        n = head.count(" ") + 1
        if len(words) > n and " ".join(words[-n:]) == head:
            return n
    return 0


def _local_word_after(span: Span) -> bool:
    """'Montreal East Mayor Robert Coutu', 'Montreal East residents': a word for a town's people or its local
    government follows (data town_people_words), so the compass word is the town's own; without one 'Denver East' and
    'Salina South' are as often high schools playing a game."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].lower_ in word_set("town_people_words")


def _big_town(name: str, gz: Gazetteer, least: int = TOWN_PART_MIN_POPULATION) -> bool:
    """The own name of a town of `least` people or more (TOWN_PART_MIN_POPULATION), and no country's, state's or
    region's name."""
    key, senses = fold(name), [gz.places[i] for i in gz.lookup(name)]
    if any(p.place_type in AREA_TYPES for p in senses):
        return False
    return any(p.place_type in TOWN_TYPES and p.population >= least and fold(p.name) == key for p in senses)


def _after_era_word(ent: Span, start: int, end: int, gz: Gazetteer) -> Span | None:
    """'Nazi Germany', 'Soviet Russia', 'apartheid-era South Africa': a regime's or an era's word (data era_words,
    hyphened ones split into three tokens) before a country's name is no part of it; the country is the place. Only
    before a country's: 'Imperial College', 'Ancient Order' and 'Victorian Melbourne' (a city) stay as they are."""
    doc, eras = ent.doc, word_set("era_words")
    for k in range(start + 1, min(start + 4, end)):
        if doc[ent.start + start : ent.start + k].text.lower() in eras:
            name = doc[ent.start + k : ent.start + end]
            if any(gz.places[i].place_type == "country" for i in gz.lookup(name.text)):
                return name
    return None


def _of_kind(name: str, kind: str, gz: Gazetteer) -> bool:
    kinds = frozenset({"admin1"}) if kind == "admin1" else LOCAL_TYPES
    return any(gz.places[i].place_type in kinds for i in gz.lookup(name))


def _strip_designator_after(span: Span, lowered: list[str]) -> tuple[Span, str | None]:
    """'Zhejiang province' -> 'Zhejiang' and the kind; a span that is only a designator stays whole."""
    for words, kind in designators_after_by(-1).get(lowered[-1], ()):
        if len(lowered) > len(words) and lowered[-len(words) :] == words:
            return span.doc[span.start : span.end - len(words)], kind
    return span, None


def _designator_after(ent: Span) -> tuple[int, str | None]:
    """A designator written right after the entity: 'Awat county'. Lower-case or capitalised."""
    doc = ent.doc
    # the next word alone rules out nearly every entity; else the words after it are read once, as many as the
    # longest designator it may start has (longest first): a slice and its tokens for each of the 25 designators
    # in turn would cost 40% of the place finder's time.
    starting = designators_after_by(0).get(doc[ent.end].lower_, ()) if ent.end < len(doc) else ()
    following = [t.lower_ for t in doc[ent.end : ent.end + len(starting[0][0])]] if starting else []
    for words, kind in starting:
        if following[: len(words)] == words:
            return doc[ent.end : ent.end + len(words)].end_char, kind
    return ent.end_char, None


def _designator_before(ent: Span) -> str | None:
    """'the city of Aleppo', 'the province of Idlib': the kind, the span stays the name."""
    doc = ent.doc
    ending = designators_before_by_last().get(doc[ent.start - 1].lower_, ()) if ent.start > 0 else ()
    preceding = [t.lower_ for t in doc[max(0, ent.start - len(ending[0][0])) : ent.start]] if ending else []
    for words, kind in ending:
        if preceding[len(preceding) - len(words) :] == words:
            return kind
    return None


def names_own_town(ent: Span) -> bool:
    """'Tickets ... are $15, according to the city of Turkey': 'the' and a town's designator (data
    town_designators_before) right before the name say it is a town's own name, though the gazetteer knows it only
    as a country's (Turkey, Texas, is not in it): the town, unresolved (records), not the country. After any other
    word ('a city of Turkey', 'the largest city of Turkey') the town is one in the country, which is the place."""
    doc = ent.doc
    for words in word_set("town_designators_before"):
        before = ["the", *words.split()]
        if ent.start >= len(before) and [t.lower_ for t in doc[ent.start - len(before) : ent.start]] == before:
            return True
    return False


def unbacked_designated(mentions: list[Mention], gz: Gazetteer, chosen: dict[str, int]) -> set[str]:
    """The folded names read less a capitalised designator (Mention.capital_designator: 'Grants' of 'Grants Town')
    whose sense is in no country of the article's other places: the word is the name's own there. So is one read
    less a town's word whose sense is no town a 'Town' or a 'Township' names (_no_designated_town)."""
    keys = {fold(m.name) for m in mentions if m.capital_designator}
    if not keys:
        return set()
    # the countries of the other names' senses (a name read only less such a word backs none)
    plain = {fold(m.name) for m in mentions if not m.capital_designator}
    codes = {gz.places[chosen[k]].country_code for k in plain if k in chosen}
    towns = {fold(m.name) for m in mentions if m.capital_designator and m.hint == "locality"}
    return {
        k
        for k in keys
        if k not in chosen
        or gz.places[chosen[k]].country_code not in codes
        or (k in towns and _no_designated_town(chosen[k], gz))
    }


def _no_designated_town(index: int, gz: Gazetteer) -> bool:
    """'at Seasons restaurant in Washington Township' (New Jersey): a name written with a capitalised 'Town' or
    'Township' (a civil township, a small town's own unit) is no country's capital, no state, county or region and no
    city of DESIGNATED_TOWN_MAX_POPULATION people or more: such a sense (Washington, D.C.) is the name's namesake, and
    the whole name is the place, unresolved."""
    p = gz.places[index]
    return p.place_type not in TOWN_TYPES or index in gz.capitals or p.population >= DESIGNATED_TOWN_MAX_POPULATION


# the kinds of the administrative units a designator after a name gives ('Kandhamal district', 'Hunan province')
_UNIT_KINDS = frozenset({"admin1", "admin2"})


def unit_of_area(block: int, span: Span, gz: Gazetteer, votes: set[str]) -> Mention | None:
    """'a 32-year-old youth in Odisha's Kandhamal district' (tagged NORP, or nothing), 'in the tribal villages of
    Kandhamal district': one to three capitalised words the gazetteer does not know, right before an administrative
    unit's designator (lower-case or capitalised, after the span or closing it: 'Kandhamal District'), are that unit,
    unresolved (SPEC: a real place the gazetteer lacks; the mention is the name and its designator), where a known
    country's or state's possessive comes right before them (the unit is one of that area) or the article calls the
    name a place elsewhere (votes, which the possessive reading gives the article's other mentions: found_votes). Not an
    ordinal ('Ohio's Fifth District'), a name the gazetteer knows (rescue.py reads those), nor a lower-case word's
    ('school district', 'business district': no name)."""
    lowered = [t.lower_ for t in span]
    name, kind = _strip_designator_after(span, lowered)
    end = span.end_char
    if kind is None:
        end, kind = _designator_after(span)
    if kind not in _UNIT_KINDS or not 0 < len(name) <= 3 or gz.lookup(name.text):
        return None
    if not all(t.is_title and t.is_alpha and not t.like_num for t in name):
        return None
    if fold(name.text) not in votes and not _area_possessive_before(name, gz):
        return None
    return Mention(block, name.start_char, end, name.text, kind, strong=False)


def _area_possessive_before(name: Span, gz: Gazetteer) -> bool:
    """A country's or a state's name the gazetteer knows, and its possessive, right before the name ("Odisha's",
    "Texas'"): one to three capitalised words before the possessive, the longest first."""
    doc, at = name.doc, name.start - 1
    if at < 1 or not is_possessive(doc[at]) or doc[at - 1].whitespace_:
        return False
    first = at
    while first > 0 and at - first < 3 and doc[first - 1].is_title:
        first -= 1
    areas = ("country", "admin1")
    return any(
        any(gz.places[i].place_type in areas for i in gz.lookup(doc[start:at].text)) for start in range(first, at)
    )
