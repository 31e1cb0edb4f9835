"""Places on real news (issue 17): a place inside a name the model tagged with its owner's possessive.

Classes: a person's or an organisation's name closing on a possessive and a place's name a hyphen glues to a
compound's tail ("Walker’s Greensboro-area seat", tagged a person whole) holds the place, as 'a Greensboro-area seat'
does (entity_parts._possessive_before_compound; data compound_tails, 'area' among them); a public body's name and a
possessive inside an organisation the model tagged whole ('the Council of Europe’s Common European Framework') name
the body, read alone for its jurisdiction (bodies.owner_body); a lower-case noun a hyphen glues to a place tagged with
it ('a St. Paul-area race') is no part of the name, its hyphen neither (entity_mentions._lower_tail).
"""

from __future__ import annotations

from conftest import gold_article, text_facts

MEADOWS = (
    "Privately, some state legislators are grumbling that, had they known Meadows was planning to retire, they might "
    "have been able to save Rep. Mark Walker (R-N.C.), according to people who have spoken with lawmakers. Walker’s "
    "Greensboro-area seat was sacrificed last month in court-prompted redistricting."
)


def test_a_place_after_an_owners_possessive_before_a_hyphened_area():
    places = {f.text: f for f in text_facts(MEADOWS, "place")}
    assert "Greensboro" in places
    assert places["Greensboro"].country_code == "US" and abs(places["Greensboro"].lat - 36.07) < 0.1
    assert "Walker" not in places and "Walker’s Greensboro" not in places


def test_a_public_bodys_possessive_inside_an_organisation():
    art = gold_article("geowebnews.jsonl", "geowebnews:144")
    sentence = "Council of Europe’s Common European Framework"
    europe = [f for f in art.facts or [] if f.kind == "place" and f.text == "Europe" and sentence in f.sentence]
    assert len(europe) == 1 and europe[0].place_type == "region"
