"""Places, round 61 of issue 17: a town in a list of towns each with its airport's code in brackets is a town though
the model tags it a person's ('to Boise (BOI), Missoula (MSO) and Spokane (GEG)': rescue.coded_list_item); a name
the gazetteer knows only as another name of a far town, before a part word and 'of' and a town by its own name, is
a part of that town, at its point ('native of Suryanagar area of Bhubaneswar', not Srinagar: areas._part_by_other_name).
"""

from __future__ import annotations

from conftest import text_facts

# an audit page (thepointsguy.com, Alaska Airlines and oneworld)
ROUTES = (
    "The codeshare expansion includes several of Alaska’s new routes from LAX — to Boise (BOI), Missoula (MSO) and "
    "Spokane (GEG) — that it launched in 2020, according to Cirium schedule data."
)
# an audit page (timesofindia.indiatimes.com, Odisha's first Covid-19 death)
NATIVE = (
    "BHUBANESWAR: A 72-year-old man from Bhubaneswar who had tested positive for Covid-19 died on Monday, the health "
    "department said on Tuesday. He is the first man from Odisha to have died of the disease. Condition of another 60-year-old man, native of Suryanagar area of Bhubaneswar who has tested positive for "
    "Covid-19, admitted in AIIMS is stable, the director said."
)


def test_town_in_a_list_of_coded_towns():
    places = {f.text: f for f in text_facts(ROUTES, "place")}
    assert {"Boise", "Missoula", "Spokane"} <= set(places)
    assert places["Missoula"].country_code == "US"


def test_persons_with_codes_are_no_towns():
    text = "Hakeem (SLMC), Rishad Bathiudeen (ACMC), Mano Ganesan and P Digambaram (TPA), voted against the Motion."
    assert [f.text for f in text_facts(text, "place")] == []


def test_part_named_by_a_far_towns_other_name_sits_at_its_town():
    places = {f.text: f for f in text_facts(NATIVE, "place")}
    part, town = places["Suryanagar"], places["Bhubaneswar"]
    assert part.place_type == "locality"
    assert (part.lat, part.lon) == (town.lat, town.lon)


def test_town_before_suburb_of_stays_the_anchor():
    places = {f.text: f for f in text_facts("They moved to the Cincinnati suburb of West Chester.", "place")}
    assert places["Cincinnati"].place_type == "city"
