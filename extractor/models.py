"""The records of SPEC.md as Pydantic v2 models; `schemas/` is generated from here.

Validation rejects impossible records, so a bug upstream shows as an error, not as a bad row.

Typed columns: SPEC's `value` is a number on amounts and counts and a string on dates, which columnar tools
(Arrow, Parquet, DuckDB) cannot hold in one column. Each fact therefore also carries a column whose type
never changes across kinds: `number` (always a float, or null) on amounts and counts, and `date_value` (a
YYYY-MM-DD day, or null) on dates whose granularity is a day. They are derived from `value` on validation,
so a record read back from JSONL keeps them consistent.
"""

from __future__ import annotations

import datetime as dt
import json
from functools import lru_cache
from importlib import resources
from typing import Annotated, Literal

import pycountry
from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PrivateAttr,
    SerializerFunctionWrapHandler,
    TypeAdapter,
    model_serializer,
    model_validator,
)

Section = Literal["title", "body", "caption"]
Qualifier = Literal["exact", "approximate", "more_than", "at_least", "less_than", "at_most", "range"]
Granularity = Literal["day", "week", "month", "season", "quarter", "year", "decade", "century"]
PlaceType = Literal["country", "admin1", "admin2", "city", "locality", "region", "other"]
IsoDay = Annotated[str, Field(pattern=r"^\d{4}-\d{2}-\d{2}$")]


def _whole_as_int(value: object) -> object:
    # 96.4 billion is computed as a float; written as 96400000000, not 96400000000.0, where it is exact
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value


Number = Annotated[int | float, BeforeValidator(_whole_as_int)]


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class _FactBase(_Record):
    kind: str  # narrowed to a Literal by each fact class; declared here so it comes first in every record
    doc_id: str
    text: str = Field(min_length=1)
    start_char: int = Field(ge=0)
    end_char: int = Field(gt=0)
    page: int = Field(ge=1)
    section: Section
    sentence: str

    @model_validator(mode="after")
    def _span_is_sane(self):
        if self.end_char <= self.start_char:
            raise ValueError("end_char must be greater than start_char")
        if self.end_char - self.start_char != len(self.text):
            raise ValueError("text length does not match its offsets")
        return self


class _QuantityBase(_FactBase):
    value: Number | None = None
    low: Number | None = None
    high: Number | None = None
    qualifier: Qualifier = "exact"
    number: float | None = Field(
        default=None, description="`value` as a float in every record, so a column of it has one type"
    )

    @model_validator(mode="before")
    @classmethod
    def _number_from_value(cls, data: object) -> object:
        if isinstance(data, dict) and data.get("number") is None and data.get("value") is not None:
            data = {**data, "number": float(data["value"])}
        return data

    @model_validator(mode="after")
    def _bounds_are_ordered(self):
        if self.number is not None and (self.value is None or self.number != float(self.value)):
            raise ValueError("number must equal value")
        if self.value is None and self.low is None and self.high is None:
            raise ValueError("a quantity needs a value or a bound")
        if self.low is not None and self.high is not None and self.low > self.high:
            raise ValueError("low is greater than high")
        return self


@lru_cache(maxsize=1)
def _withdrawn_currencies() -> frozenset[str]:
    """ISO 4217 codes of withdrawn currencies (markka, peseta...): pycountry lists current codes only,
    and news archives still quote the old ones."""
    table = json.loads(resources.files("extractor").joinpath("data/currencies.json").read_text("utf-8"))
    return frozenset(table["historic"].values())


def is_iso4217(code: str | None) -> bool:
    return code is not None and (pycountry.currencies.get(alpha_3=code) is not None or code in _withdrawn_currencies())


class AmountFact(_QuantityBase):
    kind: Literal["amount"] = "amount"
    unit: str | None = None
    unit_kind: Literal["currency", "percent", "measure"]

    @model_validator(mode="after")
    def _unit_matches_kind(self):
        if self.unit_kind == "currency" and not is_iso4217(self.unit):
            raise ValueError(f"currency {self.unit!r} is not an ISO 4217 code")
        if self.unit_kind == "percent" and self.unit != "%":
            raise ValueError("a percentage has unit '%'")
        return self


class CountFact(_QuantityBase):
    kind: Literal["count"] = "count"
    counted: str | None = None


class DateFact(_FactBase):
    kind: Literal["date"] = "date"
    value: str | None = None
    granularity: Granularity | None = None
    earliest: IsoDay | None = None
    latest: IsoDay | None = None
    relative: bool = False
    reference_date: IsoDay | None = None
    date_value: dt.date | None = Field(
        default=None, description="the day `value` names when it names one day (a DATE column); else null"
    )

    @model_validator(mode="before")
    @classmethod
    def _day_from_value(cls, data: object) -> object:
        if isinstance(data, dict) and data.get("date_value") is None and data.get("granularity") == "day":
            value = data.get("value")
            if isinstance(value, str) and len(value) == 10:
                data = {**data, "date_value": value}
        return data

    @model_validator(mode="after")
    def _interval_is_ordered(self):
        if self.date_value is not None and (self.granularity != "day" or self.value != self.date_value.isoformat()):
            raise ValueError("date_value must be the day of a day-granular value")
        days = [dt.date.fromisoformat(d) for d in (self.earliest, self.latest) if d is not None]
        if len(days) == 2 and days[1] < days[0]:
            raise ValueError("latest is before earliest")
        return self


class PlaceFact(_FactBase):
    kind: Literal["place"] = "place"
    name: str = Field(min_length=1)
    place_type: PlaceType = "other"
    country_code: Annotated[str, Field(pattern=r"^[A-Z]{2}$")] | None = None
    lat: float | None = Field(default=None, ge=-90, le=90)
    lon: float | None = Field(default=None, ge=-180, le=180)
    gazetteer_id: str | None = None


Fact = Annotated[AmountFact | CountFact | DateFact | PlaceFact, Field(discriminator="kind")]
FACT_ADAPTER: TypeAdapter = TypeAdapter(Fact)


class Block(_Record):
    section: Section
    page: int = Field(ge=1)
    start_char: int = Field(ge=0)
    end_char: int = Field(ge=0)


class PageRef(_Record):
    page: int = Field(ge=1)
    url: str | None = None
    source: str


class Article(_Record):
    doc_id: str
    url: str | None = None
    title: str | None = None
    published: IsoDay | None = None
    language: Annotated[str, Field(pattern=r"^[a-z]{2}$")] | None = None  # ISO 639-1; null when it cannot be told
    pages: list[PageRef]
    text: str
    blocks: list[Block]
    facts: list[Fact] | None = None
    facts_cut_at: int | None = Field(
        default=None,
        ge=1,
        description="facts were looked for in text[:facts_cut_at] only: the text is longer than the cap on what "
        "is read for facts (--max-text); absent when the whole text was read",
    )
    # the JSONL record it was read from (sources.RawDocument.key), for --resume's ledger; not in the record
    _input: str | None = PrivateAttr(default=None)

    @model_serializer(mode="wrap")
    def _cut_only_when_cut(self, handler: SerializerFunctionWrapHandler) -> dict:
        # an optional field added after the first records were written: left out unless the text was cut,
        # so that the records of every other article stay as they were
        record = handler(self)
        if record.get("facts_cut_at", 0) is None:
            del record["facts_cut_at"]
        return record

    @model_validator(mode="after")
    def _offsets_fit_text(self):
        for block in self.blocks:
            if block.end_char > len(self.text) or block.end_char < block.start_char:
                raise ValueError(f"block {block.start_char}-{block.end_char} is outside the text")
        for fact in self.facts or []:
            if self.text[fact.start_char : fact.end_char] != fact.text:
                raise ValueError(f"fact text {fact.text!r} is not the article text at its offsets")
        if self.facts_cut_at is not None and self.facts_cut_at > len(self.text):
            raise ValueError("facts_cut_at is outside the text")
        return self


def fact_schema() -> dict:
    return FACT_ADAPTER.json_schema()


def article_schema() -> dict:
    return Article.model_json_schema()


def schema_files() -> dict[str, str]:
    """File name -> JSON text, as written to schemas/ and printed by `extractor schema`."""
    return {
        "fact.schema.json": json.dumps(fact_schema(), indent=2, ensure_ascii=False) + "\n",
        "article.schema.json": json.dumps(article_schema(), indent=2, ensure_ascii=False) + "\n",
    }
