"""Places, round 48: names that are no places though a place bears them. A name that with the lower-case word after it
spells a unit's name ('850 Newton-meters': uses.unit_eponym). Each test reads a real news_gold document run as an
article (conftest.gold_article)."""

from __future__ import annotations

from conftest import gold_article


def places_in(corpus: str, doc_id: str, snippet: str) -> list[str]:
    facts = gold_article(corpus, doc_id).facts or []
    return [f.text for f in facts if f.kind == "place" and snippet in (f.sentence or "")]


def test_a_units_eponym_is_no_place() -> None:
    # geowebnews:31 (Cadillac's V8): '550 horsepower (410 kilowatts) and 627 pound-feet (850 Newton-meters) of torque'
    # was Newton, Illinois
    assert places_in("geowebnews.jsonl", "geowebnews:31", "Newton-meters") == []


def test_a_childs_name_after_a_kinship_word_is_no_place() -> None:
    # geowebnews:137 (AP, Kim Kardashian West's family photo): the last of the daughters' names, and the baby's name
    # after a comma, were Chicago the city
    assert places_in("geowebnews.jsonl", "geowebnews:137", "daughters North and Chicago") == []
    assert places_in("geowebnews.jsonl", "geowebnews:137", "holding her baby, Chicago, in one hand") == []
    # the dateline stays
    assert places_in("geowebnews.jsonl", "geowebnews:137", "has shared the first photo") == ["LOS ANGELES"]


def test_storms_listed_after_their_plural_are_no_places() -> None:
    # geowebnews:213 (CNN, hurricane season): 'three major hurricanes striking US soil: Harvey, Irma and Maria' was
    # Harvey, Illinois; the country stays
    assert places_in("geowebnews.jsonl", "geowebnews:213", "hurricanes striking US soil") == ["US"]


def test_floor_plans_listed_and_named_again_are_no_places() -> None:
    # geowebnews:10 (Washington Post, a Gainesville, Va. townhouse community): 'Four floor plans — Jamison, Norbury,
    # Granville and Somerville — are offered.', then 'In the Norbury model' and 'The Norbury has a stand-alone tub'
    for snippet in ("Four floor plans", "In the Norbury model", "The Norbury has"):
        assert places_in("geowebnews.jsonl", "geowebnews:10", snippet) == []
    # the community's own places stay
    assert places_in("geowebnews.jsonl", "geowebnews:10", "Turtle Creek Cir.") == ["Gainesville", "Va."]
