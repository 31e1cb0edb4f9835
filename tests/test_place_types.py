"""The place-type groups the finder asks about (normalize.places TOWN_TYPES, LOCAL_TYPES, SUBDIVISION_TYPES,
STATE_TYPES) hold only the record contract's place types: a misspelt type ('localty') would match no place and
silently turn a rule off."""

from __future__ import annotations

from typing import get_args

import pytest

from extractor.models import PlaceType
from extractor.normalize.places import LOCAL_TYPES, STATE_TYPES, SUBDIVISION_TYPES, TOWN_TYPES

GROUPS = {
    "TOWN_TYPES": TOWN_TYPES,
    "LOCAL_TYPES": LOCAL_TYPES,
    "SUBDIVISION_TYPES": SUBDIVISION_TYPES,
    "STATE_TYPES": STATE_TYPES,
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
