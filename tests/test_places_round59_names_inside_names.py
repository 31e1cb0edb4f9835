"""Places, round 59 of issue 17: places inside names (audit guide, names inside names; recall sheets seeds
20261348/49, judged samples p47-cp).

The classes:
- an event's name whose head is a rodeo's, a stampede's or a World Cup's says where the event is held ('the Houston
  Livestock Show & Rodeo', 'the Dubai World Cup': data event_heads, bodies._event_held_in);
- a place a public body's or an event's name holds is no word of a person's name the article gives elsewhere
  ('Seattle Fire and Police' beside the team 'Seattle Seahawks' tagged a person; 'Houston' of the rodeo beside 'Kell
  Houston': Mention.named_in, not_places.persons_name);
- a name that ends in a public building's head word is the building's, not a body's, and the state it is named
  after no jurisdiction ('the nearby Illinois State Armory', judged wrong: bodies._building_name)."""

from __future__ import annotations

from conftest import gold_article, text_facts


def _places_in(doc_id: str, snippet: str) -> list:
    return [
        f
        for f in gold_article("geowebnews.jsonl", doc_id).facts or []
        if f.kind == "place" and snippet in (f.sentence or "")
    ]


def test_world_cup_names_where_it_is_held():
    found = _places_in("geowebnews:120", "The Belgian jockey notched his first Dubai World Cup")
    assert [(f.text, f.country_code) for f in found] == [("Dubai", "AE")]


# an audit page (sanfrancisco.cbslocal.com, the 55th ACM Awards' winners): each winner and its town in its own block
RODEO = (
    "Cheyenne Frontier Days – Cheyenne, Wyo.\n\nHouston Livestock Show & Rodeo – Houston, Texas\n\n"
    "Gil Cunningham – Neste Live!\n\nKell Houston – Houston Productions"
)


def test_rodeo_names_where_it_is_held_beside_a_persons_surname():
    houston = [f for f in text_facts(RODEO, "place") if f.text == "Houston"]
    assert len(houston) == 2
    assert all(f.country_code == "US" and f.place_type == "city" for f in houston)


def test_body_name_place_beside_a_team_tagged_a_person():
    found = _places_in("geowebnews:227", "worked with Seattle Fire and Police")
    assert [f.text for f in found if f.text == "Seattle"] == ["Seattle"]


def test_state_building_name_holds_no_jurisdiction():
    found = _places_in("geowebnews:3", "a pipe burst in the nearby Illinois State Armory")
    assert "Illinois" not in [f.text for f in found]
