"""Places, round 55: a town known worldwide against a namesake of like size (resolve._famous). GeoNames' populations
do not say which one news means (Venice, Italy: 51,298 people, its historic centre only; Venice, Los Angeles:
40,885); the number of its alternate names does (66 against 15). Each test reads a real text of ../shared/eval but
those marked made-up guards."""

from __future__ import annotations

from conftest import gold_doc, text_facts

from extractor.find.places.resolve import _famous
from extractor.normalize.places import fold, gazetteer


def test_a_famous_town_beats_a_namesake_of_like_size_near_one_place() -> None:
    # news_gold/tr_news.jsonl, tr-news:1020014 (foreign-language Oscar contenders): 'It won the audience award at the
    # Venice International Film Festival.' read as Venice, Los Angeles, for the article's 'Hollywood' near it
    facts, _ = gold_doc("tr_news.jsonl", "tr-news:1020014")
    assert {(f.text, f.country_code) for f in facts.values() if f.text == "Venice"} == {("Venice", "IT")}


def test_the_namesake_in_its_own_story_keeps_its_place() -> None:
    # a made-up guard: the article's city and state back Venice, Los Angeles, more than fame backs Italy's
    facts = text_facts("The shop opened in Venice, a beach district of Los Angeles, California, last week.", "place")
    assert {(f.text, f.country_code) for f in facts if f.text == "Venice"} == {("Venice", "US")}


def test_a_bigger_or_as_famous_namesake_has_no_fame_bonus() -> None:
    # a guard: the home-country picks the resolver makes stay its context's ('Paris' in a Texas story, 'London' in a
    # Canadian one, 'Columbus' in Indiana, 'Birmingham' in Alabama, 'Athens, Ga.'): the world city is far bigger than
    # its namesakes, or they have about as many alternate names, so fame adds nothing to either
    gz = gazetteer()
    for name in ("Paris", "London", "Columbus", "Birmingham", "Athens"):
        assert _famous(gz.lookup(name), fold(name), gz) is None, name


def test_a_famous_town_smaller_than_its_namesake_has_no_fame_bonus() -> None:
    # a guard: New Castle, Delaware (5,382 people, 50 alternate names) against New Castle, Pennsylvania (22,375, 16):
    # fame settles a tie of size only, it never lifts the smaller town over the bigger one
    gz = gazetteer()
    assert _famous(gz.lookup("New Castle"), fold("New Castle"), gz) is None
    assert gz.places[_famous(gz.lookup("Venice"), fold("Venice"), gz) or 0].country_code == "IT"
