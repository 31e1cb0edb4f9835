"""Places on real news (issue 17): a region named in a public body's name.

Classes: England's regions, no ISO 3166-2 subdivisions, are in the gazetteer (data regions: 'East of England'); a
body's last 'of' inside its leading region's or subdivision's own name ('the East of England Ambulance Service',
bodies._of_in_leading_name) leaves the place at the name's start; a body's name the model tagged a place whole that
ends in an institution's head word is read as the body's (mentions._body_tagged_place); a hyphenated leading name
that goes on past its first part ('Miami-Dade Police') gives no place of that part alone (bodies._embedded,
bodies._county_short_name).
"""

from __future__ import annotations

from conftest import gold_article, place_facts, webpage_article


def test_region_leading_a_body_tagged_a_place():
    # 'A spokewoman from the East of England Ambulance Service said: "We were called at 1.31pm today (April 5)'
    # (geowebnews marks 'East of England', GeoNames 11591954)
    place = place_facts(gold_article("geowebnews.jsonl", "geowebnews:157"))["East of England"]
    assert place.country_code == "GB" and place.place_type == "region"
    assert abs(place.lat - 52.24) < 0.1 and abs(place.lon - 0.50) < 0.1


def test_hyphenated_county_body_gives_no_part():
    # "Miami-Dade Police said officers were behind the silver Audi involved in the single-vehicle wreck": the county's
    # police, not Miami's
    art = webpage_article("wsvn.com/news/local/miami-dade/15-year-old-driver")
    facts = [f for f in art.facts or [] if f.kind == "place" and "Miami-Dade Police said" in (f.sentence or "")]
    assert "Miami-Dade Police said officers" in art.text
    assert not [f for f in facts if f.text == "Miami"]
