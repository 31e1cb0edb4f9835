"""Amounts a careful news reader would sign, round 32 (issue 17): a bare "$" in a dollar country's story with no
country-code domain.

- "The tax will add $25 per tonne to the cost of gasoline" in a Winnipeg story on Manitoba's carbon tax (a
  news_gold text, no address): with no domain to read, a bare "$" is a dollar country's dollar when the story's
  resolved places nearly all lie there (at least two, two thirds of them), none in a place paying in US dollars,
  and the text writes neither that dollar nor the US dollar out (currencies.json story_dollar_places,
  normalize/money.bare_dollar). One place is not enough (a US company's earnings story names "Canada" once),
  unless the text writes the country's name three times ("the Jamaica Cancer Society ... in Jamaica").
- The dollar countries are data: Caribbean, Pacific and other dollars beside the five of round 31, each a
  currency called dollar.
- A price per barrel or ounce is the world's, in US dollars, in any country's story ("$55.12 per barrel").

Each test reads a real text of ../shared/eval in place and fails without the rule.
"""

from __future__ import annotations

import json
from functools import cache

import pycountry
import pytest
from conftest import shared_path
from test_counts_real import page_facts

import extractor
from extractor.find.counts import find_quantities
from extractor.nlp import load
from extractor.normalize.money import bare_dollar, data
from extractor.normalize.units import Whereabouts


@cache
def _news_text(name: str, marker: str) -> str:
    """The whole news_gold text of corpus `name` that holds marker."""
    for line in shared_path("eval", "news_gold", name).read_text(encoding="utf-8").splitlines():
        text = json.loads(line)["text"]
        if marker in text:
            return text
    pytest.skip(f"{marker!r} is not in {name}")


def _money(text: str) -> dict[str, str]:
    return {f.text: f.unit for f in extractor.extract_text(text, "news").facts if f.kind == "amount" and f.unit}


# geowebnews: "WINNIPEG — Manitoba's Opposition New Democrats said Thursday they plan to delay ... carbon tax"
_WINNIPEG = "The tax will add $25 per tonne"
# tr_news: provincial ministers on the federal health-transfer offer (Ottawa, British Columbia, Quebec)
_TRANSFERS = "Ottawa intended to provide $37.15 billion"


def test_a_bare_dollar_in_a_story_all_in_one_dollar_country_is_its_dollar():
    money = _money(_news_text("geowebnews.jsonl", _WINNIPEG))
    assert money["$25"] == money["$250 million"] == money["$25 to $50"] == "CAD"
    assert money["just over five cents"] == "CAD"  # "five cents a litre": the same dollar's cents
    assert _money(_news_text("tr_news.jsonl", _TRANSFERS))["$37.15 billion"] == "CAD"


def test_the_story_stays_usd_when_it_writes_a_dollar_out():
    text = _news_text("geowebnews.jsonl", _WINNIPEG)
    assert _money(text)["$25"] == "CAD"
    assert _money(text.replace("about $300", "about US$300"))["$25"] == "USD"
    assert _money(text.replace("about $300", "about C$300"))["$25"] == "USD"  # the writer marks CAD where meant


def test_a_bare_dollar_stays_usd_without_a_clear_home_in_the_places():
    sentence = "The tax will add $25 per tonne to the cost of gasoline."
    doc = [load()(sentence)]

    def unit(*places: str) -> str:
        return find_quantities(doc, Whereabouts(frozenset(places), None, places))[0]["unit"]

    assert unit("CA", "CA", "CA") == "CAD"
    assert unit("CA") == "USD"  # one place: barrons.com's Home Depot story names "Canada" once
    assert unit("CA", "CA", "CA", "US") == "USD"  # a place paying in US dollars
    assert unit("CA", "CA", "CN", "CN") == "USD"  # no clear majority
    assert unit("GB", "GB", "GB") == "USD"  # no dollar country
    gb_site = Whereabouts(frozenset({"CA", "GB"}), "GB", ("CA", "CA", "CA"))  # a British site on Canada
    assert find_quantities(doc, gb_site)[0]["unit"] == "USD"
    # barrons.com on Home Depot: "Canada a net headwind" is its one resolved place
    assert page_facts("barrons.com/articles/home-depot", "Wall Street predicted", "amount")["$2.52"]["unit"] == "USD"


# geowebnews: a Jamaica Cancer Society clinic; "in Jamaica" its one resolved place, the country named five times
_CLINIC = "at a reduced rate of $2,430 to members"


def test_one_place_is_enough_when_the_text_names_the_country_again_and_again():
    text = _news_text("geowebnews.jsonl", _CLINIC)
    assert _money(text)["$2,430"] == _money(text)["$2,565"] == "JMD"
    assert _money(text.replace("Jamaica Cancer Society", "Cancer Society"))["$2,430"] == "USD"


def test_the_other_dollar_countries_read_their_dollar():
    jamaica = Whereabouts(frozenset({"JM"}), None, ("JM", "JM"))
    # geowebnews: a Jamaica Cancer Society clinic ("at a reduced rate of $2,430 to members")
    assert bare_dollar("at a reduced rate of $2,430 to members", jamaica) == "JMD"
    assert bare_dollar("at a reduced rate of $2,430 to members, or J$2,565", jamaica) == "USD"
    assert bare_dollar("a $1,000 fine", Whereabouts(frozenset({"TT"}), "TT", ("TT",))) == "TTD"  # a .tt site


def test_a_price_per_barrel_is_usd_in_any_dollar_countrys_story():
    # articles/ground-truth.json, a Reuters markets report
    sentence = (
        "U.S. crude CLc1 fell 3.38% to $55.12 per barrel and Brent LCOc1 was last at $60.73, down 2.74% on the day."
    )
    canada = Whereabouts(frozenset({"CA"}), None, ("CA", "CA", "CA"))
    units = {sentence[c["start"] : c["end"]]: c["unit"] for c in find_quantities([load()(sentence)], canada)}
    assert units["$55.12"] == "USD"
    assert find_quantities([load()("A tonne costs $55.12.")], canada)[0]["unit"] == "CAD"


def test_home_dollars_are_currencies_called_dollar():
    d = data()
    for country, code in d["home_dollars"].items():
        assert "Dollar" in pycountry.currencies.get(alpha_3=code).name, (country, code)
    for code, marks in d["minor_units"]["context"].items():  # a sign that writes a dollar out reads as that dollar
        assert all(d["prefix_symbols"][m] == code for m in marks if m.endswith("$")), code
    rule = d["story_dollar_places"]
    assert rule["at_least"] >= 2 and 0.5 < rule["share"] <= 1
