"""Places, round 54: a small namesake town against the world city a name means (resolve._far_state): a state the
article names only outside the name's paragraphs ('in Maine I got a tick bite', quoted paragraphs away) is no
evidence for a town of a few thousand people against a capital or a city of WORLD_CITY people; the state named in
the name's paragraph, or the town near the article's other places, still is. And 'the city of Turkey' names a town the
gazetteer lacks, not the country (designators.names_own_town). Each test reads a real text of ../shared/eval but
the one marked a made-up guard."""

from __future__ import annotations

from conftest import eval_facts, gold_doc, gold_place_at, text_facts

from extractor.find.places.words import word_set
from extractor.normalize.places import tables


def _places_in(facts: tuple[dict, ...], snippet: str) -> list[tuple[str, str | None]]:
    return [(f["text"], f["country_code"]) for f in facts if f["kind"] == "place" and snippet in f["sentence"]]


def test_a_state_quoted_paragraphs_away_leaves_the_world_city() -> None:
    # webpages/html/0cf59dcbcf504c49 (a story about Celine Dion): 'Dion appeared at Paris Fashion Week in July 2019'
    # read as Paris, Maine (5,000 people), for the 'Maine' of a quote far below ('Yeah in Maine I got a tick bite')
    facts = eval_facts("webpages", "0cf59dcbcf504c49")
    assert ("Paris", "FR") in _places_in(facts, "Dion appeared at Paris Fashion Week")
    assert ("Maine", "US") in _places_in(facts, "in Maine I got a tick bite")


def test_a_namesake_town_near_the_articles_places_keeps_its_state() -> None:
    # a guard, news_gold/tr_news.jsonl, tr-news:1190001 (an obituary from Paris, Texas): 'Riley Oliver Smith, 70, of
    # Paris entered eternal rest ... at Paris Regional Medical Center' is the Texas town near the article's towns
    facts, _ = gold_doc("tr_news.jsonl", "tr-news:1190001")
    assert {(f.text, f.country_code) for f in facts.values() if f.text == "Paris"} == {("Paris", "US")}


def test_a_namesake_town_in_a_state_story_keeps_its_state() -> None:
    # a guard, tr-news:1130002 (a story from Laurel County, Ky.): 'the man as 63-year-old Donnie Ray Smith of London'
    # is London, Kentucky, not the world city
    facts, _ = gold_doc("tr_news.jsonl", "tr-news:1130002")
    assert {(f.text, f.country_code) for f in facts.values() if f.text == "London"} == {("London", "US")}


def test_the_city_of_a_countrys_name_is_a_town_the_gazetteer_lacks() -> None:
    # news_gold/tr_news.jsonl, tr-news:1290001 (Bob Wills Day in Turkey, Texas): 'Tickets for the Thursday show are
    # $15, according to the city of Turkey.' read as the country; the town is not in the gazetteer (SPEC: unresolved)
    (fact,) = gold_place_at("tr_news.jsonl", "tr-news:1290001", "according to the city of Turkey", "Turkey")
    assert (fact.place_type, fact.country_code, fact.lat, fact.lon) == ("city", None, None, None)


def test_a_town_of_a_country_is_in_the_country() -> None:
    # a guard (a made-up sentence): after another word than 'the' the designator says where the town is
    facts = text_facts("Izmir is the third largest city of Turkey, and a city of Turkey it remains.", "place")
    assert {(f.text, f.country_code) for f in facts if f.text == "Turkey"} == {("Turkey", "TR")}


def test_town_designators_are_designators_before() -> None:
    assert word_set("town_designators_before") <= set(tables()["designators_before"])
