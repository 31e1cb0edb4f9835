"""Places on real news (issue 17, session 34's recall audit): a region a public body is named for.

'Meanwhile, the Vice Chancellor has disclosed the intention of the school to confer a Honorary Doctorate Degrees on
Governor of Sokoto State, Alhaji Aminu Tambuwal and the Managing Director, Niger Delta Development Commission (NDDC),
Nsima Ekere.' (GeoWebNews): the commission's jurisdiction, the Niger Delta, was missed (audit guide, names inside names:
a place inside a public body's name that names its jurisdiction is a place). bodies._embedded reads a region's own name
before an institution's head word as it reads a state's ('Kentucky State Police'), but the gazetteer had no Niger Delta,
so neither the body's name nor 'in the Niger Delta' gave a place: places.json regions now holds it (a rough centre,
Nigeria). A school's name keeps it no place ('Niger Delta University').
"""

from __future__ import annotations

from conftest import gold_article, text_facts


def test_the_region_a_commission_is_named_for_is_a_place():
    facts = gold_article("geowebnews.jsonl", "geowebnews:159").facts or []
    found = [f for f in facts if f.kind == "place" and f.text == "Niger Delta"]
    assert found and found[0].place_type == "region" and found[0].lat is not None
    assert 4.0 < found[0].lat < 6.5 and 5.0 < found[0].lon < 8.0


def test_the_region_alone_is_a_place():
    facts = text_facts("Militants attacked pipelines in the Niger Delta last year.", "place")
    assert [(f.name, f.country_code) for f in facts] == [("Niger Delta", "NG")]


def test_the_region_in_a_universitys_name_is_no_place():
    text = "She studied law at Niger Delta University before joining the firm in Lagos."
    assert "Niger Delta" not in [f.text for f in text_facts(text, "place")]
