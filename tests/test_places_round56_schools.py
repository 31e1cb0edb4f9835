"""Places, round 56: a US state's name the model tags alone before a possessive 'State's' is the state's university
or its team (institutions.state_school: "Mississippi State's 6-foot-7 center", tagged 'Mississippi'). Each test reads
a real text."""

from __future__ import annotations

from conftest import gold_article, text_facts


def test_a_states_name_before_a_possessive_state_is_its_university() -> None:
    # geowebnews:104 'Mississippi State’s 6-foot-7 center continued her NCAA Tournament dominance on Friday, scoring
    # 21 points and grabbing 25 rebounds against Louisville.'
    facts = gold_article("geowebnews.jsonl", "geowebnews:104").facts or []
    sentence = [f for f in facts if "6-foot-7 center continued" in (f.sentence or "")]
    assert [f.text for f in sentence if f.kind == "place"] == ["Louisville"]
    assert [f.text for f in sentence if f.kind == "count"] == ["21", "25"]


def test_a_state_called_state_keeps_its_possessive() -> None:
    # news writes New York State to tell it from the city (data: states_called_state): still the state
    assert [f.name for f in text_facts("New York State’s budget grew by 4 percent last year.", "place")] == ["New York"]
