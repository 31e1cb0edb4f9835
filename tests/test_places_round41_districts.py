"""Places, round 41: Pakistan's former tribal areas, which neither ISO 3166-2 nor GeoNames' towns hold, as regions
of places.json with GeoNames' point and id where GeoNames has them: 'South Waziristan' in a dateline set in capitals
and with its 'Agency' ('South Waziristan Agency'), and the 'Federally Administered Tribal Areas' ('FATA'). A region
inside one country carries its code (places.json regions' country_code)."""

from __future__ import annotations

from conftest import gold_doc, text_facts


def test_a_districts_dateline_and_its_agency_are_the_district() -> None:
    # news_gold/geowebnews.jsonl, geowebnews:161 (APP): the gold's GeoNames id for both spans
    facts, gold = gold_doc("geowebnews.jsonl", "geowebnews:161")
    wanted = {g["start_char"]: g for g in gold if "Wazīristān" in g["value"] or g["text"] == "FATA"}
    assert len(wanted) == 3
    for start, g in wanted.items():
        assert facts[start].text == g["text"]
        assert facts[start].gazetteer_id == g["gazetteer_id"]
        assert facts[start].country_code == "PK"


def test_the_tribal_areas_by_their_initials() -> None:
    # news_gold/geowebnews.jsonl, geowebnews:161
    facts = text_facts(
        "Both these facilities are part of socio-economic uplift programme for Federally Administered Tribal Areas"
        " (FATA).",
        "place",
    )
    assert {(f.text, f.gazetteer_id) for f in facts} == {
        ("Federally Administered Tribal Areas", "geonames:1179245"),
        ("FATA", "geonames:1179245"),
    }
