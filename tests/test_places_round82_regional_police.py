"""Places on real news (issue 17, session 33's judged audit): Ontario's regional police.

A name right before 'Regional' and a body's head ('Peel Regional Police', 'Durham Regional Police') is the
regional municipality's (bodies._regional_municipality; data: regions 'Peel Region', 'Durham Region', ...), not a
namesake town (the Isle of Man's Peel, Durham in North Carolina, York in England). The bare name keeps its senses.
"""

from __future__ import annotations

from conftest import gold_sentence_places, km, text_facts


def test_a_name_before_regional_police_is_the_regional_municipality():
    found = gold_sentence_places("geowebnews.jsonl", "geowebnews:125", "Peel Regional Police are searching")
    peel = found["Peel"]
    assert peel.country_code == "CA"
    assert km(peel.lat, peel.lon, 43.59, -79.64) < 161  # Mississauga, where the break-in was


def test_durham_regional_police_is_not_the_us_city():
    found = {f.text: f for f in text_facts("Durham Regional Police said the man was arrested.", "place")}
    assert found["Durham"].country_code == "CA"


def test_a_bare_namesake_keeps_its_own_sense():
    found = {f.text: f for f in text_facts("He was born in Durham and studied at the university there.", "place")}
    assert "Durham" in found and found["Durham"].country_code != "CA"


def test_a_name_with_no_regional_municipality_before_regional_is_unchanged():
    found = {f.text: f for f in text_facts("Kentucky Regional Police said the man was arrested.", "place")}
    assert all(f.name != "Kentucky Region" for f in found.values())
