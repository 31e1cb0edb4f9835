"""What the finders hand to facts.py: one typed dict per family, before the evidence is added.

Every candidate names its place in the parsed text (`block`: index into the Docs, `start`/`end`: character
offsets in that Doc's text) and its `kind`; the other keys are the family's own SPEC fields. facts.py adds the
evidence and validates the record against models.py, which stays the contract: these types only say what each
finder promises to produce, so mypy can check both sides.

TypedDicts, not dataclasses: facts.py merges the candidate with the evidence into the dict the models
validate, and a finder builds thousands of them per article.
"""

from __future__ import annotations

from typing import Literal, NotRequired, TypedDict

__all__ = ["AmountCandidate", "Candidate", "CountCandidate", "DateCandidate", "PlaceCandidate", "QuantityKind"]

# what a number is read as: an amount (with a unit) or a count (of a noun)
QuantityKind = Literal["amount", "count"]


class _Located(TypedDict):
    block: int
    start: int
    end: int


class _Quantity(_Located):
    value: float | None
    low: float | None
    high: float | None
    qualifier: str


class AmountCandidate(_Quantity):
    kind: Literal["amount"]
    unit: str | None
    unit_kind: str | None
    per: NotRequired[str | None]  # money's rate: the unit it is paid per (find/amounts.py money_rates)


class CountCandidate(_Quantity):
    kind: Literal["count"]
    counted: str | None


class DateCandidate(_Located):
    kind: Literal["date"]
    value: str | None
    granularity: str | None
    earliest: str | None
    latest: str | None
    relative: bool
    reference_date: str | None


class PlaceCandidate(_Located):
    kind: Literal["place"]
    name: str
    place_type: str
    country_code: str | None
    lat: float | None
    lon: float | None
    gazetteer_id: str | None


Candidate = AmountCandidate | CountCandidate | DateCandidate | PlaceCandidate
