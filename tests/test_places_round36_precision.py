"""Places, round 36 (precision): a town written with a nearby one ('Thruxton, near Andover', 'the Crown Heights
neighborhood of Brooklyn', 'the Cincinnati suburb of West Chester') is the namesake nearest it, or sits at its point
where the gazetteer knows none near (areas.near_neighbours); 'Manchester City' in a game's story is the club
(teams.city_club); 'Church Street' is a street, with no sense (uses.street_name); a place's name listed as a person's
surname is the person throughout (not_places.listed_surnames). Each test reads a real news_gold story
(../shared/eval/news_gold)."""

from __future__ import annotations

from conftest import gold_article, km


def place_facts(corpus: str, doc_id: str, text: str) -> list:
    return [f for f in gold_article(corpus, doc_id).facts or [] if f.kind == "place" and f.text == text]


def test_a_neighbourhood_of_a_city_sits_at_the_city_not_at_a_namesake_far_away() -> None:
    # geowebnews:170 'in the Crown Heights neighborhood of Brooklyn': the gazetteer's only Crown Heights is in
    # Dutchess County, 108 km north
    facts = place_facts("geowebnews.jsonl", "geowebnews:170", "Crown Heights")
    assert facts
    for f in facts:
        assert (f.country_code, f.gazetteer_id) == ("US", None)
        assert km(f.lat, f.lon, 40.68, -73.94) < 10  # Crown Heights, Brooklyn


def test_a_town_near_a_named_town_is_at_it() -> None:
    # geowebnews:214 'his home race at Thruxton, near Andover': the gazetteer's Thruxton is Herefordshire's, 125 km off
    facts = place_facts("geowebnews.jsonl", "geowebnews:214", "Thruxton")
    assert facts
    for f in facts:
        assert km(f.lat, f.lon, 51.21, -1.60) < 30  # the circuit near Andover, Hampshire
    [andover] = place_facts("geowebnews.jsonl", "geowebnews:214", "Andover")
    assert andover.gazetteer_id == "geonames:2657324"  # the anchor keeps its own sense


def test_the_suburb_written_after_its_city_is_near_the_city() -> None:
    # tr_news 1060003 'from the Cincinnati suburb of West Chester': not West Chester, Pennsylvania
    [f] = place_facts("tr_news.jsonl", "tr-news:1060003", "West Chester")
    assert km(f.lat, f.lon, 39.33, -84.41) < 50


def test_a_town_just_outside_its_anchor_keeps_its_own_sense() -> None:
    # tr_news 1090002 'For the residents of Edmonton, just outside Cairns': Edmonton, Queensland, 11 km off
    facts = place_facts("tr_news.jsonl", "tr-news:1090002", "Edmonton")
    assert facts
    assert {(f.country_code, f.gazetteer_id) for f in facts} == {("AU", "geonames:2167744")}


def test_a_city_club_in_a_game_story_is_no_place() -> None:
    # geowebnews:249 'UEFA charge Liverpool FC over Manchester City bus attack' ... 'Liverpool won the game 3-0 and
    # will play Man City in the second leg': the club, not the city
    facts = [f for f in gold_article("geowebnews.jsonl", "geowebnews:249").facts or [] if f.kind == "place"]
    assert not [f for f in facts if f.text in ("Manchester City", "Man City")]
    # a town standing for its team stays the place (metonymy): 'charged Liverpool with acts of damage'
    assert any(f.text == "Liverpool" and f.country_code == "GB" for f in facts)


def test_a_city_written_with_its_own_city_word_stays_a_place() -> None:
    # geowebnews:302 'a buy-bust transaction in Parañaque City': the gazetteer's own name, no club
    [f] = place_facts("geowebnews.jsonl", "geowebnews:302", "Parañaque City")
    assert f.country_code == "PH"


def test_a_name_with_a_streets_last_word_is_the_street_not_a_ward() -> None:
    # tr_news 1220001 'the appliance from Edmonton fire station in Church Street': not the Church Street ward of
    # Westminster; a street is no place (the audit guide), so no fact at all (round 51)
    assert place_facts("tr_news.jsonl", "tr-news:1220001", "Church Street") == []


def test_a_place_name_listed_as_a_persons_surname_is_the_person_throughout() -> None:
    # geowebnews:302 'found Marc David Deen and Seergeoh Villanueva "guilty beyond reasonable doubt"' ... 'the NBI
    # arrested Deen and Villanueva during a buy-bust transaction': the convict, not Villanueva, Pangasinan
    assert place_facts("geowebnews.jsonl", "geowebnews:302", "Villanueva") == []
    assert place_facts("geowebnews.jsonl", "geowebnews:302", "Muntinlupa")  # the story's places stay
