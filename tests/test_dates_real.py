"""Date classes of issue 17 on real pages: each case is a sentence of a saved page in ../shared/eval, read in place
and run through the whole pipeline (its own publication date is the reference date), and the date fact the careful
reader expects there, or none. Each failed before its fix."""

from __future__ import annotations

import gzip
from functools import cache

import pytest
from conftest import shared_path

from extractor.pipeline import build_article, parse_page


@cache
def facts_of(folder: str, name: str) -> tuple[dict, ...]:
    path = shared_path("eval", folder, "html", name)
    html = gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")
    article = build_article([parse_page(html, str(path))])
    return tuple(f.model_dump() for f in article.facts if f.kind == "date")


def date_in(folder: str, name: str, surface: str, snippet: str) -> dict | None:
    """The date fact with this text in the sentence that holds the snippet (None: no such fact)."""
    found = [f for f in facts_of(folder, name) if f["text"] == surface and snippet in f["sentence"]]
    assert len(found) <= 1
    return found[0] if found else None


ARTICLE = {
    "rav4": "05844573ca7e1fba714d715bb11ca08c26e25328999c74a1cb3bc8a0e4399f0f.html.gz",
    "doobies": "ac1bfdd4c510f679c58f1b62101630d40fda20a16703235ae0f56b65a465e423.html.gz",
    "tariffs": "702d1da63b8e064cb70617620e45c2d116b4912c9bc9d518dcf5ce54bb8057ed.html.gz",
    "car_sales": "9ebb3af65694a953005df5bd3869b2cefc263e1dea0471e3ef361c66a264cdd3.html.gz",
    "macbook": "232a43fb15abde807427b2a7bf4f772e27b8760554370956d8291df4e8166dbf.html.gz",
    "plague": "432362af0be43f6da757ea778bd7f2f000094a565bdebac5af7442987a5372f3.html.gz",
    "farmers": "b6906ca016bbfc64c90426e098c75b3e8c84457a77f51f1e7ea6941cb80c2147.html.gz",
    "delhi": "076f4f33bf75059db581bedf36e76fb65e89a8f7752db3339aa3ea11c5122f32.html.gz",
    "laptops": "287e4d9f4af31733aad6534aefb2bd00fb344ec8d6ebf1ac99dbc4d762da0ca4.html.gz",
    "gadgets": "5fbc7ccb504c755ae23a85499a17518483d7862b74b4a5c34d86ede1a1a4448e.html.gz",
    "hearing": "82b6d780c792df78dcfb00484d50c86fbc7f324a9eb5835b7615f028edb9a574.html.gz",
    "ford": "851498a2b9f4f0b578ac9700c245253dbc147a06c0fb3499adebf1c2d5663c29.html.gz",
    "ipad": "cc4aa22b8212aec7d289667c0a965569e6f06b9e9196ff8b02219bf2bc1b90d0.html.gz",
    "water": "e593d7fe88f9f5cd6587ac172be2db6055d40b6f071023f97ab1ce373534261e.html.gz",
}
POLITICO = "480a3bf99aef2fa2.html.gz"  # webpages/: a story of 2019-12-30


# page, surface, snippet of its sentence, value, granularity
RESOLVED = [
    # seasons have the granularity season; a present-tense verb puts a year-less season ahead
    ("rav4", "summer", "The RAV4 Prime goes on sale in the summer.", "2020-SU", "season"),
    # the future read as past: "the trek, which kicks off June 9th" (read in November 2019) is next June
    ("doobies", "June 9th", "which kicks off June 9th", "2020-06-09", "day"),
    # a plan under a past verb is no future date: "canceled an increase in tariffs planned for Oct. 15"
    ("tariffs", "Oct. 15", "canceled an increase in tariffs planned for Oct. 15", "2019-10-15", "day"),
    # no null granularity: a half is a month interval, a rolling window a day interval, a weekend its week
    ("macbook", "the first half of 2020", "scissor switch keyboard", "2020-01/2020-06", "month"),
    ("farmers", "the past two years", "farmers hit by retaliatory", "2017-11-18/2019-11-18", "day"),
    ("plague", "the weekend", "was reported in China over the weekend", "2019-W46-WE", "week"),
    # "the past year" is the twelve months to the publication date, not the calendar year before
    # the byline reads "November 18, 2019" (its metadata says the 19th): the window ends on the byline day
    ("gadgets", "the past year", "gadget launches", "2018-11-18/2019-11-18", "day"),
    # "the day's testimony" is the day of the hearings, not the July day of a call named earlier
    ("hearing", "the day", "watched part of the day", "2019-11-19", "day"),
]


@pytest.mark.parametrize("page,surface,snippet,value,granularity", RESOLVED)
def test_resolved(page, surface, snippet, value, granularity):
    fact = date_in("articles", ARTICLE[page], surface, snippet)
    assert fact is not None
    assert (fact["value"], fact["granularity"]) == (value, granularity)


NOT_DATES = [
    ("delhi", "winter", "a standard feature of winter season"),  # a kind of season, not this winter
    ("ford", "Christmas", "Christmas cards"),  # a kind of card
    ("laptops", "2060", "very similar to the RTX 2060"),  # a model number
    ("water", "the day", "Drinking plenty of water throughout the day"),  # any day
    ("ipad", "since the day", "since the day she got it"),  # the clause says which day
]


@pytest.mark.parametrize("page,surface,snippet", NOT_DATES)
def test_not_a_date(page, surface, snippet):
    assert date_in("articles", ARTICLE[page], surface, snippet) is None


def test_headline_present_tells_news():
    """The rule that puts a present-tense month ahead leaves headlines alone: "New car sales plunge 10 percent in
    October", read in November, is the October just gone."""
    fact = date_in("articles", ARTICLE["car_sales"], "October", "New car sales plunge 10 percent in October")
    assert fact is not None and fact["value"] == "2019-10"


def test_date_near_the_one_before_it_in_its_sentence():
    # read on Dec. 30, "a decision he disclosed ... on Dec. 19, ahead of the filing deadline at noon on Dec. 20" is
    # that Dec. 20, whatever "will depart" says; "in the summer of 2004 ... in mid-August" is August 2004
    deadline = date_in("webpages", POLITICO, "Dec. 20", "ahead of the filing deadline at noon on Dec. 20")
    assert deadline is not None and deadline["value"] == "2019-12-20"
    august = date_in("webpages", POLITICO, "mid-August", "in the summer of 2004")
    assert august is not None and august["value"] == "2004-08"


def test_weekday_naming_a_date_is_not_another_date():
    # "on Dec. 18, a Wednesday and the day the House voted": one date, not also a Wednesday of its own
    assert date_in("webpages", POLITICO, "Wednesday", "on Dec. 18, a Wednesday") is None
    assert date_in("webpages", POLITICO, "Dec. 18", "on Dec. 18, a Wednesday") is not None


def test_present_tense_state_does_not_schedule():
    # read on 2020-09-01, "That includes the Belmont Stakes in June" is the June gone by: "includes" states how
    # things stand, unlike "kicks off June 9th"
    fact = date_in("webpages", "8b90f7f7af4fdf18.html.gz", "June", "That includes the Belmont Stakes in June")
    assert fact is not None and fact["value"] == "2020-06"
