"""A period named by its sameness with one of another year (round 51): "the same month a year ago", "the same period
last year", "the year-to-date period last year" are ONE date, that period a year back, not the page's period plus
a "last year" of its own; "the year previous" closing a clause is the previous year (dates.json _year_back_comment,
resolvers._year_back). MEANTIME documents are read in place from ../shared/eval/news_gold, with their reference
date; the audit page from ../shared/eval/articles."""

from __future__ import annotations

import datetime as dt
import json

from conftest import dates_reader, gold_dates, gold_record, shared_path

from extractor import extract_text
from extractor.normalize.periods import tables

dates_in = dates_reader({"car sales": ("articles", "9ebb3af65694a953005df5bd3869b2cefc263e1dea0471e3ef361c66a264cdd3")})


def _meantime(doc_id: str, snippet: str) -> list[tuple[str, str | None]]:
    """(text, value) of the dates of one meantime_en document, run with its reference date, in the sentence that
    holds the snippet."""
    doc = gold_record("meantime_en.jsonl", doc_id)
    facts = extract_text(doc["text"], doc_id, dt.date.fromisoformat(doc["reference_date"])).facts or []
    return [(f.text, f.value) for f in facts if f.kind == "date" and snippet in (f.sentence or "")]


def test_the_year_to_date_period_last_year_is_last_year_s():
    # articles, chron.com "New car sales plunge 10 percent in October" (2019-11-20): "Consumers have purchased
    # 208,560 new vehicles this year, down 5 percent from the year-to-date period last year."
    assert ("the year-to-date period last year", "2018-01-01/2018-11-20") in dates_in("car sales", "208,560 new")
    assert ("the year-to-date", "2019-01-01/2019-11-20") not in dates_in("car sales", "208,560 new")


def test_the_same_month_a_year_ago_is_the_month_mentioned_a_year_back():
    # meantime_en.jsonl, meantime-en:120578 (2009-02-03): "Sales of automobiles in the United States fell as much as
    # 35% in January, compared to the same month a year ago"
    found = _meantime("meantime-en:120578", "compared to the same month")
    assert ("the same month a year ago", "2008-01") in found
    assert not [text for text, _ in found if text in ("the same month", "a year ago")]


def test_the_same_period_last_year_is_the_period_mentioned_a_year_back():
    # meantime-en:160257 (2010-03-03): "its sales in the United States rose 43% in February compared to the same
    # period last year"
    assert ("the same period last year", "2009-02") in _meantime("meantime-en:160257", "rose 43% in February")


def test_the_same_period_a_year_earlier_is_the_quarter_told_a_year_back():
    # meantime-en:141483 (2009-10-16): "it lost US$2.24 billion in the third quarter of this year ... In the same
    # period a year earlier, Bank of America had gained $704 million"
    assert _meantime("meantime-en:141483", "In the same period a year earlier") == [
        ("the same period a year earlier", "2008-Q3")
    ]


def test_the_year_previous_is_the_year_before_the_one_mentioned():
    # meantime-en:150433 (2010-01-28): "The company had cut its costs to $118.3 billion last year, $19.8 billion
    # than the year previous."
    assert ("the year previous", "2008") in _meantime("meantime-en:150433", "than the year previous")
    # a postposed shift counts from the period last mentioned, as "the previous year" does
    assert set(tables()["postposed_shifts"].values()) <= set(tables()["anaphoric_shifts"])


def test_the_year_before_an_event_is_no_shift():
    # peers/recognizers_datetime.jsonl, recognizers_datetime:229: "The story happened the year before independence."
    # names the year before an event, not the previous year: "the year before" is read only where it closes a clause
    lines = shared_path("eval", "peers", "recognizers_datetime.jsonl").read_text(encoding="utf-8").splitlines()
    doc = next(d for d in map(json.loads, lines) if d["id"] == "recognizers_datetime:229")
    facts = extract_text(doc["text"], doc["id"], dt.date.fromisoformat(doc["reference_date"])).facts or []
    assert not [f.text for f in facts if f.kind == "date" and "before" in f.text]


def test_the_same_period_is_the_last_span_not_a_day_named_in_it():
    # meantime-en:58772 (2007-01-18): "its profits during the last quarter, which ended December 30, 2006 ... during
    # the Christmas and New Year sales period ... compared to the $565 million profit reaped during the same period
    # of the last year": that quarter a year back, not Christmas Day
    found = _meantime("meantime-en:58772", "during the same period of the last year")
    assert found == [("the same period of the last year", "2005-Q4")]


def test_the_same_period_after_a_range_in_its_sentence_is_that_range_a_year_back():
    # geowebnews.jsonl, geowebnews:308 (no reference date): "For January-February of 2018, investments to the fixed
    # capital increased by 54.4% ... compared to the same period of the previous year"
    # (the year is the text's: no reference date was needed)
    found = gold_dates("geowebnews.jsonl", "geowebnews:308", "compared to the same period", "relative")
    assert ("the same period of the previous year", "2017-01/2017-02", False) in found
