"""Places on real news (issue 17, session 35's judged audit): a landform's noun after 'the' is no town of its name.

'At his stylish home with stunning Goleta-foothills-to-Carpinteria-coast views atop the Mesa, Allen recently hosted a
tasting of Turtle Rock wines' (geowebnews:27, a Santa Barbara story): 'the Mesa' was Mesa, Arizona. A town's whole
name that is a landform's common noun (places.json landform_heads: 'Mesa', 'Ridge', 'Butte', 'Bluff'), alone after a
lower-case 'the', is the local landform or the neighbourhood named after it, as 'the Springs' is a nickname
(uses.the_nickname_head): no place rather than the namesake far away. Written with no article ('Mesa police said'),
it is the town; where the gazetteer knows a place named with 'The' ('The Narrows'), the resolver decides.
"""

from __future__ import annotations

from conftest import gold_sentence_places, text_facts


def _places(text: str) -> dict[str, str]:
    return {f.text: f.name for f in text_facts(text, "place")}


def test_atop_the_mesa_in_a_santa_barbara_story_is_no_mesa_arizona():
    places = gold_sentence_places("geowebnews.jsonl", "geowebnews:27", "views atop the Mesa, Allen recently hosted")
    assert "Mesa" not in places and "Carpinteria" in places


def test_the_mesa_in_a_near_sentence_is_no_town():
    assert "Mesa" not in _places("From his deck atop the Mesa, Allen can see Carpinteria.")


def test_mesa_without_the_is_the_arizona_city():
    places = {f.text: f for f in text_facts("Mesa police said the man was arrested in Arizona on Monday.", "place")}
    assert places["Mesa"].name == "Mesa" and places["Mesa"].country_code == "US"
