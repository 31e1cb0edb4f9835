"""End to end on the seed page and the three-page People's Daily fixture: every fact, field by field."""

from __future__ import annotations

import json
from collections import Counter

import pytest
from cli_run import run
from conftest import FIXTURES, SEED

# (kind, text, value, low, high, qualifier, unit or counted noun)
QUANTITIES = [
    ("count", "19", 19, None, None, "exact", "provinces and cities"),
    ("amount", "96.4 billion yuan", 96_400_000_000, None, None, "exact", "CNY"),
    ("amount", "about $14.89 billion", 14_890_000_000, None, None, "approximate", "USD"),
    ("count", "over 10,000", 10_000, 10_000, None, "more_than", "projects"),
    ("amount", "over 1,684 billion yuan", 1_684_000_000_000, 1_684_000_000_000, None, "more_than", "CNY"),
    ("amount", "more than 700 billion yuan", 700_000_000_000, 700_000_000_000, None, "more_than", "CNY"),
    ("count", "over 6,000", 6_000, 6_000, None, "more_than", "residents"),
    ("count", "two", 2, None, None, "exact", "patients"),
    ("count", "2,772", 2_772, None, None, "exact", "officials and talents"),
    ("count", "329", 329, None, None, "exact", "projects"),
    ("count", "24", 24, None, None, "exact", "parks"),
    ("count", "621", 621, None, None, "exact", "companies"),
    ("count", "200,000", 200_000, None, None, "exact", "locals"),
    ("count", "three", 3, None, None, "exact", "projects"),
    ("count", "180,000", 180_000, None, None, "exact", "officials"),
    ("count", "120", 120, None, None, "exact", "medical workers"),
]
# (text, value, granularity, earliest, latest, relative)
DATES = [
    ("March 13, 2021", "2021-03-13", "day", "2021-03-13", "2021-03-13", False),
    ("Since 2016", "2016", "year", "2016-01-01", "2021-05-08", True),
    ("From 2016 to 2020", "2016/2020", "year", "2016-01-01", "2020-12-31", False),
    ("Since 2012", "2012", "year", "2012-01-01", "2021-05-08", True),
    ("recent years", None, "year", None, "2021-05-08", True),  # "in recent years": up to the page, at its unit
    ("the past five years", "2016-05-08/2021-05-08", "day", "2016-05-08", "2021-05-08", True),
]
# (text, name, place_type, country_code)
PLACES = {
    ("China", "China", "country", "CN"),
    ("Xinjiang", "Xinjiang", "admin1", "CN"),
    ("Xinjiang Uygur autonomous region", "Xinjiang", "admin1", "CN"),
    ("Zhejiang", "Zhejiang", "admin1", "CN"),
    ("Zhejiang province", "Zhejiang", "admin1", "CN"),
    ("Shaoxing", "Shaoxing", "city", "CN"),
    ("Aksu prefecture", "Aksu", "admin2", "CN"),
    ("Awat county", "Awat", "admin2", "CN"),
    ("Uqturpan county", "Uqturpan", "admin2", "CN"),
    ("Aybagh township", "Aybagh", "locality", None),
}


def extract(*args: str) -> list[dict]:
    result = run("extract", *args)
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


@pytest.fixture(scope="module")
def seed_facts() -> list[dict]:
    return extract(str(SEED))


@pytest.fixture(scope="module")
def seed_text() -> str:
    return json.loads(run("text", str(SEED)).stdout)["text"]


def test_every_amount_and_count(seed_facts):
    got = [
        (f["kind"], f["text"], f["value"], f["low"], f["high"], f["qualifier"], f.get("unit") or f.get("counted"))
        for f in seed_facts
        if f["kind"] in ("amount", "count")
    ]
    assert got == QUANTITIES
    assert {f["unit_kind"] for f in seed_facts if f["kind"] == "amount"} == {"currency"}


def test_every_date(seed_facts):
    got = [
        (f["text"], f["value"], f["granularity"], f["earliest"], f["latest"], f["relative"])
        for f in seed_facts
        if f["kind"] == "date"
    ]
    assert got == DATES
    assert {f["reference_date"] for f in seed_facts if f["kind"] == "date" and f["relative"]} == {"2021-05-08"}


def test_every_place_and_no_person(seed_facts):
    places = [f for f in seed_facts if f["kind"] == "place"]
    assert {(f["text"], f["name"], f["place_type"], f["country_code"]) for f in places} == PLACES
    assert Counter(f["name"] for f in places)["Xinjiang"] >= 20
    assert not [f for f in seed_facts if "Hong" in f["text"]]
    xinjiang = next(f for f in places if f["name"] == "Xinjiang")
    assert xinjiang["gazetteer_id"] == "iso3166-2:CN-XJ" and 35 < xinjiang["lat"] < 48 and 73 < xinjiang["lon"] < 97


def test_evidence_points_into_the_text(seed_facts, seed_text):
    for fact in seed_facts:
        assert seed_text[fact["start_char"] : fact["end_char"]] == fact["text"]
        assert fact["text"] in fact["sentence"] and fact["sentence"] in seed_text
        assert fact["page"] == 1 and fact["doc_id"] == str(SEED)
    caption = [f["text"] for f in seed_facts if f["section"] == "caption"]
    assert "March 13, 2021" in caption and "Shaoxing" in caption
    assert {f["section"] for f in seed_facts if f["text"] == "Xinjiang"} == {"title", "body"}
    assert "【" not in seed_text and "Next" not in seed_text


def test_three_pages_are_stitched_once_with_facts_on_their_pages():
    article = json.loads(run("extract", "--format", "articles", str(FIXTURES / "peoples-daily")).stdout)
    assert [p["page"] for p in article["pages"]] == [1, 2, 3]
    assert article["published"] == "2021-05-08"
    text = article["text"]
    assert text.count("China's pairing assistance program gives impetus") == 1
    paragraphs = [text[b["start_char"] : b["end_char"]] for b in article["blocks"]]
    assert len(paragraphs) == len(set(paragraphs))
    assert [b["page"] for b in article["blocks"]] == sorted(b["page"] for b in article["blocks"])
    on_page = {f["text"]: f["page"] for f in article["facts"]}
    assert on_page["96.4 billion yuan"] == 1
    assert on_page["2.35 billion yuan"] == 2
    assert on_page["6.7 billion yuan"] == 3
    for fact in article["facts"]:
        block = next(b for b in article["blocks"] if b["start_char"] <= fact["start_char"] < b["end_char"])
        assert block["page"] == fact["page"] and block["section"] == fact["section"]
