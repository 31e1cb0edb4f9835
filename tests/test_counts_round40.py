"""Counts the small model hid behind a name tag or a capitalised modifier (round 40): each document is read in place
from ../shared/eval/news_gold, run as an article with no reference date."""

from __future__ import annotations

from conftest import gold_article


def _counts(corpus: str, doc_id: str, snippet: str) -> list[tuple]:
    facts = gold_article(corpus, doc_id).facts or []
    return [(f.text, f.value, f.low, f.counted) for f in facts if f.kind == "count" and snippet in f.sentence]


def test_a_bare_number_tagged_as_a_product_still_counts_its_plural():
    # tr_news.jsonl, tr-news:1090004: "Officers also issued 17,000 speeding and 210 mobile phone use tickets."
    # (the small model tags the bare "210" PRODUCT)
    counts = _counts("tr_news.jsonl", "tr-news:1090004", "210 mobile phone use tickets")
    assert ("210", 210, None, "use tickets") in counts


def test_a_capitalised_modifier_before_a_plural_is_no_model_number():
    # geowebnews.jsonl, geowebnews:255: "The latest deal includes about 180 Paladin howitzer systems,
    # artillery-firing vehicles on tracks." (not a model number: the number counts the plural "systems")
    counts = _counts("geowebnews.jsonl", "geowebnews:255", "180 Paladin")
    assert counts == [("about 180", 180, None, "Paladin howitzer systems")]


def test_odds_over_any_whole_count_nothing():
    # geowebnews.jsonl, geowebnews:122: "There's a one in 259 million chance that someone picks the correct number on
    # the five white balls and one yellow ball." (odds; the balls stay counts)
    counts = _counts("geowebnews.jsonl", "geowebnews:122", "259 million chance")
    assert [c[0] for c in counts] == ["five", "one"]
