"""Places, round 51: names the model or the gazetteer stopped though the name is right there. A first-level
subdivision named 'A and B' is also 'A' where no other place is ('Newfoundland': places._add_first_parts). Each test
reads a real sentence of ../shared/eval news_gold."""

from __future__ import annotations

from conftest import gold_places_in, km, text_facts

from extractor.normalize.places import gazetteer


def test_a_provinces_first_name_alone_is_the_province() -> None:
    # news_gold/tr_news.jsonl, tr-news:1010012: 'But in oil-producing provinces such as Alberta, Saskatchewan and
    # Newfoundland' gave no place for Newfoundland (tagged a place; the gazetteer knew only 'Newfoundland and Labrador')
    snippet = "provinces such as Alberta, Saskatchewan and Newfoundland"
    found = {f.text: f for f in gold_places_in("tr_news.jsonl", "tr-news:1010012", snippet)}
    assert (found["Newfoundland"].name, found["Newfoundland"].country_code) == ("Newfoundland and Labrador", "CA")


def test_a_joined_names_first_name_held_by_another_place_or_a_people_is_not_added() -> None:
    # 'Trinidad' keeps its towns and its country's own alternate name; 'Turks' (news_gold/tr_news.jsonl,
    # tr-news:1040001: 'days of protests by Turks angry over Russia's support') is a people, not Turks and Caicos;
    # 'Tyne' of Tyne and Wear is a river
    gz = gazetteer()
    assert [gz.places[i].name for i in gz.lookup("Newfoundland")] == ["Newfoundland and Labrador"]
    assert gz.country["TT"] in gz.lookup("Trinidad") and len(gz.lookup("Trinidad")) > 1
    assert gz.lookup("Turks") == [] and gz.lookup("Tyne") == []


def test_an_airport_tagged_a_person_in_a_sentence_of_flights_is_the_airport() -> None:
    # news_gold/tr_news.jsonl, tr-news:1020008: 'London City airport diverted all inbound flights on Saturday while
    # Heathrow and Gatwick also reported disruption' (both tagged persons) gave no place for Gatwick
    snippet = "while Heathrow and Gatwick also reported"
    found = {f.text: f for f in gold_places_in("tr_news.jsonl", "tr-news:1020008", snippet)}
    gatwick = found["Gatwick"]
    assert (gatwick.place_type, gatwick.country_code) == ("other", "GB")
    assert km(gatwick.lat, gatwick.lon, 51.16667, -0.18333) < 161  # the gold's Gatwick
    assert found["Heathrow"].name == "London Heathrow Airport"


def test_a_persons_name_with_no_airport_of_its_own_stays_a_person_in_a_sentence_of_flights() -> None:
    # 'Logan' and 'Kennedy' alone are no airport's name in the gazetteer (places.json airports): the flight words do
    # not make them one. The sentence is tr-news:1030001's ('Fire Marshal Doug Logan said the blaze was set in') with a
    # flight put in it
    found = text_facts("Fire Marshal Doug Logan said Kennedy boarded the flight to Raleigh after the blaze.", "place")
    assert not [f for f in found if f.text in ("Logan", "Kennedy")]


def test_south_africas_initials_in_a_story_of_south_africans_are_the_country() -> None:
    # news_gold/geowebnews.jsonl, geowebnews:140 (South Africa's chiefs, which names 'millions of South Africans'):
    # 'in post-apartheid SA', 'That SA holds unparalleled reserves', 'any other chief in SA' (tagged an organisation)
    # gave no place
    for snippet in ("in post-apartheid SA.", "That SA holds", "any other chief in SA"):
        (sa,) = [f for f in gold_places_in("geowebnews.jsonl", "geowebnews:140", snippet) if f.text == "SA"]
        assert (sa.name, sa.country_code, sa.place_type) == ("South Africa", "ZA", "country")


def test_initials_of_a_company_or_of_another_sense_are_no_country() -> None:
    # a company's suffix ('Danone SA', as Reuters writes), a licence's ('CC BY-SA 4.0', blog.wikimedia.org's caption)
    # and South Australia's code in an Australian story are no South Africa, whatever the article names
    for text in (
        "Danone SA said on Monday that South Africa's yoghurt sales rose.",
        "Image by Joe Matazzoni, CC BY-SA 4.0. South Africa's maps came later.",
        "Adelaide is the capital of SA, and South Africans visit it in summer from Australia.",
    ):
        assert not [f for f in text_facts(text, "place") if f.text == "SA" and f.country_code == "ZA"], text
