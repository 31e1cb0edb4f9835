"""Amounts a careful news reader would sign, round 40 (issue 17): a hyphened height and a bare 'dollars' word.

- "Mississippi State's 6-foot-7 center": a height written as a hyphened adjective that leaves the inches unsaid is
  one amount of 6 ft 7 in (79 in), as '5 feet 11 inches' is (find/amounts.py _compound; units.json
  bare_hyphen_compounds). It was read as '6-foot', 6 ft. Not when another hyphened word follows the number.
- "The government has invested tens of millions of dollars" in a Vancouver story: a 'dollars' word with no nation
  named is the dollar a bare '$' is in the article (normalize/money.bare_dollar: the page's or the story's home
  dollar), CAD here; it was always USD.
- "the proposed price, which has been priced at 50,000.": a number right after a word of a price, counting no noun
  and ending its clause, is a price whose currency goes unsaid: no count of nothing, and no currency guessed
  (find/count_loose.py _unsigned_price; count_loose.json price_words, price_ends).

Each test reads a real text of ../shared/eval in place and fails without the rule.
"""

from __future__ import annotations

from conftest import by_text, gold_article

import extractor


def _amounts(corpus: str, doc_id: str) -> dict[str, dict]:
    return by_text(gold_article(corpus, doc_id).facts, "amount", "value", "low", "unit")


def _text_amounts(text: str) -> dict[str, dict]:
    return by_text(extractor.extract_text(text, "news").facts, "amount", "value", "unit")


def test_a_hyphened_height_is_one_amount_in_inches():
    # geowebnews:104: "Mississippi State’s 6-foot-7 center continued her NCAA Tournament dominance on Friday";
    # "Notre Dame’s Jessica Shepard (6-foot-4) and Kathryn Westbeld (6-foot-2) will be charged with ..."
    amounts = _amounts("geowebnews.jsonl", "geowebnews:104")
    assert amounts["6-foot-7"] == {"value": 79, "low": None, "unit": "in"}
    assert amounts["6-foot-4"]["value"] == 76
    assert amounts["6-foot-2"]["value"] == 74
    assert "6-foot" not in amounts
    # the inches named, and a half inch: the same one amount
    assert _text_amounts("He is a 5-foot-11-inch guard.")["5-foot-11-inch"] == {"value": 71, "unit": "in"}
    assert _text_amounts("The 6-foot-7 1/2 forward scored 20 points.")["6-foot-7 1/2"]["value"] == 79.5


def test_a_hyphened_measure_with_no_inches_after_it_stays_in_feet():
    # a 'foot' adjective whose hyphen runs on into a word, not inches: "A 10-foot-long island dominates that
    # kitchen." (audit page); a number that runs on into another hyphened word is no inches either
    assert _text_amounts("A 10-foot-long island dominates that kitchen.")["10-foot"] == {"value": 10, "unit": "ft"}
    assert _text_amounts("They built a 6-foot-2-metre wall.")["6-foot"]["unit"] == "ft"
    assert "6-foot-2" not in _text_amounts("It is a 6-foot-2-year plan.")


def test_a_bare_dollars_word_is_the_storys_home_dollar():
    # tr-news:1020007 (Vancouver, "the Canadian city"): "The government has invested tens of millions of dollars in
    # public health emergency responses in recent years"
    amounts = _amounts("tr_news.jsonl", "tr-news:1020007")
    assert amounts["tens of millions of dollars"]["unit"] == "CAD"


def test_a_bare_dollars_word_stays_usd_with_no_home():
    # the same sentence with no places to read: the default
    text = "The government has invested tens of millions of dollars in public health emergency responses."
    assert _text_amounts(text)["tens of millions of dollars"]["unit"] == "USD"
    assert _text_amounts("The deal was worth 20 million dollars.")["20 million dollars"]["unit"] == "USD"


def _counts(corpus: str, doc_id: str) -> dict[str, str | None]:
    return {f.text: f.counted for f in gold_article(corpus, doc_id).facts or [] if f.kind == "count"}


def test_a_price_with_no_currency_is_no_count():
    # geowebnews:221: "Which is a tiny slice of the proposed price, which has been priced at 50,000."; "... and will
    # cost 8.00."
    counts = _counts("geowebnews.jsonl", "geowebnews:221")
    assert "50,000" not in counts
    assert "8.00" not in counts
    facts = extractor.extract_text("The car costs 20,000 and sells well.", "news").facts or []
    assert not [f for f in facts if f.kind in ("count", "amount")]


def test_a_price_word_before_a_counted_noun_still_counts():
    # audit page (a Hong Kong listing): "Each of Alibaba’s New York-listed shares will be worth eight of its Hong
    # Kong shares."; a cost in lives or jobs counts them
    text = "Each of Alibaba’s New York-listed shares will be worth eight of its Hong Kong shares."
    facts = extractor.extract_text(text, "news").facts or []
    assert [f.value for f in facts if f.kind == "count"] == [8]
    facts = extractor.extract_text("The closure cost 200 jobs in the town.", "news").facts or []
    assert [(f.value, f.counted) for f in facts if f.kind == "count"] == [(200, "jobs")]


def test_a_plus_before_the_percent_sign_is_at_least_that_percentage():
    # geowebnews:308: "To reach the main goal to ensure a planned growth of GDP (in 2018 – 4+%), the target indicators
    # until 2025 were set." (read as a count "4+" before)
    facts = gold_article("geowebnews.jsonl", "geowebnews:308").facts or []
    assert [(f.kind, f.value, f.low, f.qualifier, f.unit) for f in facts if f.text == "4+%"] == [
        ("amount", 4, 4, "at_least", "%")
    ]
    assert not [f for f in facts if f.kind == "count" and f.text == "4+"]
