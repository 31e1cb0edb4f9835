"""Places on real news (issue 17, session 35's judged audit): an appositive says where the town before it lies.

'No fewer than 30 persons have been infected with measles at the Internally Displaced Peoples’ camp located in
Abagana, an outskirts of Makurdi in Benue state.' (geowebnews:160): 'Abagana' was the Anambra town, 240 km from
Makurdi. An appositive of 'a', 'an' or 'the', at most two lower-case words, a noun of what the town is (places.json
appositive_heads: 'outskirts', 'suburb', 'village', 'market town') and a link ('of', 'in', 'near') ties the name to
the town right after it, read as 'X, near Y' is (areas.near_neighbours: the smaller name's namesake within NEARBY_KM
of the bigger, else the bigger town's point). Not without the appositive's head noun ('Abagana, the pride of
Makurdi'); before a state ('a neighborhood in Washington') the article's context decides, as the state's name may be
its city's and the gazetteer places Nigeria's towns in no state it can check.
"""

from __future__ import annotations

from conftest import gold_sentence_places, km, text_facts

MAKURDI = (7.73375, 8.52139)


def test_abagana_an_outskirts_of_makurdi_lies_at_makurdi():
    places = gold_sentence_places("geowebnews.jsonl", "geowebnews:160", "located in Abagana, an outskirts of Makurdi")
    abagana = places["Abagana"]
    assert abagana.country_code == "NG" and km(abagana.lat, abagana.lon, *MAKURDI) < 161


def test_a_village_near_a_town_lies_at_the_town():
    places = {f.text: f for f in text_facts("Measles broke out in Abagana, a small village near Makurdi.", "place")}
    assert km(places["Abagana"].lat, places["Abagana"].lon, *MAKURDI) < 161


def test_no_appositive_head_keeps_the_town():
    places = {f.text: f for f in text_facts("Measles broke out in Abagana, the pride of Makurdi.", "place")}
    assert km(places["Abagana"].lat, places["Abagana"].lon, 6.19031, 6.99357) < 1
