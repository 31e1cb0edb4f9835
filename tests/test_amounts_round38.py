"""Amounts a careful news reader would sign, round 38 (issue 17): 'upwards of' bounds from below, a bare pound in
a story that names the local pound, and a sum that is a figure of speech.

- "temperatures can reach upwards of 120 degrees Celsius": 'upwards of' (and 'upward of') is more than, not about
  (quantity_qualifiers.json before.more_than), as 'in excess of' is.
- "his parents spend more than 22,000 pounds per year" in a Cairo story whose same passage pays "8,000 Egyptian
  pounds": the bare pound is the one pound the text writes out (EGP), as a bare '$' is the home dollar; not when
  the text writes the British pound out in words or the story's places lie more in the United Kingdom
  (currencies.json home_pounds, british_pound_words; normalize/money.bare_pound).
- "On air Zimbabwe, that is a million-dollar question.": a sum right before a noun of a figure of speech prices
  nothing (currencies.json idiom_nouns); "a million-dollar home" is a price.

Each test reads a real text of ../shared/eval in place and fails without the rule.
"""

from __future__ import annotations

from conftest import by_text, gold_article

import extractor
from extractor.normalize.money import bare_pound
from extractor.normalize.units import Whereabouts


def _amounts(corpus: str, doc_id: str) -> dict[str, dict]:
    return by_text(gold_article(corpus, doc_id).facts, "amount", "value", "low", "qualifier", "unit")


def _text_amounts(text: str) -> dict[str, dict]:
    return by_text(extractor.extract_text(text, "news").facts, "amount", "qualifier", "value", "unit")


def test_upwards_of_is_more_than():
    # geowebnews:17: "At the bottom of some of the deeper wells, temperatures can reach upwards of 120 degrees Celsius"
    amounts = _amounts("geowebnews.jsonl", "geowebnews:17")
    assert amounts["upwards of 120 degrees Celsius"] == {
        "value": 120,
        "low": 120,
        "qualifier": "more_than",
        "unit": "degC",
    }
    assert _text_amounts("The fund raised upward of $5 million last year.")["upward of $5 million"]["qualifier"] == (
        "more_than"
    )


def test_bare_pound_follows_the_local_pound_the_story_writes_out():
    # geowebnews:191 (Cairo): "Hammad's parents pay a subscription fee of 8,000 Egyptian pounds (about $453, 371
    # euros) a year ... his parents spend more than 22,000 pounds per year"; a '£44 million' transfer fee elsewhere
    amounts = _amounts("geowebnews.jsonl", "geowebnews:191")
    assert amounts["8,000 Egyptian pounds"]["unit"] == "EGP"
    assert amounts["more than 22,000 pounds"] == {"value": 22000, "low": 22000, "qualifier": "more_than", "unit": "EGP"}


def test_bare_pound_stays_sterling_in_a_british_story_or_beside_sterling():
    # the same sentence of geowebnews:191 read in a story whose places lie in the United Kingdom, or which writes
    # the British pound out: the bare pound is left to the default (GBP)
    text = "Hammad's parents pay a subscription fee of 8,000 Egyptian pounds a year."
    assert bare_pound(text, Whereabouts(frozenset({"EG"}), None, ("EG", "EG", "GB"))) == "EGP"
    assert bare_pound(text, Whereabouts(frozenset({"EG", "GB"}), None, ("EG", "GB", "GB"))) is None
    assert bare_pound(text + " That is 400 pounds sterling.", Whereabouts(frozenset({"EG"}), None, ("EG",))) is None
    assert bare_pound(text + " Or 2,000 Lebanese pounds.", Whereabouts(frozenset({"EG"}), None, ("EG",))) is None


def test_a_million_dollar_question_is_no_amount():
    # geowebnews:286: "\"On air Zimbabwe, that is a million-dollar question. We don't know what ..."
    facts = gold_article("geowebnews.jsonl", "geowebnews:286").facts or []
    assert not [f for f in facts if "million-dollar" in f.text]
    assert _text_amounts("They bought a million-dollar home in the hills.")["a million-dollar"]["unit"] == "USD"
