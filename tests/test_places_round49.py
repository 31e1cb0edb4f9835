"""Places, round 49: a place's name the model fused into a longer entity of another kind, read where its words say a
place is meant: the name after a number inside a numeric entity ('706 Orange County residents' tagged PERCENT:
untagged._after_number, words.after_own_number), the state an envoy is sent 'to' past the sending state's name
('... of the Republic of Armenia to the Holy See Mikayel Minasyan': bodies._envoy_before), a state's honorary title
("People's Artist of Armenia": bodies._honour_before), a facility's name the model cut short ('the Tianjin No. 2
Detention Centre' tagged an event 'the Tianjin No': bodies.cut_short) and a town before a road's feature ('the A429
Cirencester junction': untagged._road_feature_towns). Each test reads a real sentence of ../shared/eval news_gold."""

from __future__ import annotations

from conftest import gold_place_at, gold_places_in


def test_a_name_a_numeric_entity_swallowed_after_its_number_is_read() -> None:
    # news_gold/geowebnews.jsonl, geowebnews:197 (an Orange County column): 'In a new Chapman University survey of
    # 706 Orange County residents' ('706 Orange County' tagged PERCENT) gave no place
    (fact,) = gold_place_at("geowebnews.jsonl", "geowebnews:197", "survey of 706 Orange County", "Orange County")
    assert (fact.name, fact.country_code) == ("Orange County", "US")


def test_a_currencys_words_inside_a_numeric_entity_are_no_place() -> None:
    # a guard, geowebnews:226: 'fined Nassar one million US dollars' (tagged MONEY whole): 'US' is the currency's word,
    # inside the entity, not a name closing it after the number
    assert gold_places_in("geowebnews.jsonl", "geowebnews:226", "one million US dollars") == []


def test_the_state_an_envoy_is_sent_to_after_the_sending_state() -> None:
    # geowebnews:182: 'unveiled by Ambassador Extraordinary and Plenipotentiary of the Republic of Armenia to the Holy
    # See Mikayel Minasyan' ('the Holy See Mikayel Minasyan' tagged one organisation) gave no Holy See
    (fact,) = gold_place_at("geowebnews.jsonl", "geowebnews:182", "Armenia to the Holy See Mikayel", "Holy See")
    assert fact.country_code == "VA"


def test_a_states_honorary_title_names_the_state() -> None:
    # geowebnews:182: "the author is People's Artist of Armenia, sculptor David Yerevantsi" (tagged one organisation)
    (fact,) = gold_place_at("geowebnews.jsonl", "geowebnews:182", "People's Artist of Armenia", "Armenia")
    assert fact.country_code == "AM"


def test_a_detention_centres_town_the_model_cut_short_is_the_place() -> None:
    # geowebnews:131: 'When AFP called the Tianjin No. 2 Detention Centre on Thursday' (tagged an event 'the Tianjin
    # No') gave no Tianjin
    (fact,) = gold_place_at("geowebnews.jsonl", "geowebnews:131", "called the Tianjin No. 2", "Tianjin")
    assert (fact.name, fact.country_code) == ("Tianjin", "CN")


def test_a_facilitys_words_count_only_in_a_name_the_model_cut_short() -> None:
    # a guard, news_gold/tr_news.jsonl, tr-news:1130001: 'Both were lodged in the Laurel County Detention Center.'
    # (tagged whole): the gold leaves it unmarked, and so does the reading
    assert gold_places_in("tr_news.jsonl", "tr-news:1130001", "the Laurel County Detention Center") == []


def test_a_town_before_a_road_junction_is_the_town() -> None:
    # geowebnews:220: 'from the Air Balloon roundabout to the A429 Cirencester junction will close' ('A429
    # Cirencester' tagged a product) gave no Cirencester
    (fact,) = gold_place_at("geowebnews.jsonl", "geowebnews:220", "A429 Cirencester junction", "Cirencester")
    assert (fact.name, fact.country_code) == ("Cirencester", "GB")


def test_a_local_phone_numbers_town_picks_the_namesake() -> None:
    # news_gold/tr_news.jsonl, tr-news:1110003 (a stabbing in London, Ontario, naming no other place): 'asked to call
    # London police at 519-661-5670' read every 'London' as England's; the number is London, ON's
    (fact,) = gold_place_at("tr_news.jsonl", "tr-news:1110003", "call London police at 519", "London")
    assert (fact.name, fact.country_code) == ("London", "CA")


def test_a_phone_numbers_state_and_town_and_no_toll_free_number() -> None:
    # the same sentence of tr-news:1110003: the toll-free Crime Stoppers number names no state
    from extractor.find.places.phones import area_places
    from extractor.normalize.places import gazetteer

    text = "Anyone with information about the incident is asked to call London police at 519-661-5670 or Crime Stoppers"
    text += " at 1-800-222-8477 or www.londoncrimestoppers.com."
    assert area_places([text], gazetteer()) == {"CA-ON", "london|CA-ON"}


def test_a_county_executive_names_the_county() -> None:
    # geowebnews:270: 'losing it would be "catastrophic," Cuyahoga County Executive Armond Budish told the editorial
    # board' (tagged a work of art; places.json local_body_heads: a county's elected officers)
    found = gold_place_at("geowebnews.jsonl", "geowebnews:270", "Cuyahoga County Executive Armond", "Cuyahoga County")
    assert [(f.name, f.country_code) for f in found] == [("Cuyahoga County", "US")]
