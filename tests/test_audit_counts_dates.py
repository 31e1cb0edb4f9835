"""Count and date classes of a judged audit on real pages (issue 17, seed 7177 on articles/): each case is a
sentence of a saved page in ../shared/eval, read in place and run through the whole pipeline (its publication
date is the reference date), and the fact a careful reader expects there, or none. Each failed before its fix."""

from __future__ import annotations

import pytest
from conftest import eval_facts

PAGES = {
    "plague": ("articles", "ea25dd7edff4d27973600f35728f20aed5a3eedcc23257d9c3afc3d3e840c3de"),
    "macbook": ("articles", "65bf3048b500bbd84928d9122f99617ca898216b91add1d8b2ac09c670484a5c"),
    "arrests": ("articles", "961bd85ca85aaf791b278cc4a60058e92d57c4f32a3411cf8e7d802af183c926"),
    "diving": ("articles", "3ce1c8fdf6ad2ded9e48a68be71eb069fc453ef1b75f47698428a1fdda0deb24"),
    "routers": ("articles", "cc4aa22b8212aec7d289667c0a965569e6f06b9e9196ff8b02219bf2bc1b90d0"),
    "frunk": ("articles", "3cb22bfabed8de715c0813a7bb5052363c96bd71ccce3bb2dfb3ab9d1d7a9bbc"),
    "tax": ("webpages", "f63794abaa5a1d87"),
    "lexus": ("articles", "aadb38e527d5379306de3b910ec62cb2447cc1035686b2b2d152580f8f8a1ea2"),
    "boxscore": ("articles", "c81e134ed49902bcf69b551426b4a346c5a77ae993cac8bda68b5541a664ef4c"),
    "awards": ("webpages", "75f3c30580d27270"),
    "trains": ("webpages", "7b83033529dfe95f"),
    "judges": ("webpages", "bd97a84e8e9f52d4"),
    "novel": ("articles", "851498a2b9f4f0b578ac9700c245253dbc147a06c0fb3499adebf1c2d5663c29"),
    "juke": ("articles", "3cb5e2f46626d5bb0345759453036f7eabc0b0c7796b796513606bf693060ced"),
}


def facts_of(page: str) -> tuple[dict, ...]:
    return eval_facts(*PAGES[page])


def facts_in(page: str, snippet: str, kind: str) -> list[dict]:
    return [f for f in facts_of(page) if f["kind"] == kind and snippet in f["sentence"]]


def test_round_hundreds_are_centuries():
    (fact,) = [f for f in facts_in("plague", "in the 1300s", "date") if f["text"] == "the 1300s"]
    assert (fact["value"], fact["granularity"], fact["earliest"], fact["latest"]) == (
        "13",
        "century",
        "1300-01-01",
        "1399-12-31",
    )


def test_years_ago_is_a_year():
    # "Three years ago, over breakfast" in a story of 2019-11-15: 2016, which says no day
    (fact,) = [
        f for f in facts_in("novel", "over breakfast, my friend Helen", "date") if f["text"] == "Three years ago"
    ]
    assert (fact["value"], fact["granularity"], fact["earliest"], fact["latest"]) == (
        "2016",
        "year",
        "2016-01-01",
        "2016-12-31",
    )
    # months keep the day, as the Recognizers suite annotates "two months ago"
    (fact,) = [f for f in facts_in("juke", "debuting the all-new Juke", "date") if f["text"] == "two months ago"]
    assert (fact["value"], fact["granularity"]) == ("2019-09-20", "day")


# a bare year that names a product or an address is no date of the article
NOT_DATES = [
    ("macbook", "the original 2016 MacBook Pro keyboard", "2016"),
    ("macbook", "from your 2012 or later Retina MacBook Pro", "2012"),
    ("arrests", "of 1119 Eighth St.", "1119"),
]


def test_a_year_before_a_court_stays_a_year():
    # "Court" also ends a court's name: "a 2012 Supreme Court ruling" is a ruling of 2012, no house number
    (fact,) = [f for f in facts_in("judges", "a 2012 Supreme Court ruling", "date") if f["text"] == "2012"]
    assert fact["value"] == "2012"


@pytest.mark.parametrize("page,snippet,surface", NOT_DATES)
def test_not_a_date(page, snippet, surface):
    assert not [f for f in facts_in(page, snippet, "date") if f["text"] == surface]


def test_award_titles_date_nothing():
    # a list of award categories: "DRUMMER OF THE YEAR" names an award, not the year of the article
    assert facts_in("awards", "DRUMMER OF THE YEAR", "date") == []
    assert facts_in("awards", "PRODUCER OF THE YEAR", "date") == []


def test_phone_number_after_a_relay_prefix():
    # "call 0800 138 5560 or 18001 0800 138 5560 (Textphone)": a relay prefix, then the same phone number
    assert facts_in("trains", "18001 0800 138 5560", "count") == []


# numbers that count nothing: a diver's score, a product sold as a pack
NOT_COUNTS = [
    ("diving", "with a score of 409.30"),
    ("routers", "mesh router two-pack"),
    # a model's number after its name, before a singular noun
    ("frunk", "the e-tron Sportback 50 quattro and"),
    ("lexus", "the gorgeous LC 500 grand tourer"),
]


@pytest.mark.parametrize("page,snippet", NOT_COUNTS)
def test_not_a_count(page, snippet):
    # no count inside the snippet ("two versions: the e-tron Sportback 50 quattro" keeps its "two")
    for fact in facts_in(page, snippet, "count"):
        at = fact["sentence"].index(snippet)
        assert fact["text"] not in snippet or fact["sentence"].find(fact["text"]) < at


def test_a_name_before_a_plural_still_counts():
    # a box score: a player's name, then the points counted
    (fact,) = facts_in("boxscore", "Brown 4 points", "count")
    assert (fact["value"], fact["counted"]) == (4, "points")


def test_cubic_feet_abbreviated_with_a_dot():
    (fact,) = facts_in("frunk", "looking at 21.7 cu.ft", "amount")
    assert (fact["value"], fact["unit"]) == (21.7, "ft**3")
    assert facts_in("frunk", "looking at 21.7 cu.ft", "count") == []


def test_basis_points_are_a_measure():
    snippet = "if the tax were 50 basis points"
    assert facts_in("tax", snippet, "count") == []
    (fact,) = [f for f in facts_in("tax", snippet, "amount") if f["text"] == "50 basis points"]
    assert (fact["value"], fact["unit"], fact["unit_kind"]) == (0.5, "%", "percent")  # half a percentage point
