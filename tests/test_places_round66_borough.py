"""Places, round 66: a large city's name before a lesser area's word, 'of' and the area's name.

The class: 'in the London borough of Haringey', 'the London Borough of Hackney': the word ('borough') heads the next
name, a part of the city, so the city is the place of no kind ('London', not a borough called London) and the part
is read after 'borough of' as after 'district of' (entity_mentions._city_before_its_part, places.json
designators_before). Before a larger area's name the word stays the city's own ('Bhakkar district of Punjab')."""

from __future__ import annotations

from conftest import eval_facts, text_facts

GOOD_NEWS = "d4225a545cb7beb9"  # a weekly round-up of good news stories from Britain


def test_a_london_borough_is_the_borough_named_after_it_and_london_is_the_city():
    facts = [f for f in eval_facts("webpages", GOOD_NEWS) if f["kind"] == "place"]
    found = [
        (f["text"], f["name"], f["place_type"], f["country_code"])
        for f in facts
        if "factory in the London borough of Haringey" in (f["sentence"] or "")
    ]
    assert ("London", "London", "city", "GB") in found
    assert ("Haringey", "Haringey", "admin2", "GB") in found
    assert not [f for f in found if f[0] == "London borough"]


def test_a_district_before_its_province_stays_the_citys_own():
    text = (
        "BHAKKAR: In what was blamed on negligence on the part of its administration, two newborns died allegedly for "
        "want of oxygen at a hospital in Bhakkar district of Punjab on Sunday."
    )
    found = {(f.text, f.place_type) for f in text_facts(text, "place")}
    assert ("Bhakkar district", "admin2") in found
