"""Places, round 63 of issue 17: a lower-case designator and 'of' right before a name the gazetteer does not know,
which the model tagged a person, an organisation or a facility ('in the province of Khyber Pukhtunkhwa', 'The city of
Uglii', 'the village of Xinmo'), make the name a place of that kind, unresolved (entity_mentions._designated_unknown;
SPEC: a real place the gazetteer does not know). A subdivision's English name that iso3166-2 does not tag (data
places_names subdivision_english_names: 'in the state of Rhineland-Palatinate') is the subdivision."""

from __future__ import annotations

from conftest import gold_article, text_facts

# an audit page (hutchnews.com, the latest on the pandemic)
KHYBER = (
    "On Sunday, tens of thousands of supporters of opposition parties gathered in the province of Khyber"
    " Pukhtunkhwa, on the border with Afghanistan."
)

# an audit page (thesun.co.uk, a bubonic plague case in China): a photo caption
UGLII = "The city of Uglii was closed earlier this year due to some plague-contaminated marmots"


def test_unknown_province_after_its_designator_is_a_place():
    facts = text_facts(KHYBER, "place")
    assert [(f.text, f.place_type, f.lat) for f in facts] == [
        ("Khyber Pukhtunkhwa", "admin1", None),
        ("Afghanistan", "country", 33.0),
    ]


def test_unknown_city_after_its_designator_is_a_place():
    assert [(f.text, f.place_type) for f in text_facts(UGLII, "place")] == [("Uglii", "city")]


def test_unknown_village_tagged_a_facility_is_a_place():
    facts = gold_article("tr_news.jsonl", "tr-news:1360001").facts or []
    assert "Xinmo" in [f.text for f in facts if f.kind == "place"]


def test_capitalised_designator_of_a_headline_is_no_place():
    assert [f.text for f in text_facts("Governor Declares State of Emergency", "place")] == []


def test_state_english_name_is_the_subdivision():
    facts = gold_article("tr_news.jsonl", "tr-news:1020011").facts or []
    found = [(f.name, f.country_code) for f in facts if f.kind == "place" and f.text == "Rhineland-Palatinate"]
    assert found == [("Rheinland-Pfalz", "DE")]
