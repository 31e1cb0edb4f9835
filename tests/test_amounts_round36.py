"""Amounts a careful news reader would sign, round 36 (issue 17): qualifier words that belong to something else,
a story's dollar past its US asides, and an either-or pair of one unit.

- "authorities are unable to confirm reports about a 12-kilogram bomb": 'about' after a noun and before an article
  a number follows names the topic ('a' is the bomb's article), so the amount is exact 12 kg and its span starts at
  the number (quantity_qualifiers.json about_article, find/amounts.topic_about). After a verb or a comma it stays
  'approximately' ("is about a 30-minute drive"), and 'about a dozen' keeps its numeral 'a'.
- "diners a night have been forking over $175 for a seat": 'over' ends the phrasal verb, so $175 is exact
  (quantity_qualifiers.json phrasal_verbs); 'paid over $5 million' is still more than.
- "The town recently got $1.2 million in federal and provincial grants" in a Hinton, Alberta story that later points
  to Boise, Idaho as an example: US-dollar places no longer veto a story's home dollar when its first four resolved
  places lie in one dollar country that it names more often than them (currencies.json story_dollar_places lead,
  normalize/money._past_usd_asides).
- "three or four kilometres above the ground": a bare number, 'or', and the next whole number of the unit (at most
  twice it) is one amount, approximate, low 3 and high 4 (find/amounts._either_or_amount, the count finder's pair).

Each test reads a real text of ../shared/eval in place and fails without the rule.
"""

from __future__ import annotations

from conftest import by_text, gold_article
from test_counts_real import page_facts

import extractor
from extractor.normalize.money import bare_dollar
from extractor.normalize.units import Whereabouts


def _amounts(corpus: str, doc_id: str) -> dict[str, dict]:
    return by_text(gold_article(corpus, doc_id).facts, "amount", "value", "qualifier", "unit")


def _text_amounts(text: str) -> dict[str, dict]:
    return by_text(extractor.extract_text(text, "news").facts, "amount", "qualifier", "value")


def test_about_after_a_noun_before_an_article_names_the_topic():
    # tr_news tr-news:1030016: "... authorities are unable to confirm reports about a 12-kilogram bomb."
    amounts = _amounts("tr_news.jsonl", "tr-news:1030016")
    assert amounts["12-kilogram"] == {"value": 12, "qualifier": "exact", "unit": "kg"}
    assert "about a 12-kilogram" not in amounts


def test_about_after_a_verb_or_comma_before_an_article_stays_approximate():
    # webpages (BMI Albyn Hospital story): "... in Aberdeen, Scotland, about a 30-minute drive from Aberdeenshire";
    # the measure here is a distance so that the amount reader reads it
    text = "The hospital is in Aberdeen, Scotland, about a 40-km drive from the coast. The border is about a 4-km walk."
    amounts = _text_amounts(text)
    assert amounts["about a 40-km"]["qualifier"] == amounts["about a 4-km"]["qualifier"] == "approximate"


def test_over_ending_a_phrasal_verb_bounds_nothing():
    # geowebnews:118: "... about 40 diners a night have been forking over $175 for a seat at the table ..."
    amounts = _amounts("geowebnews.jsonl", "geowebnews:118")
    assert amounts["$175"] == {"value": 175, "qualifier": "exact", "unit": "USD"}
    assert _text_amounts("The company paid over $5 million for the site.")["over $5 million"]["qualifier"] == (
        "more_than"
    )


def test_us_places_named_as_an_aside_leave_a_settled_storys_dollar():
    # geowebnews:17: "Like many towns across Alberta, the landscape around Hinton ..." then "The town recently got
    # $1.2 million in federal and provincial grants"; later "He also points to Boise, Idaho ... In Klamath Falls,
    # Oregon": the story opens with six Canadian places and names Canada's more often than the US ones
    amounts = _amounts("geowebnews.jsonl", "geowebnews:17")
    assert amounts["$1.2 million"]["unit"] == amounts["$10.2 million"]["unit"] == "CAD"


def test_us_places_early_or_as_often_keep_the_us_dollar():
    # the resolved places' countries of geowebnews:17 in order (6 Canadian, then Boise, Idaho, Klamath Falls, Oregon)
    hinton = ("CA",) * 6 + ("US",) * 4 + ("CA",) * 4 + ("US",) * 2 + ("CA",)
    assert bare_dollar("", Whereabouts(frozenset({"CA", "US"}), None, hinton)) == "CAD"
    early = ("CA",) * 3 + ("US",) + ("CA",) * 6  # a US place among the first four
    assert bare_dollar("", Whereabouts(frozenset({"CA", "US"}), None, early)) == "USD"
    even = ("CA",) * 4 + ("US",) * 4  # the US places as many as the home country's
    assert bare_dollar("", Whereabouts(frozenset({"CA", "US"}), None, even)) == "USD"


def test_a_bare_number_or_the_next_one_of_a_unit_is_one_vague_amount():
    # webpages 75368945f56bb8d6 (metro.co.uk, a sting jet): "It starts out three or four kilometres above the ground
    # and descends over three or four hours"
    facts = page_facts("75368945f56bb8d6", "three or four kilometres", "amount")
    fact = facts["three or four kilometres"]
    assert (fact["low"], fact["high"], fact["value"], fact["qualifier"], fact["unit"]) == (
        3,
        4,
        None,
        "approximate",
        "km",
    )
    assert "four kilometres" not in facts
    # "$17 million (or $12 million or $6 million ...)": each end with its own unit stays its own claim
    amounts = _text_amounts("The claim of $17 million or $12 million is false. You gained 40 or 100 pounds.")
    assert amounts["$17 million"]["qualifier"] == amounts["$12 million"]["qualifier"] == "exact"
    assert amounts["100 pounds"]["qualifier"] == "exact"
