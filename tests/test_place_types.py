"""The place-type groups the finder asks about (normalize.places TOWN_TYPES, LOCAL_TYPES, SUBDIVISION_TYPES,
STATE_TYPES, AREA_TYPES, ADMIN_TYPES) hold only the record contract's place types: a misspelt type ('localty') would match no place and
silently turn a rule off."""

from __future__ import annotations

from typing import get_args

import pytest

from extractor.models import PlaceType
from extractor.normalize.places import (
    ADMIN_TYPES,
    AREA_TYPES,
    LOCAL_TYPES,
    STATE_TYPES,
    SUBDIVISION_TYPES,
    TOWN_TYPES,
)

GROUPS = {
    "TOWN_TYPES": TOWN_TYPES,
    "LOCAL_TYPES": LOCAL_TYPES,
    "SUBDIVISION_TYPES": SUBDIVISION_TYPES,
    "STATE_TYPES": STATE_TYPES,
    "AREA_TYPES": AREA_TYPES,
    "ADMIN_TYPES": ADMIN_TYPES,
}


@pytest.mark.parametrize("name", GROUPS)
def test_group_holds_only_place_types(name: str) -> None:
    group = GROUPS[name]
    assert isinstance(group, frozenset) and group
    assert group <= set(get_args(PlaceType)), f"{name}: {sorted(group - set(get_args(PlaceType)))} not a PlaceType"


def test_local_types_are_towns_and_counties() -> None:
    # a county is named after its seat: the town-or-county group is the towns' and admin2, nothing else
    assert LOCAL_TYPES == TOWN_TYPES | {"admin2"}
    assert TOWN_TYPES == {"city", "locality"}


def test_areas_are_no_settlements() -> None:
    # the wide areas and the administrative ones never hold a town's type: a rule asking "is it an area?" must not
    # take a town
    assert not (AREA_TYPES | ADMIN_TYPES) & TOWN_TYPES
    assert AREA_TYPES == STATE_TYPES | {"region"} and ADMIN_TYPES == STATE_TYPES | {"admin2"}
