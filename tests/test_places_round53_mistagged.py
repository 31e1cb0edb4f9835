"""Places, round 53: a town's, a county's or a region's name the model tags a person's, a people's or an organisation's
where the sentence uses it as a place and the article names the place elsewhere: a name the gazetteer knows only as the
last words of a region's own name after compass words ('Ghouta' of Eastern Ghouta), and a county's own name tagged
NORP (rescue._part_of_voted_name, rescue._county_of_voted_name); a town by any of its names after 'in' and a
participle that puts a thing there (rescue._placed_in: 'installed in Echmiadzin'); a town's name opening a game
roundup's line before its team's record ('Rockledge (3-1):', untagged._before_team_record). Each test reads a real
sentence of ../shared/eval."""

from __future__ import annotations

from conftest import eval_facts, gold_places_in, km


def test_a_regions_name_without_its_compass_word_is_the_region_the_article_names() -> None:
    # news_gold/geowebnews.jsonl, geowebnews:25: 'with the same vigor that characterized their work when Ghouta was
    # under terrorists' control' ('Ghouta' tagged a person's; 'Eastern Ghouta' named three times before) gave no place
    (fact,) = gold_places_in("geowebnews.jsonl", "geowebnews:25", "when Ghouta was under terrorists")
    assert (fact.text, fact.name) == ("Ghouta", "Eastern Ghouta")
    assert km(fact.lat, fact.lon, 33.527, 36.389) < 161


def test_a_countys_own_name_tagged_a_people_is_the_county_the_article_names() -> None:
    # news_gold/geowebnews.jsonl, geowebnews:238: 'These energy audits will be the start of a project portfolio for
    # Cavan to upgrade the fabric of the buildings' ('Cavan' tagged NORP; 'Cavan County Council' later) gave no place
    (fact,) = gold_places_in("geowebnews.jsonl", "geowebnews:238", "a project portfolio for Cavan to upgrade")
    assert (fact.text, fact.country_code, fact.place_type) == ("Cavan", "IE", "admin2")
    assert km(fact.lat, fact.lon, 53.91667, -7.25) < 161


# articles/: floridatoday.com, 'HS Roundup: Viera defeats Rockledge to remain undefeated'
ROUNDUP = "c81e134ed49902bcf69b551426b4a346c5a77ae993cac8bda68b5541a664ef4c"


def test_a_town_before_its_teams_record_in_a_roundup_is_the_town() -> None:
    # 'Rockledge (3-1): C. Martinez 1 goal. D. Robbins 1 save.' (untagged; 'Viera d. Rockledge' elsewhere tagged a
    # person's, read as a full name whose surname made every 'Rockledge' a person) gave no place; Palm Bay and
    # Melbourne, the roundup's other towns, sit 30 km away
    facts = [f for f in eval_facts("articles", ROUNDUP) if f["kind"] == "place" and f["text"] == "Rockledge"]
    lines = {f["sentence"].split(":")[0] for f in facts}
    assert lines == {"Rockledge (0-1)", "Rockledge (3-1)"}
    assert all(f["country_code"] == "US" and km(f["lat"], f["lon"], 28.3508, -80.7253) < 20 for f in facts)


def test_a_town_by_another_name_after_a_verb_that_puts_a_thing_there_is_the_town() -> None:
    # news_gold/geowebnews.jsonl, geowebnews:182: 'one was erected in Vatican, and the second will be installed in
    # Echmiadzin, the spiritual center of all Armenians' ('Echmiadzin' tagged an organisation, a name of Vagharshapat
    # the gazetteer has that spells none of its own) gave no place
    (fact,) = gold_places_in("geowebnews.jsonl", "geowebnews:182", "installed in Echmiadzin")
    assert (fact.text, fact.country_code) == ("Echmiadzin", "AM")
    assert km(fact.lat, fact.lon, 40.16557, 44.29462) < 161
