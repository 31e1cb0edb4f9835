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
import math
from functools import lru_cache
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

from .data import load

__all__ = [
    "AmountFact",
    "Article",
    "Block",
    "CountFact",
    "DateFact",
    "FACT_ADAPTER",
    "Fact",
    "Granularity",
    "PageRef",
    "PlaceFact",
    "PlaceType",
    "Qualifier",
    "Section",
    "article_schema",
    "fact_schema",
    "is_iso4217",
    "schema_files",
]

Section = Literal["title", "body", "caption"]
Qualifier = Literal["exact", "approximate", "more_than", "at_least", "less_than", "at_most", "range"]
Granularity = Literal["day", "week", "month", "season", "quarter", "year", "decade", "century"]
PlaceType = Literal["country", "admin1", "admin2", "city", "locality", "region", "other"]
IsoDay = Annotated[str, Field(pattern=r"^\d{4}-\d{2}-\d{2}$")]
# TimeML's ISO 8601 forms at any granularity ("2021-03-13", "2021-W10-WE", "2021-SU", "195" a decade, "19" a
# century), alone or as one interval of two: a finder slip such as "2008/2013/2015" is dropped, never written
_TIMEX = r"\d{2,4}(?:-[0-9A-Z]{2,3}){0,2}"
IsoPeriod = Annotated[str, Field(pattern=rf"^{_TIMEX}(?:/{_TIMEX})?$")]


def _without_float_noise(value: object) -> object:
    """A value at the 15 significant digits a float holds exactly: 'S$16.6 million' is computed as 16.6 * 10**6,
    16600000.000000002 in binary, and written 16600000; no number a text writes has more digits than that."""
    return _fifteen_digits(value) if isinstance(value, float) else value


def _fifteen_digits(value: float) -> float:
    return float(f"{value:.15g}") if math.isfinite(value) else value


def _whole_as_int(value: object) -> object:
    # 96.4 billion is computed as a float; written as 96400000000, not 96400000000.0, where it is exact
    value = _without_float_noise(value)
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value


Number = Annotated[int | float, BeforeValidator(_whole_as_int)]


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


_KIND = "which record this is (the discriminator)"
_SECTION = "where on the page: title, body or caption"


class _FactBase(_Record):
    kind: str = Field(description=_KIND)  # narrowed to a Literal by each fact class; declared here so it comes first
    doc_id: str = Field(description="the article: its canonical URL, else page 1's URL or path, else the JSONL `id`")
    text: str = Field(description="the surface string, exactly `article_text[start_char:end_char]`", min_length=1)
    start_char: int = Field(description="offset of the fact's first character in the article's text", ge=0)
    end_char: int = Field(description="offset just past the fact's last character in the article's text", gt=0)
    page: int = Field(description="1-based page of the article the fact stands on", ge=1)
    section: Section = Field(description=_SECTION)
    sentence: str = Field(
        description="the sentence that holds the fact (the evidence); a sentence longer than 1,000 characters"
        ' is cut to a window around the fact, marked with "…" at the cut ends'
    )

    @model_validator(mode="after")
    def _span_is_sane(self):
        if self.end_char <= self.start_char:
            raise ValueError("end_char must be greater than start_char")
        if self.end_char - self.start_char != len(self.text):
            raise ValueError("text length does not match its offsets")
        return self


class _QuantityBase(_FactBase):
    value: Number | None = Field(
        description='the point value with scale words applied ("96.4 billion" is 96400000000); null for a pure range',
        default=None,
    )
    low: Number | None = Field(description='lower bound where the text gives one ("over 10,000": 10000)', default=None)
    high: Number | None = Field(description='upper bound where the text gives one ("between 5 and 8": 8)', default=None)
    qualifier: Qualifier = Field(
        description='"about", "nearly" are approximate; "over", "more than" are more_than; "up to" is at_most',
        default="exact",
    )
    number: float | None = Field(
        description="`value` as a float in every record, so a column of it has one type", default=None
    )

    @model_validator(mode="before")
    @classmethod
    def _number_from_value(cls, data: object) -> object:
        if isinstance(data, dict) and data.get("number") is None and data.get("value") is not None:
            data = {**data, "number": _fifteen_digits(float(data["value"]))}
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
    table = load("currencies")
    return frozenset(table["historic"].values())


def is_iso4217(code: str | None) -> bool:
    return code is not None and (pycountry.currencies.get(alpha_3=code) is not None or code in _withdrawn_currencies())


class AmountFact(_QuantityBase):
    """An amount: money, a measure or a percentage."""

    kind: Literal["amount"] = Field(description=_KIND, default="amount")
    unit: str | None = Field(
        description='ISO 4217 code for money ("CNY", "USD"), "%" for percentages, and for measures a symbol that'
        ' the pint library\'s default registry parses ("km", "t", "ha", "km²", "degC", "mi/h").'
        ' A bare "$" is "USD" unless the text says otherwise ("HK$", "A$", "Canadian dollars")',
        default=None,
    )
    unit_kind: Literal["currency", "percent", "measure"] = Field(
        description="money, a percentage or a physical measure"
    )
    per: str | None = Field(
        description='for money paid per a unit of measure or of time, that unit as a pint symbol: "$2.50 a gallon" is'
        ' "gal", "$0.23/W" "W", "$60 a barrel" "oil_barrel", "$15 an hour" "h", "$50,000 a year" "year"; null for'
        ' other amounts and for a price per a thing counted ("$2.52 a share", "$20 per person"). A measure\'s own'
        ' rate is in its unit ("mi/h")',
        default=None,
    )

    @model_validator(mode="after")
    def _unit_matches_kind(self):
        if self.unit_kind == "currency" and not is_iso4217(self.unit):
            raise ValueError(f"currency {self.unit!r} is not an ISO 4217 code")
        if self.unit_kind == "percent" and self.unit != "%":
            raise ValueError("a percentage has unit '%'")
        if self.per is not None and self.unit_kind != "currency":
            raise ValueError("only money is paid per a unit: a measure's rate is its unit")
        return self


class CountFact(_QuantityBase):
    """A count: how many of something."""

    kind: Literal["count"] = Field(description=_KIND, default="count")
    counted: str | None = Field(
        description='the noun phrase counted: "projects", "officials and talents"', default=None
    )


class DateFact(_FactBase):
    """A date or period, resolved to the days it covers."""

    kind: Literal["date"] = Field(description=_KIND, default="date")
    value: IsoPeriod | None = Field(
        description='ISO 8601 at its own granularity: "2021-03-13", "2021-03", "2021", an interval "2016/2020";'
        " null where it cannot be resolved",
        default=None,
    )
    granularity: Granularity | None = Field(
        description="the unit `value` is written in; null only for an interval whose ends differ in granularity",
        default=None,
    )
    earliest: IsoDay | None = Field(
        description='the first day (inclusive) the expression covers; "2016" is 2016-01-01 to 2016-12-31', default=None
    )
    latest: IsoDay | None = Field(description="the last day (inclusive) the expression covers", default=None)
    relative: bool = Field(
        description='true when resolved against `reference_date` ("last week", "the past five years")', default=False
    )
    reference_date: IsoDay | None = Field(
        description="the date used: --reference-date, else the article's publication date, else null", default=None
    )
    date_value: dt.date | None = Field(
        description="the day `value` names when it names one day (a DATE column); else null", default=None
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
    """A place, resolved against the gazetteer where it can be."""

    kind: Literal["place"] = Field(description=_KIND, default="place")
    name: str = Field(description='the normalized name ("Zhejiang" for "Zhejiang province")', min_length=1)
    place_type: PlaceType = Field(description="what kind of place the gazetteer says it is", default="other")
    country_code: Annotated[str, Field(pattern=r"^[A-Z]{2}$")] | None = Field(
        description="ISO 3166-1 alpha-2 code of the place's country", default=None
    )
    lat: float | None = Field(
        description="latitude from the gazetteer, when it knows the place", default=None, ge=-90, le=90
    )
    lon: float | None = Field(
        description="longitude from the gazetteer, when it knows the place", default=None, ge=-180, le=180
    )
    gazetteer_id: str | None = Field(description='e.g. "geonames:1529047" or "iso3166-2:CN-XJ"', default=None)


Fact = Annotated[AmountFact | CountFact | DateFact | PlaceFact, Field(discriminator="kind")]
FACT_ADAPTER: TypeAdapter = TypeAdapter(Fact)


class Block(_Record):
    """One paragraph of the article's text, so a reader can take the body alone or tell a caption from the story."""

    section: Section = Field(description=_SECTION)
    page: int = Field(description="1-based page of the article the paragraph stands on", ge=1)
    start_char: int = Field(description="offset of the paragraph's first character in the article's text", ge=0)
    end_char: int = Field(description="offset just past the paragraph's last character in the article's text", ge=0)


class PageRef(_Record):
    """One page of the article, in order."""

    page: int = Field(description="1-based page number", ge=1)
    url: str | None = Field(description="the page's URL, when known", default=None)
    source: str = Field(description="where it was read from: the file path as given, the URL fetched, or `jsonl:<id>`")


class Article(_Record):
    """One article (all its pages stitched): `--format articles`, and `extractor text` without `facts`."""

    doc_id: str = Field(description="the article: its canonical URL, else page 1's URL or path, else the JSONL `id`")
    url: str | None = Field(description="the article's URL, when known", default=None)
    title: str | None = Field(description="the headline", default=None)
    published: IsoDay | None = Field(description="the publication date (YYYY-MM-DD), or null", default=None)
    language: Annotated[str, Field(pattern=r"^[a-z]{2}$")] | None = Field(
        description="ISO 639-1 code of the article's language; null when it cannot be told", default=None
    )
    pages: list[PageRef] = Field(description="the pages the article was read from, in order")
    text: str = Field(
        description="title, body paragraphs and captions joined by blank lines, with no navigation, pagination links,"
        " scripts, styles or related-article lists"
    )
    blocks: list[Block] = Field(description="the paragraphs of `text` in order")
    facts: list[Fact] | None = Field(
        description="the facts found in `text` (left out by `extractor text`)", default=None
    )
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
