"""Places, round 61 of issue 17: a town in a list of towns each with its airport's code in brackets is a town though
the model tags it a person's ('to Boise (BOI), Missoula (MSO) and Spokane (GEG)': rescue.coded_list_item); a name
the gazetteer knows only as another name of a far town, before a part word and 'of' and a town by its own name, is
a part of that town, at its point ('native of Suryanagar area of Bhubaneswar', not Srinagar: areas._part_by_other_name);
a list's line of seats may hold a name two towns of its country share where another item is its country's only town
of the name ('Ruislip, Northwood and Pinner': seats._seat_line), and a seat's item the model tagged a place keeps that
tag's vouching ('Tiverton and Honiton' beside 'Torbay': mentions.block_mentions).
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


def test_town_abroad_in_a_coded_list():
    text = (
        "At the same time, American plans to begin new international service between Alaska’s Seattle home and "
        "London Heathrow (LHR), Bangalore (BLR) and Shanghai Pudong (PVG) in 2021."
    )
    places = {f.text: f for f in text_facts(text, "place")}
    assert places["Bangalore"].country_code == "IN"
    assert "London Heathrow" in places


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


# an audit page (dailymail.co.uk, a list of MPs' seats, names and addresses)
SEATS = (
    "Rugby\n\nMark Pawsey\n\nmark.pawsey.mp@parliament.uk\n\nRuislip, Northwood and Pinner\n\nDavid Simmonds\n\n"
    "david.simmonds.mp@parliament.uk\n\nThornbury and Yate\n\nLuke Hall\n\nluke.hall.mp@parliament.uk\n\n"
    "Thurrock\n\nJackie Doyle-Price\n\njackie.doyleprice.mp@parliament.uk\n\nTiverton and Honiton\n\nNeil Parish\n\n"
    "neil.parish.mp@parliament.uk\n\nTonbridge and Malling\n\nTom Tugendhat\n\ntom.tugendhat.mp@parliament.uk\n\n"
    "Torbay\n\nKevin Foster\n\nkevin.foster.mp@parliament.uk"
)


def test_seat_line_with_a_name_two_towns_share():
    places = {f.text: f for f in text_facts(SEATS, "place")}
    assert {"Ruislip", "Northwood", "Pinner", "Thornbury", "Yate"} <= set(places)
    assert abs(places["Northwood"].lat - 51.61) < 0.05 and abs(places["Northwood"].lon + 0.42) < 0.05


def test_seat_line_keeps_the_models_place_tag():
    assert {"Tiverton", "Honiton", "Torbay"} <= {f.text for f in text_facts(SEATS, "place")}
