"""What a mention's neighbours say: the area written after it, and lists.

'PARIS, Mo.', 'London, Ontario', 'Petersburg, VA': a town written with its state or country after it is in it, and
so is every mention of its name in the article; a postal code or abbreviation after a town and a comma is a place
itself; a name written before a town and its state ('Music Park at Walnut Creek, Raleigh, NC') is in that state, or
no place the gazetteer knows; a country's name before a state's ('Lebanon, Indiana'), or a state's before another's
abbreviation ('Washington, Pa.'), is that state's town of the name. A mention's own words may overrule the article's
sense of its name: the state written after a town is that town's country's ('Atlanta, Georgia'), and a state's and
big city's name listed among cities is the city ('Washington, New York and Boston'); one listed among states only
('Colorado,Washington, Alaska, and Oregon') is the state, and one listed among countries that spells a country's
name within a letter is that country ('Norway, Iceland, Lichtenstein, and Switzerland'); a state's name between 'a'
and a person's noun ('a New York man') is the state. A town written with a nearby one ('Thruxton, near Andover', 'the
Crown Heights neighborhood of Brooklyn', or a part in a sentence opened by its town: 'In Tianjin, ... residents in the
Binhai new district') lies within NEARBY_KM of it (near_neighbours); so does a part written with its town's possessive
('in Giza's Haram district', 'in the city's Abbassiya district': town_parts), at the town's point where the gazetteer
knows no place of its name near it.
A state's postal code standing alone, tagged a place by the model ('Wastewater in WA is diluted'), is read by the
article's country: the subdivision of that code in the country most of the article's places lie in (Western Australia
in a story from Rockingham, Washington in an American one); where no code's country is the article's ('SA' in a South
African story), no place rather than a state abroad (state_codes_alone). A code of three letters or more (the
gazetteer's are Australia's: 'NSW', 'the ACT') written in capitals is read so even where the model tags no place
(untagged_state_codes), and, being one state's only, also in an article with no other place. A country's initials alone
('in post-apartheid SA') are the country where the article names it and no other sense of them (South Australia, Saudi
Arabia), whatever the model tags them (country_initials); a region's initials that are no alias of it ('the CIS', 'the
GTA': regions' initials) the same, 'the' allowed before them (region_initials). A US state's postal code after a
legislator's party letter and a hyphen in a bracket or an aside ('Robert Aderholt (R-AL),') is that state, the letter
vouching for it as a town before the code does (party_codes). A state's or a province's two-letter code closing a
body's name after its capitalised words, tagged an organisation ('the official opening of a brand new FrontCounter BC
office'), is the jurisdiction the name carries where most of the article's places lie in that state or province, and
no place elsewhere (codes_closing_names, state_codes_in_names); a code that is also a degree, a title, a legal form or
a word ('Wiese MD', 'Danone SA', 'Face ID': designation_codes) and a private body's or a sports body's name ('Hockey
BC') never.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from functools import cache, lru_cache

from rapidfuzz.distance import Levenshtein
from spacy.symbols import PROPN
from spacy.tokens import Doc, Token

from ...data import one_of
from ...nlp import span_at, text_of
from ...normalize.places import (
    ADMIN_TYPES,
    LOCAL_TYPES,
    STATE_TYPES,
    TOWN_TYPES,
    Gazetteer,
    Place,
    exact_parents,
    fold,
    tables,
)
from .article_regions import closes_phrase
from .resolve import SEAT_KM, great_circle_km, within_km
from .words import (
    ABBREVIATION_AFTER,
    POSTAL_AFTER,
    RESCUE_MIN_POPULATION,
    SEAT_POPULATION,
    Mention,
    calendar_words,
    is_possessive,
    word_alternation,
    word_set,
)

# the shortest state code read where the model tags no place: the gazetteer's three-letter codes are one state's each
# ('NSW', 'QLD'), its two-letter ones words or initials as often ('IN', 'OK', 'ME')
UNTAGGED_CODE_MIN = 3

__all__ = [
    "area_codes",
    "bare_state_codes",
    "codes_closing_names",
    "cities_in_lists",
    "countries_in_lists",
    "country_initials",
    "mark_containers",
    "region_initials",
    "narrow_to_named_area",
    "near_neighbours",
    "parts_of_towns",
    "placed_away",
    "postal_codes",
    "sense_of",
    "state_codes_alone",
    "state_codes_in_names",
    "states_in_lists",
    "town_parts",
    "untagged_state_codes",
]

# the text between two items of a list, a missing space forgiven ('Colorado,Washington, Alaska, and Oregon')
_LIST_GAP = re.compile(r",\s?(?:(?:and|or)\s)?|\s(?:and|or)\s")
_MIN_STATES = 2  # other listed items that must all be states of one country (or countries)
MIN_MISSPELT = 6  # letters a name needs before one letter off reads as a slip of a country's name


def cities_in_lists(mentions: list[Mention], senses: list[int | None], docs: list[Doc], gz: Gazetteer) -> None:
    """'stops in Washington, New York and Boston': a name that is a state's and a big city's, listed among cities,
    is the city. Not after a town of that state ('Albany, New York'), where it says where the town is."""
    for k, m in enumerate(mentions):
        index = senses[k]
        if index is None or m.hint or gz.places[index].place_type != "admin1":
            continue
        state = gz.places[index].gazetteer_id
        listed = [j for j in (k - 1, k + 1) if 0 <= j < len(mentions) and _listed(mentions, min(j, k), docs)]
        near = {j: gz.places[i] for j in listed if (i := senses[j]) is not None}
        if not any(p.place_type in TOWN_TYPES for p in near.values()) or (
            k - 1 in near and f"iso3166-2:{near[k - 1].parent}" == state
        ):
            continue
        key = fold(m.name)
        cities = [
            i
            for i in m.candidates
            if gz.places[i].place_type == "city"
            and gz.places[i].population >= SEAT_POPULATION
            and fold(gz.places[i].name) in (key, key + " city")
        ]
        senses[k] = max(cities, key=lambda i: gz.places[i].population, default=index)


# a town written as near another, or as its part ('Edmonton, just outside Cairns', 'the Crown Heights neighborhood of
# Brooklyn'), lies within this of its point: a suburb's, a village's near a market town
NEARBY_KM = 50


def near_neighbours(
    mentions: list[Mention], senses: list[int | None], docs: list[Doc], gz: Gazetteer
) -> dict[int, int]:
    """'his home race at Thruxton, near Andover', 'in the Crown Heights neighborhood of Brooklyn', 'the Cincinnati
    suburb of West Chester': two towns written so (data: nearby_words after a comma; part_words and part_links
    between them) lie close together. The one with the bigger sense (a town or a county, no state or country) is the
    anchor; the other name is the sense of its own nearest the anchor within NEARBY_KM, everywhere in the article.
    Where it has none (the gazetteer lacks the neighbourhood, or knows only a namesake far away: Crown Heights,
    Dutchess County, 108 km from Brooklyn), it sits at its anchor town: the returned mentions' indexes, each with
    the anchor's sense, whose point and country its record takes (a small or unknown name only: a big city's sense
    is not moved onto a neighbour's point)."""
    at: dict[int, int] = {}
    for sense, other in _neighbour_pairs(mentions, senses, docs, gz):
        home = gz.places[sense]
        key, old = fold(mentions[other].name), senses[other]
        if home.lat is None or home.lon is None:
            continue
        near = [
            (great_circle_km(p.lat, p.lon, home.lat, home.lon), i)
            for i in mentions[other].candidates
            if (p := gz.places[i]).place_type in LOCAL_TYPES and p.lat is not None and p.lon is not None
        ]
        nearest = min(((d, i) for d, i in near if d <= NEARBY_KM), default=None)
        # a small sense, or one the name reads only by another name ('Suryanagar' for Srinagar), may move
        movable = _small(old, gz) or _other_name(mentions[other], old, gz)
        sits = nearest is None and home.place_type in TOWN_TYPES and movable
        if nearest is None and not sits:
            continue
        for j, m in enumerate(mentions):
            if fold(m.name) == key and senses[j] == old and (j == other or not m.hint):
                if nearest is not None:
                    senses[j] = nearest[1]
                else:
                    at[j] = sense
    return at


def _neighbour_pairs(
    mentions: list[Mention], senses: list[int | None], docs: list[Doc], gz: Gazetteer
) -> Iterator[tuple[int, int]]:
    """The anchors' senses and the other mentions' indexes: two mentions side by side with a nearby cue between them
    (the bigger is the anchor), and a part of a town written in a sentence that opens with the town (framed_parts).
    Lazily: a pair's senses are read after the pairs before it have moved them."""
    for k in range(len(mentions) - 1):
        a, b = mentions[k], mentions[k + 1]
        between = text_of(docs[a.block])[a.end : b.start] if a.block == b.block else ""
        if _nearby_cue(between):
            pair = _part_by_other_name(k, mentions, senses, between, gz) or _anchor_and_other(k, k + 1, senses, gz)
            if pair is not None:
                yield pair
    yield from _framed_parts(mentions, senses, docs, gz)
    for k, m in enumerate(mentions):
        if m.part_of is not None:
            anchor = next((j for j, a in enumerate(mentions) if a is m.part_of), None)
            sense = _borough_town(mentions[anchor], senses[anchor], gz) if anchor is not None else None
            if sense is not None and gz.places[sense].place_type in LOCAL_TYPES:
                yield sense, k


# a part word right after a name, maybe after 'new' ('the Binhai new district', 'the Chaoyang district')
_PART_AFTER = re.compile(r" (?:new )?(\w+)\b")


def _framed_parts(
    mentions: list[Mention], senses: list[int | None], docs: list[Doc], gz: Gazetteer
) -> list[tuple[int, int]]:
    """'In Tianjin, health workers have collected ... samples from residents in the Binhai new district': a sentence
    that opens with 'In' and a town and a comma is about that town, and a name it writes as a part of a town ('the
    X district', data: part_words) is the town's part. The opening town is the anchor (a town or county sense, or
    the city of a state's name: Tianjin); the part is a small town's name or none (a big city written so is a
    place of its own: 'In Dallas, ... the Houston area'), and not written with its own town ('the Suryanagar area
    of Bhubaneswar', a nearby cue's pair)."""
    pairs = []
    for j, a in enumerate(mentions):
        anchor = _town_sense(a, senses[j], gz)
        if anchor is None or not _opens_sentence(a, docs):
            continue
        for k, b in enumerate(mentions):
            if (b.block, b.sentence) == (a.block, a.sentence) and b.start > a.end and _written_as_part(b, docs):
                if _small(senses[k], gz) and fold(b.name) != fold(a.name):
                    pairs.append((anchor, k))
    return pairs


def town_parts(
    mentions: list[Mention], docs: list[Doc], gz: Gazetteer, chosen: dict[str, int], people: set[str]
) -> list[Mention]:
    """'in Giza's Haram district', 'in Cairo's Abbasiya neighbourhood', 'in the city's Abbassiya district': a town's
    possessive, a capitalised name and a word for a part of a town (data: part_words) name a part of that town,
    whatever the model tags the name (a date, a product, a place the gazetteer lacks). The part is a mention
    (Mention.part_of its town) that near_neighbours reads near the town: its own sense within NEARBY_KM, else the
    town's point ('Haram' is no Norwegian town here). The town is a mention of the article whose sense is a town, or
    a large city's own name the model tagged otherwise (no word of the article's people's names: 'Jackson's Rockwood
    area'), a new mention then; 'the city's', 'the town's' are the last town the article named before. Returns the
    new mentions; a name already a mention is marked in place. The chosen senses gain the new towns'."""
    out: list[Mention] = []
    towns = [m for m in mentions if (i := chosen.get(fold(m.name))) is not None and _is_town(gz.places[i])]
    for block, doc in enumerate(docs):
        for tok in doc:
            if not is_possessive(tok) or tok.i == 0:
                continue
            part = _part_after(doc, tok.i + 1)
            if part is None:
                continue
            start, end = doc[part[0]].idx, doc[part[1] - 1].idx + len(doc[part[1] - 1])
            owner = doc[tok.i - 1]
            if owner.lower_ in ("city", "town") and tok.i > 1 and doc[tok.i - 2].lower_ == "the":
                before = [m for m in towns if (m.block, m.start) < (block, owner.idx)]
                anchor = max(before, key=lambda m: (m.block, m.start), default=None)
            else:
                anchor = next((m for m in towns if m.block == block and m.end == tok.idx), None)
                if anchor is None:
                    anchor = _big_city_before(block, doc, tok.i, gz, chosen, people)
                    if anchor is not None:
                        out.append(anchor)
                        towns.append(anchor)
            if anchor is None:
                continue
            inside = [m for m in [*mentions, *out] if m.block == block and m.start < end and start < m.end]
            if inside:
                if len(inside) == 1 and (inside[0].start, inside[0].end) == (start, end) and not inside[0].hint:
                    inside[0].part_of = anchor
                continue
            name = text_of(doc)[start:end]
            m = Mention(block, start, end, name, strong=False, guess=True, candidates=gz.lookup(name), part_of=anchor)
            out.append(m)
    return out


def parts_of_towns(mentions: list[Mention], docs: list[Doc], gz: Gazetteer, chosen: dict[str, int]) -> list[Mention]:
    """'in the Coalpool area of Walsall', 'in the Coalpool and Goscote area of Walsall': 'the', one or two capitalised
    names joined by 'and', a word for a part of a town (data: part_words) and 'of' before a town of the article name
    parts of that town, whatever the model tagged them (an organisation). Each is a mention (Mention.part_of the town)
    that near_neighbours reads near the town: its own sense within NEARBY_KM, else the town's point. Only names no
    other mention holds ('the Crown Heights neighborhood of Brooklyn' is a pair near_neighbours reads already), and
    not a calendar's, a people's, a street's or a building's word ('the Main Street area of')."""
    out: list[Mention] = []
    towns = {(m.block, m.start): m for m in mentions if fold(m.name) in chosen}
    for block, doc in enumerate(docs):
        text = text_of(doc)
        for match in _parts_of_rx().finditer(text):
            anchor = towns.get((block, match.end()))
            if anchor is None or gz.places[chosen[fold(anchor.name)]].place_type not in LOCAL_TYPES:
                continue
            for k in (1, 2):
                start, end = match.span(k)
                if start < 0 or _stop_words(text[start:end]):
                    continue
                if any(m.block == block and m.start < end and start < m.end for m in [*mentions, *out]):
                    continue
                name = text[start:end]
                part = Mention(block, start, end, name, strong=False, guess=True, part_of=anchor)
                part.candidates = gz.lookup(name)
                out.append(part)
    return out


@lru_cache(maxsize=1)
def _parts_of_rx() -> re.Pattern:
    """'the Coalpool area of ', 'the Coalpool and Goscote area of ': one or two names of one to three capitalised
    words, a part word and 'of'."""
    name = r"[A-Z][a-z][\w'’-]*(?: [A-Z][a-z][\w'’-]*){0,2}"
    return re.compile(rf"\bthe ({name})(?: and ({name}))? (?:{one_of(word_set('part_words'))}) of ")


def _stop_words(name: str) -> bool:
    """A calendar's, a people's, a street's or a building's word among the name's."""
    stop = calendar_words() | word_set("people_words") | word_set("street_words") | word_set("building_heads")
    return bool({w.lower() for w in name.split()} & stop)


def _is_town(p: Place) -> bool:
    return p.place_type in TOWN_TYPES


def _part_after(doc: Doc, i: int) -> tuple[int, int] | None:
    """The token range of one to three capitalised words at i right before a lower-case word for a part of a town
    ('Haram district', 'Crown Heights neighborhood'); not a calendar's word, a people's or a street's."""
    j = i
    while j < len(doc) and j - i < 3 and doc[j].is_title and doc[j].is_alpha:
        j += 1
    if j == i or j >= len(doc) or doc[j].lower_ not in word_set("part_words") or not doc[j].is_lower:
        return None
    words = {t.lower_ for t in doc[i:j]}
    stop = calendar_words() | word_set("people_words") | word_set("street_words") | word_set("building_heads")
    if words & stop or doc[i].ent_type_ == "NORP":
        return None
    return i, j


def _big_city_before(
    block: int, doc: Doc, i: int, gz: Gazetteer, chosen: dict[str, int], people: set[str]
) -> Mention | None:
    """The model's entity (any label) that ends right before the possessive at i, when it is a large city's own name
    and no word of a person's name of the article: a new mention, its sense the largest such city (added to chosen
    where the article chose none for the name)."""
    last = doc[i - 1]
    if not last.ent_type_:
        return None
    first = last.i
    while first > 0 and doc[first].ent_iob_ == "I":
        first -= 1
    span = doc[first : last.i + 1]
    key = fold(span.text)
    if key in people or any(fold(t.text) in people for t in span):
        return None
    cities = [
        j
        for j in gz.lookup(span.text)
        if gz.places[j].place_type == "city"
        and fold(gz.places[j].name) == key
        and gz.places[j].population >= RESCUE_MIN_POPULATION
    ]
    if not cities:
        return None
    chosen.setdefault(key, max(cities, key=lambda j: gz.places[j].population))
    if not _is_town(gz.places[chosen[key]]):
        return None
    return Mention(block, span.start_char, span.end_char, span.text, strong=False, guess=True, candidates=cities)


def _borough_town(m: Mention, sense: int | None, gz: Gazetteer) -> int | None:
    """A county's or a borough's sense read as the town of its very name where it has one ('the Coalpool area of
    Walsall': the town, whose parts sit at its point), else the sense."""
    if sense is None or gz.places[sense].place_type != "admin2":
        return sense
    key = fold(m.name)
    towns = [i for i in m.candidates if gz.places[i].place_type in TOWN_TYPES and fold(gz.places[i].name) == key]
    return max(towns, key=lambda i: gz.places[i].population, default=sense)


def _town_sense(m: Mention, sense: int | None, gz: Gazetteer) -> int | None:
    """The mention's town or county sense; for a state that is a city of its name too ('Tianjin', 'Hamburg': a
    city's districts are meant), that city."""
    if sense is None or gz.places[sense].place_type in LOCAL_TYPES:
        return sense
    if gz.places[sense].place_type != "admin1":
        return None
    key = fold(m.name)
    cities = [i for i in m.candidates if gz.places[i].place_type == "city" and fold(gz.places[i].name) == key]
    return max(cities, key=lambda i: gz.places[i].population, default=None)


def _opens_sentence(m: Mention, docs: list[Doc]) -> bool:
    """The mention opens its sentence as 'In Tianjin, '."""
    text = text_of(docs[m.block])
    return m.sentence >= 0 and text[m.sentence : m.start] == "In " and text[m.end : m.end + 1] == ","


def _written_as_part(m: Mention, docs: list[Doc]) -> bool:
    """'the Binhai new district': 'the', the name, and a word for a part of a town, no link to a town after it."""
    text = text_of(docs[m.block])
    match = _PART_AFTER.match(text, m.end)
    if text[max(0, m.start - 4) : m.start] != "the " or match is None or match.group(1) not in word_set("part_words"):
        return False
    link = re.match(r" (\w+)", text[match.end() :])
    return link is None or link.group(1) not in word_set("part_links")


def _nearby_cue(between: str) -> bool:
    """', near ', ', just outside ', ' neighborhood of ', ' suburbs of the '."""
    return _nearby_rx().fullmatch(between) is not None


@lru_cache(maxsize=1)
def _nearby_rx() -> re.Pattern:
    nearby, parts, links = (one_of(word_set(key)) for key in ("nearby_words", "part_words", "part_links"))
    return re.compile(rf", (?:{nearby}) (?:the )?| (?:{parts}) (?:{links}) (?:the )?|{_appositive_rx().pattern}")


@lru_cache(maxsize=1)
def _appositive_rx() -> re.Pattern:
    """', an outskirts of ', ', a small village near the ': an appositive that says what the name before is and where
    it lies (data: appositive_heads, part_links), right before the town it lies in or near; at most two lower-case
    words describe the head ('a small farming village'). Read between two towns only (_anchor_and_other): before a
    state ('Georgetown, a neighborhood in Washington') the context decides, as the state's name may be its city's."""
    heads, links = (one_of(word_set(key)) for key in ("appositive_heads", "part_links"))
    return re.compile(rf", (?:an?|the) (?:[a-z-]+ ){{0,2}}?(?:{heads}) (?:{links}) (?:the )?")


def _part_by_other_name(
    k: int, mentions: list[Mention], senses: list[int | None], between: str, gz: Gazetteer
) -> tuple[int, int] | None:
    """'native of Suryanagar area of Bhubaneswar': a name before a part word and its link (data part_words,
    part_links) that the gazetteer knows only as another name of a town (Suryanagar, of Srinagar 1,700 km away) is a
    part of the town after the link, named by its own name: that town is the anchor however small beside the other
    name's sense. A town by its own name before the part word may be the anchor ('the Cincinnati suburb of West
    Chester'): _anchor_and_other weighs their sizes."""
    if not _part_rx().fullmatch(between):
        return None
    part, town = senses[k], senses[k + 1]
    if part is None or town is None or gz.places[town].place_type not in LOCAL_TYPES:
        return None
    if not _other_name(mentions[k], part, gz) or _other_name(mentions[k + 1], town, gz):
        return None
    return town, k


def _other_name(m: Mention, sense: int | None, gz: Gazetteer) -> bool:
    """The mention names its sense by another name than the sense's own ('Suryanagar' for Srinagar)."""
    return sense is not None and fold(gz.places[sense].name) != fold(m.name)


@lru_cache(maxsize=1)
def _part_rx() -> re.Pattern:
    """' area of ', ' neighborhood of the ': a part word and its link between two names."""
    parts, links = (one_of(word_set(key)) for key in ("part_words", "part_links"))
    return re.compile(rf" (?:{parts}) (?:{links}) (?:the )?")


def _anchor_and_other(j: int, k: int, senses: list[int | None], gz: Gazetteer) -> tuple[int, int] | None:
    """The anchor's sense (the bigger town or county of the two mentions', the later one's of equals) and the other
    mention's index; None where either is a state, a country or a region ('France, outside the Petit Cambodge'), or
    neither has a sense."""
    places = {i: s for i in (j, k) if (s := senses[i]) is not None}
    if not places or any(gz.places[s].place_type not in LOCAL_TYPES for s in places.values()):
        return None
    anchor = max(places, key=lambda i: (gz.places[places[i]].population, i == k))
    return places[anchor], k if anchor == j else j


def _small(sense: int | None, gz: Gazetteer) -> bool:
    """No sense, or a town smaller than a big city's: a neighbourhood's name may move onto its anchor's point."""
    return sense is None or gz.places[sense].population < RESCUE_MIN_POPULATION


def states_in_lists(mentions: list[Mention], senses: list[int | None], docs: list[Doc], gz: Gazetteer) -> None:
    """'states where cannabis is legal: Colorado,Washington, Alaska, and Oregon': a name read as some other place
    (a city, the District of Columbia), in a list whose other items are all states of one country, is that
    country's state of the same name."""
    for run in _list_runs(mentions, docs):
        for k in run:
            if senses[k] is None or mentions[k].hint:
                continue
            others = [gz.places[i] for j in run if j != k and (i := senses[j]) is not None]
            codes = {p.country_code for p in others}
            if len(others) < len(run) - 1 or len(codes) != 1 or any(p.place_type != "admin1" for p in others):
                continue
            key = fold(mentions[k].name)
            states = [
                i
                for i in mentions[k].candidates
                if gz.places[i].place_type == "admin1"
                and gz.places[i].country_code in codes
                and fold(gz.places[i].name) == key
            ]
            if states and senses[k] not in states:
                senses[k] = states[0]


def countries_in_lists(mentions: list[Mention], senses: list[int | None], docs: list[Doc], gz: Gazetteer) -> None:
    """'the European Union, Norway, Iceland, Lichtenstein, and Switzerland': a name read as a town, or as no place,
    in a list whose other items are all countries (or regions, with two countries at least) is the country whose own
    name it spells within one letter (a misspelling: Lichtenstein is Liechtenstein there, not a German town; 'Columbia'
    among countries is Colombia). Names of fewer than MIN_MISSPELT letters are too short to tell a slip."""
    for run in _list_runs(mentions, docs):
        for k in run:
            index = senses[k]
            if mentions[k].hint or index is not None and gz.places[index].place_type not in TOWN_TYPES:
                continue  # a subdivision listed among countries is one of their like ('Puerto Rico')
            others = [gz.places[i] for j in run if j != k and (i := senses[j]) is not None]
            if (
                len(others) < len(run) - 1
                or sum(p.place_type == "country" for p in others) < _MIN_STATES
                or any(p.place_type not in ("country", "region") for p in others)
            ):
                continue
            senses[k] = _country_spelt(mentions[k].name, gz) or index


def _country_spelt(name: str, gz: Gazetteer) -> int | None:
    """The country whose own name is the name, one letter added, dropped or changed forgiven."""
    key = fold(name)
    if len(key) < MIN_MISSPELT:
        return None
    near = [i for i in gz.country.values() if Levenshtein.distance(key, fold(gz.places[i].name), score_cutoff=1) <= 1]
    return near[0] if len(near) == 1 else None


def _list_runs(mentions: list[Mention], docs: list[Doc]) -> list[list[int]]:
    """Runs of mentions written one after another as a list's items, in one block."""
    runs: list[list[int]] = []
    for k, m in enumerate(mentions):
        prev = mentions[k - 1] if k else None
        if (
            prev is not None
            and prev.block == m.block
            and _LIST_GAP.fullmatch(text_of(docs[m.block])[prev.end : m.start])
        ):
            runs[-1].append(k)
        else:
            runs.append([k])
    return [r for r in runs if len(r) > _MIN_STATES]


def _listed(mentions: list[Mention], j: int, docs: list[Doc]) -> bool:
    """Mentions j and j + 1 are items of one list: in one block, joined by a comma or 'and' ('Washington, New York')."""
    a, b = mentions[j], mentions[j + 1]
    return a.block == b.block and text_of(docs[a.block])[a.end : b.start] in (", ", " and ", ", and ", " or ")


def narrow_to_named_area(mentions: list[Mention], docs: list[Doc], gz: Gazetteer) -> None:
    """'PARIS, Mo.', 'London, Ontario', 'Petersburg, VA', 'Monroe County in northeast Missouri': a town or county
    written with its state or country after it is in it, and so is every mention of its name in the article. Not
    in lists of countries or states ('Israel, Jordan'). A town written with its state or province after it
    ('Holliday, Missouri') that the gazetteer knows only elsewhere (a Holliday in Texas) is no place the
    gazetteer knows: its namesake in another state would be a wrong record, so it gets none. Not when the state
    or the town is a list's item ('Chicago, Texas and Florida', 'Miami, West Palm Beach, New York'), nor after a
    country (the gazetteer's countries are wide: 'Gaza, Israel')."""
    elsewhere: set[str] = set()  # towns written with a state after them
    areas: dict[str, set[str]] = {}
    ordered = sorted(mentions, key=lambda m: (m.block, m.start))
    for before, prev, m, nxt in zip([None, *ordered], ordered, ordered[1:], [*ordered[2:], None], strict=False):
        between = text_of(docs[m.block])[prev.end : m.start]
        if prev.block != m.block or not _within(between):
            continue
        m.follows = fold(prev.name)
        area = area_codes(m, gz)
        if (
            _namesake_town_in(prev, area, gz, _abbreviated(m, gz))
            and not _in_list(before, prev, docs)
            and not _listed_area(m, nxt, docs, gz)
        ):
            areas.setdefault(fold(prev.name), set()).update(area)
        elif not _country_or_state(prev, gz):
            areas.setdefault(fold(prev.name), set()).update(area)
            if _states_only(area) and not _in_list(before, prev, docs) and not _listed_area(m, nxt, docs, gz):
                elsewhere.add(fold(prev.name))
    for m in ordered:
        code = _postal_after(m, docs, gz)
        if code and not _country_or_state(m, gz):
            areas.setdefault(fold(m.name), set()).update(code)
            elsewhere.add(fold(m.name))
        elif _namesake_town_in(m, code, gz, True):
            areas.setdefault(fold(m.name), set()).update(code)
    strict = _before_town_and_state(ordered, docs, gz, areas)
    bracketed = _bracketed_areas(ordered, docs, gz)
    for m in mentions:
        codes = areas.get(fold(m.name))
        inside = (
            [
                i
                for i in m.candidates
                if gz.places[i].place_type in LOCAL_TYPES
                and (gz.places[i].country_code in codes or gz.places[i].parent in codes)
            ]
            if codes
            else []
        )
        if not inside and fold(m.name) in bracketed:
            inside = _inside_areas(m, bracketed[fold(m.name)], gz)
        if inside:
            m.candidates, m.narrowed = inside, True
        elif fold(m.name) in strict or (fold(m.name) in elsewhere and codes and _towns_elsewhere(m, codes, gz)):
            m.candidates = []  # 'Walnut Creek, Raleigh, NC': no Walnut Creek in North Carolina is known


# a name's head before a comma and an area: the name itself ('Blackpool, Jamaica') or the first words of a longer
# capitalised name ('the Newcastle Hill Station, St Andrew, Jamaica')
_HEAD_BEFORE_AREA = re.compile(r"\b([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,4}), $")
# an area's point this far or farther from all the gazetteer's places of a name says none of them is the one meant;
# nearer, its wide borders may hold one ('Gaza, Israel': the gazetteer's Gaza is Palestine's, 70 km away)
AWAY_KM = 1000


def placed_away(mentions: list[Mention], docs: list[Doc], gz: Gazetteer) -> None:
    """'The home of IOTP is the Caribbean Military Academy (CMA) Newcastle, which is located at the Newcastle Hill
    Station, St Andrew, Jamaica': the article writes the name (alone, or as the head of a longer name) with a country
    or a state after it, and the gazetteer knows no place of the name in that country, only far from it (Newcastle
    upon Tyne, Newcastle in New South Wales). The place meant is one the gazetteer lacks: every mention of the name in
    the article is a place, unresolved (Mention.placed_away), not a namesake abroad. Not a list's item ('Chicago,
    Texas and Florida'), nor an area near one of the name's places ('Gaza, Israel')."""
    keys = {fold(m.name): m for m in mentions if m.candidates}
    away: set[str] = set()
    ordered = sorted(mentions, key=lambda m: (m.block, m.start))
    befores, prevs, nexts = [None, None, *ordered], [None, *ordered], [*ordered[1:], None]
    for before, prev, m, nxt in zip(befores, prevs, ordered, nexts, strict=False):
        codes = _chained_codes(m, nxt, docs, gz)
        if not codes:
            continue
        key = _name_before(m, prev, before, docs, keys)
        if key is None:
            continue
        if _country_or_state(keys[key], gz) or not _far_from_area(keys[key], m, codes, gz):
            continue
        away.add(key)
    for m in mentions:
        if fold(m.name) in away and not m.hint and not m.narrowed:
            m.placed_away = True


def _name_before(
    m: Mention, prev: Mention | None, before: Mention | None, docs: list[Doc], keys: dict[str, Mention]
) -> str | None:
    """The article's name written right before the area and a comma, alone or opening a longer capitalised name; not
    a list's item ('offices in Los Angeles, Miami, ...'), nor a name that another mention there overlaps."""
    text = text_of(docs[m.block])
    head = _HEAD_BEFORE_AREA.search(text, max(0, m.start - 80), _area_words_start(m, text))
    if head is None:
        return None
    key = _head_name(fold(head.group(1)).split(), keys)
    if key is None or prev is None or prev.block != m.block or prev.end <= head.start(1):
        return key
    return None if fold(prev.name) != key or _in_list(before, prev, docs) else key


def _area_words_start(m: Mention, text: str) -> int:
    """Where the area's words start: at a lower-case compass word before its name ('a skimmed bank card at an ATM in
    Glen Eden, west Auckland': data compass_words), a part of the area the name before the comma lies in."""
    match = _compass_before_rx().search(text, max(0, m.start - 20), m.start)
    return match.start() if match else m.start


@lru_cache(maxsize=1)
def _compass_before_rx() -> re.Pattern:
    return re.compile(rf"(?<=, )(?:{one_of(word_set('compass_words'))}) $")


def _chained_codes(m: Mention, nxt: Mention | None, docs: list[Doc], gz: Gazetteer) -> set[str]:
    """The codes of the area a mention names, those of the country written right after it where it names one ('St
    Andrew, Jamaica': the Jamaican parish, not Barbados's or Grenada's); none where the area is a list's item
    ('Chicago, Texas and Florida')."""
    codes = area_codes(m, gz)
    if nxt is not None and nxt.block == m.block and text_of(docs[m.block])[m.end : nxt.start] == ", ":
        country = {c for c in area_codes(nxt, gz) if "-" not in c}
        inside = {c for c in codes if c.split("-")[0] in country}
        if inside:
            return inside
    return set() if _listed_area(m, nxt, docs, gz) else codes


def _head_name(words: list[str], keys: dict[str, Mention]) -> str | None:
    """The longest of the article's names that opens the words ('Newcastle' of 'Newcastle Hill Station'); not one
    after another capitalised word ('In Asia, Canada remains ...' is no Asia in Canada)."""
    return next((" ".join(words[:k]) for k in range(len(words), 0, -1) if " ".join(words[:k]) in keys), None)


def _far_from_area(m: Mention, area: Mention, codes: set[str], gz: Gazetteer) -> bool:
    """The name's places are all towns or counties (a region's or a continent's name is no town the gazetteer lacks:
    'The Caribbean, India'), none in the area's countries, all AWAY_KM or farther from the area's point."""
    countries = {c.split("-")[0] for c in codes}
    places = [gz.places[i] for i in m.candidates]
    if any(p.place_type not in LOCAL_TYPES for p in places):
        return False
    points = [
        (p.lat, p.lon)
        for i in area.candidates
        if (p := gz.places[i]).lat is not None
        and (p.country_code in codes or (p.gazetteer_id or "").removeprefix("iso3166-2:") in codes)
    ]
    if not points or any(p.country_code in countries or p.lat is None for p in places):
        return False
    return not any(within_km(p, points, AWAY_KM) for p in places)


# a county or state in brackets right after a name: 'Richmond (Yorks)', 'Newport (Gwent)'
_BRACKETED = re.compile(r" ?\(([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2})\)")


def _bracketed_areas(ordered: list[Mention], docs: list[Doc], gz: Gazetteer) -> dict[str, list[Place]]:
    """'Richmond (Yorks)' in a list of seats: a county, state or country in brackets after a town names its area, as
    'Petersburg, VA' does. The bracket holds a name the gazetteer knows as such an area, or a county's short form
    (data: bracketed_county_forms: 'Yorks' for Yorkshire, which a bare word must not name elsewhere: 'Bucks' are a
    team). Not after a country's or a state's own name ('Georgia (US)')."""
    forms = tables()["bracketed_county_forms"]
    out: dict[str, list[Place]] = {}
    for m in ordered:
        match = _BRACKETED.match(text_of(docs[m.block]), m.end)
        if match is None or _country_or_state(m, gz):
            continue
        inner = forms.get(match.group(1), match.group(1))
        areas = [gz.places[i] for i in gz.lookup(inner) if gz.places[i].place_type in ADMIN_TYPES]
        if areas:
            out.setdefault(fold(m.name), []).extend(areas)
    return out


def _inside_areas(m: Mention, areas: list[Place], gz: Gazetteer) -> list[int]:
    """The town or county senses of a name in one of the areas: in its country, or in its state by the gazetteer's
    code, or within SEAT_KM of a county's point (the gazetteer places English towns in England only)."""
    countries = {p.country_code for p in areas if p.place_type == "country"}
    states = {(p.gazetteer_id or "").removeprefix("iso3166-2:") for p in areas if p.place_type == "admin1"}
    counties = [(p.lat, p.lon) for p in areas if p.place_type == "admin2" and p.lat is not None]
    return [
        i
        for i in m.candidates
        if gz.places[i].place_type in LOCAL_TYPES
        and (
            gz.places[i].country_code in countries
            or gz.places[i].parent in states
            or within_km(gz.places[i], counties, SEAT_KM)
        )
    ]


def _namesake_town_in(m: Mention, codes: set[str], gz: Gazetteer, abbreviated: bool) -> bool:
    """'Lebanon, Indiana', 'Cuba, New Mexico': a country's name written before a state's name is a town of that
    state, when the gazetteer knows one there; a state's name is one before another state's abbreviation or postal
    code only ('Washington, Pa.'), for two states' names side by side are more often two states ('Virginia, Ohio
    elections'). Not before its own state ('New York, N.Y.': the city, which the state after it places), nor before
    a country ('Georgia, Armenia' are two countries)."""
    own = {gz.places[i].gazetteer_id for i in m.candidates if gz.places[i].place_type == "admin1"}
    country = any(gz.places[i].place_type == "country" for i in m.candidates)
    return (
        _states_only(codes)
        and (country or abbreviated)
        and not any(f"iso3166-2:{c}" in own for c in codes)
        and any(gz.places[i].place_type in LOCAL_TYPES and gz.places[i].parent in codes for i in m.candidates)
    )


def _abbreviated(m: Mention, gz: Gazetteer) -> bool:
    """The mention is a state's abbreviation or postal code ('Pa.', 'PA'), not its name."""
    return m.name in gz.abbreviation or m.name in gz.postal


def _states_only(codes: set[str]) -> bool:
    """Codes of states or provinces (ISO 3166-2: 'US-MO'), no country's among them."""
    return bool(codes) and all("-" in c for c in codes)


def _towns_elsewhere(m: Mention, codes: set[str], gz: Gazetteer) -> bool:
    """All the name's senses are towns or counties placed in other states than `codes` name: none is a region ('Bay
    Area, California'), and the states are of countries whose towns the gazetteer places in their states exactly
    (exact_parents: 'Monbetsu, Hokkaido' is Hokkaido's, though GeoNames' code for Hokkaido reads as Chiba's)."""
    countries = {c.split("-")[0] for c in codes}
    return countries <= exact_parents() and all(
        gz.places[i].place_type in LOCAL_TYPES
        and not (gz.places[i].parent is None and gz.places[i].country_code in countries)
        for i in m.candidates
    )


def _in_list(before: Mention | None, town: Mention, docs: list[Doc]) -> bool:
    """'offices in Los Angeles, Miami, West Palm Beach, New York, and Detroit': the town is a list's item, so the
    state's name after it may be the next item (a city), not the town's state."""
    return (
        before is not None
        and before.block == town.block
        and _LIST_GAP.fullmatch(text_of(docs[town.block])[before.end : town.start]) is not None
    )


def _listed_area(m: Mention, nxt: Mention | None, docs: list[Doc], gz: Gazetteer) -> bool:
    """'Chicago, Texas and Florida': the area is an item of a list of states, not the place of the town before it."""
    return (
        nxt is not None
        and nxt.block == m.block
        and _LIST_GAP.fullmatch(text_of(docs[m.block])[m.end : nxt.start]) is not None
        and _country_or_state(nxt, gz)
    )


def _before_town_and_state(
    ordered: list[Mention], docs: list[Doc], gz: Gazetteer, areas: dict[str, set[str]]
) -> set[str]:
    """'Music Park at Walnut Creek, Raleigh, NC': a name written before a town and that town's state is in that
    state (a venue, a neighbourhood): its area is the state's, not the town's. The names of no country, state or
    large city so written (not a list's 'Dallas, Houston, Austin, TX'), which the caller leaves without a sense when
    the gazetteer knows none of them in that state."""
    strict: set[str] = set()
    for a, b in zip(ordered, ordered[1:], strict=False):
        if a.block != b.block or text_of(docs[a.block])[a.end : b.start] != ", " or _country_or_state(b, gz):
            continue
        key = fold(b.name)
        if _country_or_state(a, gz) or _large_city(a, gz) or key not in areas or not _large_city(b, gz):
            continue
        states = {c for c in areas[key] if "-" in c}  # the town's state, not its country alone
        if states:
            areas[fold(a.name)] = states
            strict.add(fold(a.name))
    return strict


def _large_city(m: Mention, gz: Gazetteer) -> bool:
    return any(gz.places[i].population >= RESCUE_MIN_POPULATION for i in m.candidates)


def postal_codes(mentions: list[Mention], docs: list[Doc], gz: Gazetteer) -> list[Mention]:
    """A state's or province's postal code or abbreviation after a town and a comma is a place ('Phoenix, AZ',
    'Melville, Sask.'): the mention the model made of it gets the subdivisions it may name as candidates, else it is
    a new mention."""
    at = {(m.block, m.start): m for m in mentions}
    out = []
    for m in mentions:
        found = _area_after(m, docs, gz)
        if found is None or (_country_or_state(m, gz) and not _namesake_town_in(m, _codes(found[2], gz), gz, True)):
            continue
        start, end, candidates = found
        code = at.get((m.block, start))
        if code is None:
            code = Mention(m.block, start, end, "", strong=False)
            at[(m.block, start)] = code
            out.append(code)
        code.candidates, code.end = candidates, end
        code.name = text_of(docs[m.block])[start:end]
    return out


# a legislator's party letter, a hyphen and a state's two-letter postal code, closing a bracket or a comma's aside
# ('Robert Aderholt (R-AL), ranking member', 'Rep. Tom Cole, R-OK, said'); a district's number may follow ('D-NY-14')
PARTY_CODE = re.compile(r"(?:\(|,\s)([A-Z])-([A-Z]{2})(?=\)|,|-\d)")


def party_codes(mentions: list[Mention], docs: list[Doc], gz: Gazetteer) -> list[Mention]:
    """'Robert Aderholt (R-AL), ranking member of the subcommittee': a legislator's party letter (data: party_letters)
    and a US state's postal code after it, in a bracket or a comma's aside (PARTY_CODE), name the state the legislator
    represents, as the letter before a state's name or abbreviation does ('(D-Calif.)': untagged._party_state). The
    letter vouches for the code, which alone is too often another word ('IN', 'OR', 'ME'); the code is the US state's
    only (never Western Australia's 'WA'). A code no US state has ('(R-XX)') and a bracketed code with no party letter
    ('(AL)', '(AI)') stay no place. A mention the model or another reader made of the code gets the state as its one
    candidate and kind."""
    at = {(m.block, m.start): m for m in mentions}
    out = []
    for block, doc in enumerate(docs):
        for match in PARTY_CODE.finditer(text_of(doc)):
            if match.group(1).lower() not in word_set("party_letters"):
                continue
            states = [i for i in gz.postal.get(match.group(2), []) if gz.places[i].country_code == "US"]
            if not states:
                continue
            start, end = match.span(2)
            code = at.get((block, start))
            if code is None:
                code = Mention(block, start, end, match.group(2), "admin1", strong=False)
                out.append(code)
            # a mention another reader made of the code ('LA' read untagged as Los Angeles's initials, a guess) is the
            # state's: the letter vouches for it
            code.candidates, code.end, code.hint, code.guess = states, end, "admin1", False
    return out


def bare_state_codes(mentions: list[Mention], docs: list[Doc], gz: Gazetteer) -> list[Mention]:
    """The mentions that are a state's postal code alone ('in WA', 'of NSW'), tagged a place by the model, which the
    gazetteer looks up only after a town and a comma: their reading waits for the article's country
    (state_codes_alone). Not one right after a comma."""
    return [
        m
        for m in mentions
        if not m.candidates
        and m.label == "GPE"
        and not m.guess
        and m.name in gz.postal
        # after a name and a comma it is postal_codes' to read, which leaves 'Washington, DC' and 'New York, NY' one
        # place each
        and not text_of(docs[m.block])[: m.start].rstrip().endswith(",")
    ]


def untagged_state_codes(mentions: list[Mention], docs: list[Doc], gz: Gazetteer) -> list[Mention]:
    """'from NSW National Parks and Wildlife Service' (NSW tagged a date), 'no fatalities in Tasmania or the ACT' (no
    entity): a state's code of three letters or more (UNTAGGED_CODE_MIN; the gazetteer's postal codes), written in
    capitals where the model tagged no place, waits for the article's country as bare_state_codes' do. Not in a
    sentence written all in capitals (a headline's 'ACT NOW'), nor right after a comma (postal_codes' to read), nor
    inside another mention."""
    taken = {(m.block, k) for m in mentions for k in range(m.start, m.end)}
    out = []
    for block, doc in enumerate(docs):
        text = text_of(doc)
        for tok in doc:
            if len(tok.text) < UNTAGGED_CODE_MIN or tok.text not in gz.postal or tok.ent_type_ in ("GPE", "LOC"):
                continue
            if (block, tok.idx) in taken or text[: tok.idx].rstrip().endswith(","):
                continue
            if not _in_mixed_case_sentence(tok):
                continue
            out.append(Mention(block, tok.idx, tok.idx + len(tok.text), tok.text, strong=False, guess=True))
    return out


def country_initials(mentions: list[Mention], docs: list[Doc], gz: Gazetteer) -> list[Mention]:
    """'in post-apartheid SA', 'That SA holds unparalleled reserves' (geowebnews, a story of South Africa's chiefs
    that names 'millions of South Africans'; 'SA' tagged an organisation): a country's initials (places.json
    country_initials) written alone are that country where the article names it and none of the initials' other
    senses (Saudi Arabia; South Australia, whose postal code they are: state_codes_alone reads them there). Not after
    a comma (a town's state, postal_codes'), a capitalised word, 'the' or a hyphen, nor before a capitalised word
    ('Danone SA', 'SA Rugby', 'the SA', 'CC BY-SA'), nor inside a longer entity. A mention the model made of them
    gets the country as its one candidate; else a new mention is made."""
    table = tables()["country_initials"]
    text = " ".join(text_of(doc) for doc in docs)
    out = []
    for code, entry in table.items():
        if code not in text or not _names_any(text, entry["words"]) or _names_any(text, entry["other_words"]):
            continue
        out += _initials_mentions(code, gz.country[entry["country"]], docs, mentions, _initials_alone)
    return out


def _initials_mentions(
    initials: str, place: int, docs: list[Doc], mentions: list[Mention], alone: Callable[[Token], bool]
) -> list[Mention]:
    """The initials where `alone` says they stand as a name, as mentions of the place: a mention the model made of
    them gets it as its one candidate; else a new mention is made, unless they are inside another mention's span."""
    at = {(m.block, m.start, m.end): m for m in mentions}
    out = []
    for block, doc in enumerate(docs):
        for tok in doc:
            if tok.text != initials or not alone(tok):
                continue
            end = tok.idx + len(initials)
            m = at.get((block, tok.idx, end))
            if m is None:
                if any(o.block == block and o.start < end and tok.idx < o.end for o in mentions):
                    continue
                m = Mention(block, tok.idx, end, initials, strong=False, guess=True)
                out.append(m)
            m.candidates = [place]
    return out


def region_initials(mentions: list[Mention], docs: list[Doc], gz: Gazetteer) -> list[Mention]:
    """'cities like Toronto and the GTA' (tr-news:1010014, an article that names Toronto): a region's
    initials that are no alias of it (data: regions' initials, each with the words that must be in the article and
    the words of the initials' other senses that must not: 'Grand Theft Auto') are the region where the article says
    so, whatever the model tags them, only right after 'the' and closing the noun phrase (_region_initials_after_the):
    'major GTA cities' and a bare 'CIS' are left, as a gold corpus leaves them unmarked (round 99: GeoWebNews'
    geowebnews:12 marks none of its six CIS, TR-News' tr-news:1010014 neither GTA, and reading all cost both rows). An
    alias would make every organisation the model tags so the region (rescue.py: 'the Center for Immigration Studies
    (CIS)'). A guess, as a country's initials are."""
    text = " ".join(text_of(doc) for doc in docs)
    out = []
    for initials, (region, entry) in _region_initials_table().items():
        if initials not in text or not _names_any(text, entry["words"]) or _names_any(text, entry["other_words"]):
            continue
        index = next((i for i in gz.lookup(region) if gz.places[i].place_type == "region"), None)
        if index is None:
            continue
        out += _initials_mentions(initials, index, docs, mentions, _region_initials_after_the)
    return out


@cache
def _region_initials_table() -> dict[str, tuple[str, dict]]:
    """Initials -> (the region's own name, their entry: words, other_words), from the regions' 'initials'."""
    return {k: (r["name"], v) for r in tables()["regions"] for k, v in r.get("initials", {}).items()}


def _names_any(text: str, words: list[str]) -> bool:
    """A word of the text starts with one of these ('South Africans' with 'South Africa')."""
    return any(re.search(rf"\b{re.escape(w)}", text) for w in words)


def _initials_alone(tok: Token) -> bool:
    """The initials stand alone as a name: no comma, capitalised word (a sentence's first one only when it is no
    name), 'the' or hyphen before them, no capitalised word after them, no longer entity around them, in a sentence
    with lower-case words."""
    doc = tok.doc
    if tok.ent_iob_ == "I" or (tok.i + 1 < len(doc) and doc[tok.i + 1].ent_iob_ == "I"):
        return False
    if tok.i > 0:
        before = doc[tok.i - 1]
        if before.text in (",", "-", "/") or before.lower_ == "the" or tok.idx == before.idx + len(before.text):
            return False
        if (before.is_title or before.is_upper) and (not before.is_sent_start or before.pos == PROPN):
            return False  # 'Danone SA said': a name opening the sentence is a company's; 'That SA holds' is no name
    if tok.i + 1 < len(doc) and (doc[tok.i + 1].is_title or doc[tok.i + 1].is_upper) and doc[tok.i + 1].is_alpha:
        return False
    return _in_mixed_case_sentence(tok)


def _in_mixed_case_sentence(tok: Token) -> bool:
    """The token's sentence (the whole block when the parse set none) has lower-case words: not a heading or a line
    written all in capitals, where initials are as often words."""
    doc = tok.doc
    sent = tok.sent.text if doc.has_annotation("SENT_START") else text_of(doc)
    return any(c.islower() for c in sent)


def _region_initials_after_the(tok: Token) -> bool:
    """A region's initials right after a lower-case 'the' ('cities like Toronto and the GTA'), closing the noun
    phrase as a region's short name does (article_regions.closes_phrase: 'the GTA cities', 'the GTA V release' name a
    thing of them, or a game), no longer entity around them."""
    doc = tok.doc
    if tok.i == 0 or doc[tok.i - 1].text != "the" or tok.ent_iob_ == "I":
        return False
    return closes_phrase(doc, tok.i + 1)


def state_codes_alone(
    codes: list[Mention], mentions: list[Mention], gz: Gazetteer, chosen: dict[str, int]
) -> list[Mention]:
    """'Wastewater in WA is diluted' (geowebnews, a story from Rockingham and Cape Peron): a state's postal code alone
    is the subdivision of that code in the article's country, the one most of its places (by their chosen senses) lie
    in; 'WA' is Western Australia there and Washington in an American story. No code of that country ('SA', South
    Australia's, in a South African story): no place. The codes read get their sense in `chosen`."""
    countries = Counter(gz.places[chosen[fold(m.name)]].country_code for m in mentions if fold(m.name) in chosen)
    top = max(countries.values(), default=0)
    home = {c for c, n in countries.items() if n == top}
    out, kept = [], {id(m) for m in mentions}
    for m in codes:
        if id(m) in kept:
            continue
        senses = [i for i in gz.postal[m.name] if gz.places[i].country_code in home]
        if not countries and len(m.name) >= UNTAGGED_CODE_MIN:
            senses = gz.postal[m.name]  # 'NSW' is one state's code only: no other place need say which
        if len(senses) == 1:
            m.candidates = senses
            chosen[fold(m.name)] = senses[0]
            out.append(m)
    return out


def codes_closing_names(mentions: list[Mention], docs: list[Doc], gz: Gazetteer) -> list[Mention]:
    """'the official opening of a brand new FrontCounter BC office', 'FrontCounter BC provides services' (geowebnews,
    a British Columbia government service in a story from Nelson, B.C.): a state's or a province's postal code closing
    an organisation's name, tagged an organisation, after its capitalised words (a space between, no capitalised
    word after it) is the jurisdiction the body's name carries, as 'Service NSW' and 'Police Scotland' are; set aside,
    as bare codes are, for state_codes_in_names to read once the article's places are chosen. The same name the model
    left untagged elsewhere in the article ('Learn More: FrontCounter BC:') is read too, one sense per article. Not
    in a name a company's, a school's, a club's, a paper's or a sports body's word makes a private body's
    (company_heads, organisation_heads, sports_body_words: 'Cricket WA'), nor a code that closes a person's or a
    company's name as a degree, a title or a legal form, or is an English word or a common initialism (data:
    designation_codes: 'Wiese MD', 'Anthony Orchard QC', 'Danone SA', 'Face ID', 'EYES ON'), nor one of three letters
    (untagged_state_codes reads those), nor in a sentence written all in capitals, nor where another mention covers
    the code."""
    taken = {(m.block, k) for m in mentions for k in range(m.start, m.end)}
    found = [
        (block, tok, _name_text(tok)) for block, doc in enumerate(docs) for tok in doc if _closes_a_body_name(tok, gz)
    ]
    names = {name for _, tok, name in found if tok.ent_type_ == "ORG"}
    return [
        Mention(block, tok.idx, tok.idx + len(tok.text), tok.text, strong=False, guess=True)
        for block, tok, name in found
        if (block, tok.idx) not in taken and (tok.ent_type_ == "ORG" or not tok.ent_type_ and name in names)
    ]


def _closes_a_body_name(tok: Token, gz: Gazetteer) -> bool:
    """The token is a postal code after a body's capitalised words (none a private body's word), closing the name, in
    a sentence with lower-case words."""
    # a code of three letters or more is read wherever written in capitals (untagged_state_codes)
    if tok.text not in gz.postal or len(tok.text) >= UNTAGGED_CODE_MIN or tok.text in word_set("designation_codes"):
        return False
    words = _name_words_before(tok)
    private = word_set("company_heads") | word_set("organisation_heads") | word_set("sports_body_words")
    if not words or {w.lower_ for w in words} & private or _capitalised_after(tok):
        return False
    return _in_mixed_case_sentence(tok)


def _name_text(tok: Token) -> str:
    """The code and the capitalised words before it: the body's name."""
    words = _name_words_before(tok)
    return tok.doc[words[0].i : tok.i + 1].text if words else tok.text


def _name_words_before(tok: Token) -> list[Token]:
    """The capitalised words (up to four, CamelCase too: 'FrontCounter') right before the token, a space after each,
    no person's among them."""
    doc = tok.doc
    words: list[Token] = []
    i = tok.i - 1
    while i >= 0 and len(words) < 4 and doc[i].is_alpha and doc[i].text[0].isupper() and doc[i].whitespace_:
        if doc[i].ent_type_ == "PERSON" or doc[i].is_upper:
            return []  # 'Wiese MD': a person's degree; 'VW ID': a run of initials
        words.insert(0, doc[i])
        i -= 1
    return words


def _capitalised_after(tok: Token) -> bool:
    """A capitalised word goes on after the token: the name goes on ('SA Rugby'), or it is no closing code."""
    doc = tok.doc
    return tok.i + 1 < len(doc) and doc[tok.i + 1].is_alpha and doc[tok.i + 1].text[0].isupper()


def state_codes_in_names(
    codes: list[Mention], mentions: list[Mention], gz: Gazetteer, chosen: dict[str, int]
) -> list[Mention]:
    """The codes closing a body's name (codes_closing_names) read where the article is set in that state or province:
    most of its places' chosen senses (the subdivision itself or a place in it) are there; else, initials being
    risky ('Danone SA', 'Cimpress NV', a person's 'MD' or 'QC' tagged with a firm), no place. The codes read get their
    sense in `chosen`."""
    parents = Counter(_subdivision_code(gz.places[chosen[fold(m.name)]]) for m in mentions if fold(m.name) in chosen)
    out = []
    for m in codes:
        home = [i for i in gz.postal[m.name] if 2 * parents[_subdivision_code(gz.places[i])] > sum(parents.values())]
        if len(home) == 1:
            m.candidates = home
            chosen[fold(m.name)] = home[0]
            out.append(m)
    return out


def _subdivision_code(p: Place) -> str | None:
    """The ISO 3166-2 code of the subdivision a place is, or lies in."""
    if p.place_type == "admin1" and p.gazetteer_id and p.gazetteer_id.startswith("iso3166-2:"):
        return p.gazetteer_id.removeprefix("iso3166-2:")
    return p.parent


def _area_after(m: Mention, docs: list[Doc], gz: Gazetteer) -> tuple[int, int, list[int]] | None:
    return area_after(text_of(docs[m.block]), m.end, gz)


def area_after(text: str, end: int, gz: Gazetteer) -> tuple[int, int, list[int]] | None:
    """The span and the candidates of a postal code ('Petersburg, VA.', 'Toronto, ON @ Budweiser Stage'; not followed
    by another capitalised word: 'Paris, OR Rome') or an abbreviation ('Melville, Sask.', 'Beckley, W. Va.') written
    right after text[:end] and a comma."""
    match = POSTAL_AFTER.match(text, end)
    if match and gz.postal.get(match.group(1)):
        return match.start(1), match.end(1), gz.postal[match.group(1)]
    match = ABBREVIATION_AFTER.match(text, end)
    if match:
        for k in (2, 1):
            abbr = " ".join(match.group(1).split()[:k])
            if abbr in gz.abbreviation:
                return match.start(1), match.start(1) + len(abbr), [gz.abbreviation[abbr]]
    return None


def _postal_after(m: Mention, docs: list[Doc], gz: Gazetteer) -> set[str]:
    """The ISO 3166-2 codes of the state or province whose code or abbreviation is written right after the mention."""
    found = _area_after(m, docs, gz)
    return _codes(found[2], gz) if found else set()


def _codes(states: list[int], gz: Gazetteer) -> set[str]:
    """The ISO 3166-2 codes of these subdivisions."""
    ids = (gz.places[i].gazetteer_id for i in states)
    return {i.removeprefix("iso3166-2:") for i in ids if i}


def _within(between: str) -> bool:
    """What joins a town to the area it lies in: ', ' ('Paris, Texas') or 'in' and maybe a direction ('Monroe County
    in northeast Missouri')."""
    words = between.split()
    return between == ", " or (
        bool(words)
        and words[0] == "in"
        and len(words) <= 2
        and all(w in word_set("direction_words") for w in words[1:])
    )


def _country_or_state(m: Mention, gz: Gazetteer) -> bool:
    key = fold(m.name)
    return any(
        gz.places[i].place_type == "country" or (gz.places[i].place_type == "admin1" and fold(gz.places[i].name) == key)
        for i in m.candidates
    )


def area_codes(m: Mention, gz: Gazetteer) -> set[str]:
    """The country codes and ISO 3166-2 codes a mention can name: 'Mo.' -> US-MO, 'France' -> FR."""
    key, out = fold(m.name), set()
    for i in m.candidates:
        p = gz.places[i]
        if p.place_type == "country":
            assert p.country_code is not None  # every country entry is built from its ISO code
            out.add(p.country_code)
        elif p.place_type == "admin1" and p.gazetteer_id and (fold(p.name) == key or m.name in gz.abbreviation):
            out.add(p.gazetteer_id.removeprefix("iso3166-2:"))
    return out


def mark_containers(mentions: list[Mention], docs: list[Doc]) -> None:
    """The place each mention is written after ('Bronx, New York'), and the mentions that must be a subdivision or
    a country: before a state's title ('New York Gov. Andrew Cuomo') or a person's noun ('a New York man'), or in a
    sentence about a state's own business ('the governor', 'upstate')."""
    for prev, m in zip([None, *mentions], mentions, strict=False):
        text = text_of(docs[m.block])
        if prev is not None and prev.block == m.block and text[prev.end : m.start] == ", ":
            m.container = prev
        elif _state_title_after().match(text, m.end) or _member_for(m, text):
            m.governed = m.us_office = True
        elif _from_there(m, text) or _statewide(m, docs[m.block]):
            m.governed = True


@cache
def _state_title_after() -> re.Pattern[str]:
    """A state's office or chamber written right after a name (data: state_titles_after): 'New York Attorney
    General', 'New York Gov.'."""
    return re.compile(rf"\s+(?:{word_alternation('state_titles_after')})(?![\w.])")


def _member_for(m: Mention, text: str) -> bool:
    """'said Senate Democratic leader Chuck Schumer of New York', 'Rep. Pramila Jayapal of Washington', 'the junior
    senator from New York': a legislator's or a governor's title (data: legislator_titles; a chamber's leader or whip:
    'Senate Majority Leader'), at most three capitalised words of the holder's name, and 'of' or 'from' before a
    name say which state the member sits for; a name that is a state's and a city's is the state there (sense_of).
    Not a mayor's: 'Mayor Bill de Blasio of New York' is the city's."""
    return _member_title_before().search(text[max(0, m.start - 120) : m.start]) is not None


@cache
def _member_title_before() -> re.Pattern[str]:
    """A legislator's title, the holder's name and 'of' or 'from', ending right before a mention."""
    title = rf"\b(?:{word_alternation('legislator_titles')})"
    leader = r"\b(?:Senate|House)(?: [A-Z][a-z]+){0,2} (?:[Ll]eader|[Ww]hip)"
    return re.compile(rf"(?:{title}|{leader})(?: [A-Z][\w'’-]*\.?){{0,3}},? (?:of|from) $")


def _statewide(m: Mention, doc: Doc) -> bool:
    """'Governor Andrew Cuomo said ... patients admitted to New York hospitals', 'a dairy farm in upstate New York':
    a sentence about a state's own business (its governor, legislature, counties) or a part of it ('upstate') speaks
    of the state; a name that is a state's and a city's is the state there (sense_of)."""
    span = span_at(doc, m.start, m.end)
    return span is not None and bool(set(_WORD.findall(span.sent.text.lower())) & word_set("statewide_words"))


_WORD = re.compile(r"[a-z]+")


def _from_there(m: Mention, text: str) -> bool:
    """'a New York man', 'an Ohio couple': a name between 'a' and a person's noun says where the person is from; a
    name that is a state's and a city's is the state there (the reader cannot tell the city)."""
    after = re.match(r" (\w+)", text[m.end : m.end + 16])
    # 'a' or 'an' before it, or the start of a headline, which leaves the article out ('New York man pleads guilty')
    before = m.start == 0 or re.search(r"\b(?:a|an|A|An) $", text[max(0, m.start - 4) : m.start]) is not None
    return before and after is not None and after.group(1).lower() in word_set("person_nouns_after")


def sense_of(m: Mention, gz: Gazetteer, chosen: dict[str, int]) -> int | None:
    """The article's sense of the name, unless the mention must be a subdivision or country ('Bronx, New York',
    'Everett, Washington') and the name has such a sense: then that one, in the country of the place before it."""
    index = chosen.get(fold(m.name))
    if index is None or (m.container is None and not m.governed) or m.hint:
        return index
    if m.us_office and gz.places[index].place_type == "country":
        index = _us_state_namesake(m, index, gz)
    if m.container is None:  # a governed name's state is in its town's country: 'Victoria' is British Columbia's
        inner: Place | None = gz.places[index]
    else:
        inner = gz.places[chosen[fold(m.container.name)]] if fold(m.container.name) in chosen else None
    # 'Atlanta, Georgia' in an article whose Georgia is the country: after a town, the area is the town's own
    if gz.places[index].place_type in STATE_TYPES and (
        inner is None or inner.country_code == gz.places[index].country_code
    ):
        return index
    key = fold(m.name)  # a subdivision by its own name only: 'Paris' is no name of Ile-de-France here
    wide = [
        i
        for i in m.candidates
        if (
            gz.places[i].place_type == "country"
            or (gz.places[i].place_type == "admin1" and fold(gz.places[i].name) == key)
        )
        and (inner is None or gz.places[i].country_code == inner.country_code)
    ]
    if inner is not None and inner.parent:
        wide = [
            i
            for i in wide
            if gz.places[i].place_type == "country" or gz.places[i].gazetteer_id == f"iso3166-2:{inner.parent}"
        ] or wide
    return max(wide, key=lambda i: gz.places[i].population, default=index)


def _us_state_namesake(m: Mention, country: int, gz: Gazetteer) -> int:
    """'Sen. David Perdue of Georgia', 'the Georgia National Guard': a US state's office or body (mark_containers)
    says the name is the US state's where it is a country's too. Not where the state and the country are one place
    ('Puerto Rico Gov.': the territory's subdivision entry US-PR is the country PR), which the country's entry stays."""
    own = gz.places[country].country_code
    key = fold(m.name)
    states = [
        i
        for i in m.candidates
        if gz.places[i].place_type == "admin1"
        and gz.places[i].country_code == "US"
        and fold(gz.places[i].name) == key
        and gz.places[i].gazetteer_id != f"iso3166-2:US-{own}"
    ]
    return states[0] if states else country
