"""What kind of place the gazetteer knows a name as: the predicates the place finder's modules share.

Decisions: an own name is the gazetteer entry's name, not an alternate one ('White House' is also a translation of
Casablanca), and most questions here ask for it ('Ohio', 'Hunan', 'Oahu', 'Lane County'); a country and a region
count by any of their names ('EU' is the European Union's), a large city (words.RESCUE_MIN_POPULATION) only by its
own. strong_name, the question most modules ask, also takes a state's abbreviation ('Va.', places.json
abbreviations) as its own name, and never a word of places.json's not_places; towns_named gives the towns and
counties themselves. Each predicate is a lookup and a test of place_type, no word of the text around the name. The
near-alike ones stay apart: each takes other kinds (a county, a region, an abbreviation, a large city or not), and
one merged test would change what its callers find.
A name that is the first part of a bigger town's 'X-on-Y' name ('Henley' of Henley-on-Thames, 'X upon Y', 'X-under-Y',
'X-by-Y') is that town written short when every sense the gazetteer has for the name is a town in the bigger town's
country at least SHORT_FORM_RATIO times smaller (short_form_towns): a list of seats' 'Henley' is Henley-on-Thames,
not the Suffolk village of 573 people; 'Stratford' keeps its London town, no smaller than Stratford-upon-Avon. A
name that is a town's own name less its first word, and the gazetteer's only sense of it ('Tunbridge Wells' of Royal
Tunbridge Wells), is that town's name written short (town_written_short).
A compass part of a place ('West Wales', 'North East Bedfordshire', a constituency) sits at the whole's point only
where the whole is small enough that any part lies near it: measured on the gazetteer's own towns (no installed
package gives a subdivision's area), 95% of them within COMPASS_WHOLE_EXTENT_KM of the whole's point, so a part's
centre, about half-way out, lies within ~100 km. A large state's parts that news names as regions ('Southern
California', 'West Texas') have rough centres in a table (places.json compass_part_points); any other part of a large
whole has no point (compass_part_point).
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection
from functools import cache

from ...normalize.places import ADMIN_TYPES, LOCAL_TYPES, STATE_TYPES, TOWN_TYPES, Gazetteer, Place, fold, tables
from .resolve import great_circle_km
from .words import RESCUE_MIN_POPULATION, compass_feature_name, looks_like_name, word_set

__all__ = [
    "county_short_form",
    "compass_part_point",
    "hyphened_name",
    "is_airport",
    "is_nickname",
    "short_form_towns",
    "spelled_saint",
    "state_or_big_city",
    "strong_name",
    "town_written_short",
    "towns_of_long_name",
    "towns_named",
]

# a compass part's point is its whole's where nearly all of the whole lies within this of the whole's point: a part's
# centre lies about half-way from the centre to the edge, so within ~100 km of the whole's point ('West Wales')
COMPASS_WHOLE_EXTENT_KM = 200.0
# the share of the whole's towns that must lie within that extent (an island or an exclave far off is no part of
# what a compass word divides)
COMPASS_EXTENT_SHARE = 0.95

# how many times bigger a town named 'X-on-Y' must be than every same-country town the gazetteer calls 'X' for 'X'
# to be read as its short form
SHORT_FORM_RATIO = 10


def _own_name_of(name: str, kinds: Collection[str], gz: Gazetteer) -> bool:
    """The name is the own name (not an alias) of a place of one of these kinds: 'Greece' a country's, 'Lane
    County' a county's."""
    key = fold(name)
    return any(gz.places[i].place_type in kinds and fold(gz.places[i].name) == key for i in gz.lookup(name))


def _region_by_any_name(name: str, gz: Gazetteer) -> bool:
    return looks_like_name(name) and any(gz.places[i].place_type == "region" for i in gz.lookup(name))


def _state_name(name: str, gz: Gazetteer) -> bool:
    """The own name of a country or a first-level subdivision ('Ohio', 'Hunan'), not an alternate one."""
    return _own_name_of(name, STATE_TYPES, gz)


def _state_or_country(name: str, gz: Gazetteer) -> bool:
    """A country by any of its names, or a state by its own name."""
    return _own_name_of(name, ("admin1",), gz) or any(gz.places[i].place_type == "country" for i in gz.lookup(name))


def _region_named(name: str, gz: Gazetteer) -> bool:
    """The own name of a region, an island or a sea ('Oahu', 'Cape Cod'), not an alternate one."""
    return _own_name_of(name, ("region",), gz)


def _country_region_or_city(name: str, gz: Gazetteer) -> bool:
    key = fold(name)
    return any(
        p.place_type in ("country", "region")
        or (p.place_type == "city" and fold(p.name) == key and p.population >= RESCUE_MIN_POPULATION)
        for p in map(gz.places.__getitem__, gz.lookup(name))
    )


def _home_name(name: str, gz: Gazetteer) -> bool:
    """A country's, a subdivision's or a county's name, or a large city's own name: no region ('an Amazon delivery
    driver' works for the company), no small town ('Ford worker')."""
    key = fold(name)
    return any(
        p.place_type in ADMIN_TYPES
        and (fold(p.name) == key or p.place_type == "country")
        or (p.place_type == "city" and fold(p.name) == key and p.population >= RESCUE_MIN_POPULATION)
        for p in map(gz.places.__getitem__, gz.lookup(name))
    )


def _own_name(name: str, gz: Gazetteer, wide: bool = False) -> bool:
    key = fold(name)
    return any(
        fold(gz.places[i].name) == key or (wide and gz.places[i].place_type == "country")
        for i in gz.lookup(name)
        if not wide or gz.places[i].place_type in STATE_TYPES
    )


def hyphened_name(name: str, gz: Gazetteer) -> bool:
    """A hyphened name the gazetteer knows whole: a place's own name ('Gilgit-Baltistan', 'Newcastle-under-Lyme'), or
    a country's or a state's by any name, its English one ('Saxony-Anhalt' for Sachsen-Anhalt, not Saxony); a town's
    alternate names are too loose for that ('River-Bank' is one of an Ohio town's). Not compass words alone
    ('North-East', 'South-West': the own names of Botswana's and Singapore's districts, a part of any country)."""
    if all(w.lower() in word_set("compass_words") for w in name.split("-")):
        return False
    return _own_name(name, gz) or any(gz.places[i].place_type in STATE_TYPES for i in gz.lookup(name))


def spelled_saint(name: str, gz: Gazetteer) -> str:
    """'St Eustatius' -> 'Sint Eustatius', 'St Lucia' -> 'Saint Lucia', 'St Catherine' -> 'Saint Catherine': a name that
    opens with a saint's abbreviation (data: saint_abbreviations) and that is no place's own name as written (it may be
    an alternate one: 'St Catherine' of an Egyptian village) is looked up with the saint spelled out, and is that name
    when a country or a subdivision has it as its own. ISO 3166 spells them out and gives no abbreviation; towns need
    none of this (GeoNames' alternate names carry their 'St.' forms, 'St. Louis' and 'St. Thomas' are own names), and
    a town's spelled-out namesake is no reading of an abbreviation the gazetteer lacks ('St. Vincent' is no Sao
    Vicente, Cape Verde, which has 'Saint Vincent' among its names). Any other name is returned as it is."""
    head, _, rest = name.partition(" ")
    forms = tables()["saint_abbreviations"].get(head)
    if not forms or not rest[:1].isupper() or _own_name(name, gz):
        return name
    for form in forms:
        spelled = f"{form} {rest}"
        if _own_name_of(spelled, ADMIN_TYPES, gz):
            return spelled
    return name


def towns_named(name: str, gz: Gazetteer) -> list[Place]:
    """The towns and counties the gazetteer knows by this own name (not an alternate one)."""
    key = fold(name)
    return [
        p for p in map(gz.places.__getitem__, gz.lookup(name)) if p.place_type in LOCAL_TYPES and fold(p.name) == key
    ]


def town_written_short(name: str, gz: Gazetteer) -> list[Place]:
    """'Tunbridge Wells': the one town the gazetteer knows by the name, whose own name is the name after one more
    word (Royal Tunbridge Wells), as a list; empty for any other name."""
    hits = [gz.places[i] for i in gz.lookup(name)]
    if len(hits) != 1 or hits[0].place_type not in TOWN_TYPES:
        return []
    own = fold(hits[0].name).split(" ", 1)
    return hits if len(own) == 2 and own[1] == fold(name) else []


def strong_name(name: str, gz: Gazetteer, cities: bool = False) -> bool:
    """The name of a country (any of its names), or the own name of a subdivision, a region or (if asked) a
    large city; a region's initials count as its own name (_region_initials: 'EU')."""
    if not looks_like_name(name) or fold(name) in word_set("not_places"):
        return False
    key = fold(name)
    for i in gz.lookup(name):
        p = gz.places[i]
        if p.place_type == "country":
            return True
        own = fold(p.name) == key or name in gz.abbreviation
        if (own or _region_initials(name, p)) and p.place_type in ("admin1", "region"):
            return True
        if (
            own
            and cities
            and (p.place_type == "admin2" or p.place_type == "city" and p.population >= RESCUE_MIN_POPULATION)
        ):
            return True
    return False


def _region_initials(name: str, p: Place) -> bool:
    """A region's initials in capitals, the gazetteer's alias of it ('EU', 'E.U.', 'FATA'), stand for it as its own
    name does: 'The group will write to the EU Transport Commissioner Violeta Bulc' names the Union's office. Its
    other aliases do not: a bare word of one ('Gulf', 'Pacific') opens many another body's name."""
    letters = name.replace(".", "")
    return p.place_type == "region" and letters.isalpha() and letters.isupper() and len(letters) <= 5


def is_airport(p: Place) -> bool:
    """An airport of places.json: a hand-kept airport ('other') or a region ('London Heathrow Airport') whose own
    name has the word."""
    return "airport" in fold(p.name).split()


def is_nickname(name: str, gz: Gazetteer) -> bool:
    return (name[4:] if name[:4] in ("the ", "The ") else name) in gz.nickname


def state_or_big_city(name: str, gz: Gazetteer) -> bool:
    """A country by any of its names, a subdivision's own name, or a large city's own name."""
    key = fold(name)
    return any(
        p.place_type == "country"
        or fold(p.name) == key
        and (p.place_type == "admin1" or p.place_type == "city" and p.population >= RESCUE_MIN_POPULATION)
        for p in map(gz.places.__getitem__, gz.lookup(name))
    )


def compass_part(name: str, gz: Gazetteer) -> Place | None:
    """'West Wales', 'Southern California', 'South West Devon': one or two capitalised compass words (data:
    compass_words) before the own name of a country, a first-level subdivision or a county name that part of it, a
    region the gazetteer does not know whole. Returns the place it is part of (its country is the part's), else None.
    Not a name the gazetteer knows whole (callers ask only for names without candidates), nor a compass word
    before a town ('North Bergen' is a town of its own), nor words after the place's name ('West Midlands Police')."""
    if compass_feature_name(name):
        return None  # 'the south West Coast' is a coast, not the west of Tanzania's Coast region
    words = name.removeprefix("the ").removeprefix("The ").split()
    n = 0
    while n < min(2, len(words) - 1) and words[n][:1].isupper() and words[n].lower() in word_set("compass_words"):
        n += 1
    if n == 0:
        return None
    rest = " ".join(words[n:])
    if not looks_like_name(rest):
        return None
    key = fold(rest)
    return next(
        (p for p in map(gz.places.__getitem__, gz.lookup(rest)) if p.place_type in ADMIN_TYPES and fold(p.name) == key),
        None,
    )


def compass_part_point(name: str, whole: Place, gz: Gazetteer) -> tuple[float, float] | None:
    """Where a compass part of a place lies ('West Wales', 'Southern California'): its rough centre where news names it
    as a region of a large state (data: compass_part_points), else the whole's own point where the whole is small
    enough that any part of it lies near that point (_extent_km: Wales, an English county, a small country), else
    None: the centre of California lies hundreds of kilometres from Southern California's."""
    point = tables()["compass_part_points"].get(" ".join(name.removeprefix("the ").removeprefix("The ").split()))
    if point is not None:
        return float(point[0]), float(point[1])
    if whole.lat is None or whole.lon is None:
        return None
    extent = _extent_km(whole, gz)
    return (whole.lat, whole.lon) if extent is not None and extent <= COMPASS_WHOLE_EXTENT_KM else None


def _extent_km(whole: Place, gz: Gazetteer) -> float | None:
    """How far from its point the whole's towns lie (the COMPASS_EXTENT_SHARE quantile), measured on the gazetteer's
    own towns: a country's by its code, a first-level subdivision's by their parent code, a county's as the towns of
    its subdivision nearer its point than any other county's of the same subdivision (the gazetteer keeps no county
    of a town). None where it has too few towns to tell."""
    if whole.place_type == "admin2":
        far = _county_towns_km(whole.parent, gz).get(whole, [])
    else:
        far = _towns_km(whole, gz)
    if len(far) < 10:
        return None
    far = sorted(far)
    return far[min(len(far) - 1, int(COMPASS_EXTENT_SHARE * len(far)))]


@cache
def _towns(gz: Gazetteer) -> list[Place]:
    return [p for p in gz.places if p.place_type in TOWN_TYPES and p.lat is not None and p.lon is not None]


@cache
def _towns_km(whole: Place, gz: Gazetteer) -> list[float]:
    code = (whole.gazetteer_id or "").removeprefix("iso3166-2:")
    inside = (
        [p for p in _towns(gz) if p.country_code == whole.country_code]
        if whole.place_type == "country"
        else [p for p in _towns(gz) if p.parent == code]
    )
    return [great_circle_km(whole.lat, whole.lon, p.lat, p.lon) for p in inside]  # type: ignore[arg-type]


@cache
def _county_towns_km(parent: str | None, gz: Gazetteer) -> dict[Place, list[float]]:
    """Each county of a subdivision and its towns' distances from its point, a town being the nearest county's
    (read once per subdivision: some 2 s for England's 5,000 towns and 150 counties)."""
    counties = [q for q in gz.places if q.place_type == "admin2" and q.parent == parent and q.lat is not None]
    out: dict[Place, list[float]] = {}
    if parent is None or not counties:
        return out
    for p in _towns(gz):
        if p.parent != parent:
            continue
        squeeze = math.cos(math.radians(p.lat))  # type: ignore[arg-type]
        # the nearest on a flat map with the meridians drawn together as at the town's latitude (fast, and as good
        # as the great circle at a county's scale)
        near = min(counties, key=lambda q: (q.lat - p.lat) ** 2 + ((q.lon - p.lon) * squeeze) ** 2)  # type: ignore[operator]
        out.setdefault(near, []).append(great_circle_km(near.lat, near.lon, p.lat, p.lon))  # type: ignore[arg-type]
    return out


def county_short_form(name: str, strong: bool, candidates: list[int], article: str, gz: Gazetteer) -> list[int]:
    """'said Miami-Dade Police Detective Alvaro Zabaleta' (tagged a place): a name the model tags a place that the
    gazetteer knows by no sense of its own, but with 'County' after it as a county, is that county written without
    its word, as news writes a US county, when the name is a hyphened one (no person's or pet's name: 'Siskiyou' is
    a zoo's wolf, 'Dixie' the South) or the `article` writes the county's whole name too ('Broward County ...
    schools in Broward'); not a rescued span (no model's tag to vouch for a bare word)."""
    if candidates or not strong:
        return []
    whole = f"{name} County"
    if "-" not in name and whole not in article:
        return []
    return [i for i in gz.lookup(whole) if gz.places[i].place_type == "admin2"]


def short_form_towns(name: str, candidates: list[int], gz: Gazetteer) -> list[int]:
    """The towns whose 'X-on-Y' name ('Henley-on-Thames', 'Newcastle upon Tyne') begins with the name, not among
    its candidates, in the country of a candidate, and at least SHORT_FORM_RATIO times bigger than every candidate
    there; only when every candidate is a town (a county, a state or a region is no short form)."""
    if not candidates or any(gz.places[i].place_type not in TOWN_TYPES for i in candidates):
        return []
    out = []
    for i in _long_names(gz).get(fold(name), []):
        p = gz.places[i]
        peers = [gz.places[c].population for c in candidates if gz.places[c].country_code == p.country_code]
        if i not in candidates and peers and p.population >= SHORT_FORM_RATIO * max(peers):
            out.append(i)
    return out


def towns_of_long_name(name: str, gz: Gazetteer) -> list[Place]:
    """'Bexhill': the towns whose own name is 'X-on-Y' with the name its first part ('Bexhill-on-Sea'), for a name
    the gazetteer knows no town or county by as its own (short_form_towns weighs them against such towns)."""
    if towns_named(name, gz):
        return []
    return [gz.places[i] for i in _long_names(gz).get(fold(name), [])]


# a folded 'X on Y' name on its line: its first part, the joining word, an optional 'the' and one more word
_LONG_NAME = re.compile(r"^([^\n]+?) (?:on|upon|under|by) (?:the )?[^ \n]+$", re.MULTILINE)


@cache
def _long_names(gz: Gazetteer) -> dict[str, list[int]]:
    """First part -> the towns of the gazetteer whose own name is 'X on Y' (read once, on the first short name: one
    pattern over the index's names joined by lines, about three times faster than a test per name)."""
    out: dict[str, list[int]] = {}
    for match in _LONG_NAME.finditer("\n".join(gz.index)):
        key = match.group(0)
        for i in gz.index[key]:
            p = gz.places[i]
            if p.place_type in TOWN_TYPES and fold(p.name) == key:
                out.setdefault(match.group(1), []).append(i)
    return out
