"""Amounts a careful news reader would sign, round 44 (issue 17).

- "And I will tell you, I have no hesitation; I will pull the lever for Trump, 100 percent.": a whole hundred (or
  a hundred and ten) percent that stands alone at its clause's end, after a word and a comma or after an object
  pronoun ("suits you 100%."), says "entirely" (quantity_measures.json intensified_values, intensified_objects):
  no amount. "rose 100 percent, analysts said", "close to 100%,” he concludes" and a list of shares ("50% in Asia,
  100%.") stay amounts.
- "However the Water Corporation said part of a $158 million upgrade to the Woodman Point facility" in a Rockingham
  story on "Wastewater in WA" (geowebnews, no address): an abbreviation of a dollar country's state or province
  the text writes (currencies.json story_dollar_regions: "WA", "NSW", "Ont.") counts as one more place of that
  country for the story's bare "$" (normalize/money._story_home): AUD. A place paying in US dollars still decides
  USD, and one place with no such abbreviation is not enough.

Each page test reads a real page of ../shared/eval in place through the whole pipeline (test_counts_real.page_facts)
and fails without the rule.
"""

from __future__ import annotations

import json

import pytest
from conftest import shared_path
from test_counts_real import corpus_line, page_facts

import extractor
from extractor.find.counts import find_quantities
from extractor.nlp import load
from extractor.normalize.units import Whereabouts

_LEVER = "I will pull the lever for Trump, 100 percent."


def _units(sentence: str) -> dict[str, str]:
    return {sentence[c["start"] : c["end"]]: c["unit"] for c in find_quantities([load()(sentence)], Whereabouts())}


def test_a_hundred_percent_alone_after_a_comma_is_no_amount():
    # webpages: fox2now.com, Hawley projects Trump as 2024 GOP nominee
    page = "fox2now.com/news/missouri/hawley-projects-trump-as-2024-gop-nominee"
    assert "100 percent" not in page_facts(page, _LEVER, "amount")
    assert "100 percent" not in page_facts(page, _LEVER, "count")


def test_a_hundred_percent_after_an_object_pronoun_at_the_clause_end_is_no_amount():
    # articles: bigbrandsystem.com/success-mindset, "a business ... that suits you 100%."
    assert "100%" not in page_facts("bigbrandsystem.com/success-mindset", "but that suits you 100%", "amount")


@pytest.mark.parametrize(
    "sentence",
    [
        "The stock rose 100 percent, analysts said.",
        "Sales grew 50 percent in Europe and in Asia, 100 percent.",
        "The company owns the subsidiary 100 percent of the time, it said.",
        "I will pull the lever for Trump, 100 percent of the time.",
    ],
)
def test_a_hundred_percent_that_measures_stays_an_amount(sentence: str):
    assert "%" in _units(sentence).values()


def test_a_share_close_to_a_hundred_before_a_closing_quote_stays_an_amount():
    line = corpus_line("tr_news.jsonl", "availability close to 100%")
    assert "%" in _units(line).values()


def test_a_hundred_and_ten_percent_behind_a_person_is_no_amount():
    assert _units("We're behind him 110 percent.") == {}
    assert _units("I agree with you, a hundred percent.") == {}


def _news_text(name: str, marker: str) -> str:
    for line in shared_path("eval", "news_gold", name).read_text(encoding="utf-8").splitlines():
        if marker in (text := json.loads(line)["text"]):
            return text
    pytest.skip(f"{marker!r} is not in {name}")


def _money(text: str) -> dict[str, str]:
    return {f.text: f.unit for f in extractor.extract_text(text, "news").facts if f.kind == "amount" and f.unit}


_UPGRADE = "part of a $158 million upgrade"


def test_a_state_abbreviation_the_text_writes_counts_as_a_place_of_its_country():
    text = _news_text("geowebnews.jsonl", _UPGRADE)
    assert _money(text)["$158 million"] == "AUD"
    # without the abbreviation, one resolved place (Rockingham) is not enough
    assert _money(text.replace("Wastewater in WA", "Wastewater there"))["$158 million"] == "USD"


def test_a_state_abbreviation_does_not_outweigh_a_place_paying_in_us_dollars():
    text = _news_text("geowebnews.jsonl", _UPGRADE)
    assert _money(text + " The firm also runs a plant in Seattle, Washington.")["$158 million"] == "USD"
