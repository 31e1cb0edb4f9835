"""Places, round 63 of issue 17: an island the gazetteer does not know, its name ending in 'Island' ('who captains a
ferry to and from Fire Island', 'in Hart Island'), is a place without coordinates as an unknown river is
(not_places.worth_keeping): the head word alone is no country's name, though Iceland's own name folds to it
(not_places._branded). A place's name before a salad dressing names the dressing ('Thousand Island dressing': data
food_after_place)."""

from __future__ import annotations

from conftest import gold_article, text_facts


def test_unknown_island_is_a_place():
    facts = gold_article("geowebnews.jsonl", "geowebnews:110").facts or []
    assert "Fire Island" in [f.text for f in facts if f.kind == "place"]


# an audit page (bbc.com, New York's burials during the pandemic)
HART = "Workers in hazmat outfits were seen stacking wooden coffins in deep trenches in Hart Island."


def test_unknown_island_after_in_is_a_place():
    assert [(f.text, f.lat) for f in text_facts(HART, "place")] == [("Hart Island", None)]


# an audit page (riverfronttimes.com, a Nigerian restaurant in St. Louis)
DRESSING = (
    "Here, hunks of the seasoned beef are placed atop a soft bun and garnished with a thick slice of red onion and a"
    " creamy condiment akin to Thousand Island dressing."
)


def test_island_before_dressing_is_the_dressing():
    assert [f.text for f in text_facts(DRESSING, "place")] == []
