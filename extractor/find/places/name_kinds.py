"""What kind of place the gazetteer knows a name as: the predicates the mention modules share.

Decisions: an own name is the gazetteer entry's name, not an alternate one ('White House' is also a translation of
Casablanca), and most questions here ask for it ('Ohio', 'Hunan', 'Oahu', 'Lane County'); a country and a region
count by any of their names ('EU' is the European Union's), a large city (words.RESCUE_MIN_POPULATION) only by its
own. Each predicate is a lookup and a test of place_type, no word of the text around the name.
"""

from __future__ import annotations

from ...normalize.places import Gazetteer, fold
from .words import RESCUE_MIN_POPULATION, looks_like_name


def _own_name_of(name: str, kinds: tuple[str, ...], gz: Gazetteer) -> bool:
    """The name is the own name (not an alias) of a place of one of these kinds: 'Greece' a country's, 'Lane
    County' a county's."""
    key = fold(name)
    return any(gz.places[i].place_type in kinds and fold(gz.places[i].name) == key for i in gz.lookup(name))


def _region_by_any_name(name: str, gz: Gazetteer) -> bool:
    return looks_like_name(name) and any(gz.places[i].place_type == "region" for i in gz.lookup(name))


def _state_name(name: str, gz: Gazetteer) -> bool:
    """The own name of a country or a first-level subdivision ('Ohio', 'Hunan'), not an alternate one."""
    key = fold(name)
    return any(
        gz.places[i].place_type in ("country", "admin1") and fold(gz.places[i].name) == key for i in gz.lookup(name)
    )


def _state_or_country(name: str, gz: Gazetteer) -> bool:
    """A country by any of its names, or a state by its own name."""
    return _own_name_of(name, ("admin1",), gz) or any(gz.places[i].place_type == "country" for i in gz.lookup(name))


def _region_named(name: str, gz: Gazetteer) -> bool:
    """The own name of a region, an island or a sea ('Oahu', 'Cape Cod'), not an alternate one."""
    key = fold(name)
    return any(gz.places[i].place_type == "region" and fold(gz.places[i].name) == key for i in gz.lookup(name))


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
        p.place_type in ("country", "admin1", "admin2")
        and (fold(p.name) == key or p.place_type == "country")
        or (p.place_type == "city" and fold(p.name) == key and p.population >= RESCUE_MIN_POPULATION)
        for p in map(gz.places.__getitem__, gz.lookup(name))
    )


def _own_name(name: str, gz: Gazetteer, wide: bool = False) -> bool:
    key = fold(name)
    return any(
        fold(gz.places[i].name) == key or (wide and gz.places[i].place_type == "country")
        for i in gz.lookup(name)
        if not wide or gz.places[i].place_type in ("country", "admin1")
    )
