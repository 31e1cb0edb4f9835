"""Places, round 60 of issue 17: a name a disease or its virus is called by ('People who are scared of Corona call',
judged wrong as Corona, California) is the disease where nothing says the town: no designator or area after it, no
preposition of place before it, no other place of the article in its state or near it (uses.names_a_disease; data
disease_names)."""

from __future__ import annotations

from conftest import text_facts

# an audit page (divyabhaskar.co.in, Rajkot): its English title
SCARED = "People who are scared of Corona call and say, 'I see Corona in my hand and foot.'"


def test_disease_name_is_no_town():
    assert [f.text for f in text_facts(SCARED, "place")] == []


def test_town_of_the_name_with_its_place_around_it_stays():
    text = "Schools in Corona reopened after the Riverside County order."
    assert {f.text for f in text_facts(text, "place")} == {"Corona", "Riverside County"}
