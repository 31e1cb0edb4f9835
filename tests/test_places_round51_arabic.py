"""Places, round 51: GeoNames writes a town of a country where Arabic is official with its article ('Al Qāmishlī',
'An Nabk'), news without it ('Qamishli') or unassimilated ('al-Nabk'); the gazetteer adds those forms as aliases
(normalize.places._add_article_aliases, places_names.json arabic_articles), only where no other place is written
that way and the bare name has five letters or more. A name the model tagged an organisation right before 'and other
towns' is one of those towns (rescue._one_of_other_towns, places.json other_town_plurals)."""

from __future__ import annotations

import json

from conftest import gold_places_in, km

from extractor.normalize.places import NAMES, fold, gazetteer


def _senses(name: str) -> list[tuple[str, str | None]]:
    gz = gazetteer()
    return [(gz.places[i].name, gz.places[i].country_code) for i in gz.lookup(name)]


def test_a_town_written_without_its_arabic_article_is_the_town() -> None:
    # news_gold/geowebnews.jsonl, geowebnews:1: 'Nureddine Mehmud says Turkey fired on Qamishli and other towns along
    # the Syrian-Turkish border' ('Qamishli' tagged ORG; GeoNames knows only 'Al Qāmishlī' and other spellings) gave
    # no place
    found = gold_places_in("geowebnews.jsonl", "geowebnews:1", "Turkey fired on Qamishli and other towns along")
    (fact,) = [f for f in found if f.text != "Turkey"]
    assert (fact.text, fact.country_code) == ("Qamishli", "SY")
    assert km(fact.lat, fact.lon, 36.85071, 41.17243) < 161  # the gold's point


def test_the_gazetteer_knows_a_town_without_its_article_and_with_al_for_an_assimilated_one() -> None:
    # the names of the sentence above, and 'An Nabk' (Syria) as news writes it unassimilated ('al-Nabk')
    assert _senses("Qamishli") == [("Al Qāmishlī", "SY")]
    assert _senses("al-Nabk") == [("An Nabk", "SY")]


def test_a_name_another_place_is_written_as_stays_that_places() -> None:
    # a guard: 'Souda Bay, Chania' (../shared/eval/webpages/html/bb28a734aab834c9.html.gz) is Crete's Soúda, not
    # Tunisia's Es Souda; 'Nasiriyah' is Iraq's city (GeoNames writes it so), so 'al-Nasiriyah' is not Libya's An
    # Nāşirīyah either; and a Spanish 'El' is no Arabic article ('El Colorado' is no Colorado)
    assert _senses("Souda") == [("Soúda", "GR")]
    assert ("An Nāşirīyah", "LY") not in _senses("al-Nasiriyah")
    assert not any(name == "El Colorado" for name, _ in _senses("Colorado"))


def test_a_short_bare_name_is_no_alias() -> None:
    # a guard: 'Ar Rams' (UAE), 'El Oued' (Algeria) give no 'Rams' (a word, a team) nor 'Oued' (a word many names
    # start with)
    assert _senses("Rams") == []
    assert _senses("Oued") == []


def test_a_persons_name_that_is_an_aliased_towns_is_no_place() -> None:
    # a guard, news_gold/geowebnews.jsonl: 'Saudi Arabia's de facto ruler, Crown Prince Mohammed Bin Salman, is coming
    # to the end of a three-week US tour' (geowebnews:254) and 'actresses Fakhriya Khamiss and Zahra Arafat'
    # (geowebnews:106): 'Salman' and 'Zahra' are now aliases of Iraq's As Salmān and Libya's Az Zahrā’, and the
    # people's names stay no place
    assert ("As Salmān", "IQ") in _senses("Salman")
    assert gold_places_in("geowebnews.jsonl", "geowebnews:254", "Crown Prince Mohammed Bin Salman, is coming") == []
    assert gold_places_in("geowebnews.jsonl", "geowebnews:106", "actresses Fakhriya Khamiss and Zahra Arafat") == []


def test_the_article_table_holds_folded_articles_and_known_countries() -> None:
    # places_names.json: each article is a key the gazetteer folds a name's first word to ('Aţ' -> 'at'), each country
    # one the gazetteer knows (a mistyped code would silently alias no town)
    names = json.loads(NAMES.read_text(encoding="utf-8"))
    assert all(fold(a) == a and a.isalpha() for a in names["arabic_articles"])
    assert set(names["arabic_article_countries"]) <= set(gazetteer().country)
