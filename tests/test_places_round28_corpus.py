"""Places, round 28 (issue 17's corpus goals). A capitalised 'Town', 'Township' or 'City' closing a name the gazetteer
does not know whole is the name's own where the name less it is in no country of the article's other places ('Bains
and Grants Town', a Bahamas district, is no Grants, New Mexico; designators.unbacked_designated). A world city's name
in an article at home in a country with a sizeable namesake (London, Ontario) is that namesake though nothing named
lies near it (resolve._home); a lesser city's is not ('born in Manchester' stays English). Among namesakes near the
article's places, the one nearest the places of its own sentence (resolve._nearest)."""

from __future__ import annotations

from conftest import gold_doc
from test_places_corpora import near_gold_in

from extractor.pipeline import text_article
from extractor.sources import RawPage


def test_a_capitalised_town_unbacked_is_the_names_own() -> None:
    # ../shared/eval/news_gold/geowebnews.jsonl, geowebnews:245: "BAIN and Grants Town MP Travis Robinson launched a
    # partnership": no other place named; Grants, New Mexico (1,600 km off) was given five times
    facts, _ = gold_doc("geowebnews.jsonl", "geowebnews:245")
    towns = [f for f in facts.values() if f.text.endswith("Grants Town")]
    assert towns
    assert all(f.name == "Grants Town" and f.lat is None and f.country_code is None for f in towns)


def test_a_capitalised_township_the_article_backs_keeps_its_town() -> None:
    # the audit page heartlandnewsfeed.com 2023/10/27 christian-county-police-blotters (Christian County, Illinois)
    text = (
        "Christian County police blotters\n"
        "October 22: ACCIDENT – A vehicle driven by Todd Richter, no age or address reported, was southbound on "
        "Township Road 1950E at about 311N in Pana Township when it struck the back of a vehicle, which was parked "
        "off the roadway. Taylorville, Illinois police were called."
    )
    article = text_article(RawPage(source="test", text=text), "test")
    pana = [f for f in article.facts or [] if f.kind == "place" and f.text == "Pana Township"]
    assert pana and all(f.country_code == "US" and f.lat is not None for f in pana)


def test_a_world_citys_name_at_home_with_a_sizeable_namesake() -> None:
    # ../shared/eval/news_gold/tr_news.jsonl, tr-news:1110001: "Organizers of a London rally in support of the people
    # caught in the brutal conflict in Aleppo thanked Canada": London, Ontario (the story names Canada three times)
    assert near_gold_in("tr_news.jsonl", "tr-news:1110001", "London", "Organizers of a London rally")
    assert near_gold_in("tr_news.jsonl", "tr-news:1110001", "London", "Islamic Centre in London")


def test_a_lesser_citys_name_keeps_its_own_abroad() -> None:
    # ../shared/eval/news_gold/geowebnews.jsonl, geowebnews:123: a British story that names the US most; Manchester,
    # New Hampshire (110,000) is a sizeable namesake, but Manchester is no world city
    assert near_gold_in("geowebnews.jsonl", "geowebnews:123", "Manchester", "born in Manchester")


def test_the_namesake_nearest_its_sentences_places() -> None:
    # ../shared/eval/news_gold/tr_news.jsonl, tr-news:1270001: "call the Edwards Comprehensive Cancer Center in
    # Huntington at 304-399-6500 or Thomas Memorial Hospital in South Charleston": West Virginia's, though the article
    # also names the Bronx (50 km from Huntington, New York)
    assert near_gold_in("tr_news.jsonl", "tr-news:1270001", "Huntington", "Cancer Center in Huntington")
