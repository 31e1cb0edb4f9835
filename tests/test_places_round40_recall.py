"""Places, round 40 (recall on the corpora with coordinates): a subdivision's own name and a capitalised designator of
a subdivision's kind that the model left untagged ('in Maiduguri Borno State', 'The Benue State Commissioner for
Health') name the subdivision (untagged._designated_subdivision); an ocean's half named with its compass word ('the South
Pacific', 'North Atlantic storms') is that half at GeoNames' point (data: regions). A run of
proper nouns left untagged that ends with an institution's head word ('the first Ukraine Trade Mission to Nigeria')
is a public body's name: its leading country's or state's name is the jurisdiction (bodies._untagged_bodies). Each test reads a real text."""

from __future__ import annotations

from conftest import gold_article, text_facts


def places_where(corpus: str, doc_id: str, snippet: str) -> list[tuple[str, str | None, str | None]]:
    facts = gold_article(corpus, doc_id).facts or []
    return [(f.text, f.name, f.place_type) for f in facts if f.kind == "place" and snippet in (f.sentence or "")]


def test_a_state_after_its_capital_untagged_is_the_state() -> None:
    # geowebnews:210 'President Buhari visited troop of the Nigerian Armed Forces at the headquarters of Operation
    # Lafiya Dole in Maiduguri Borno State in celebration of 57th Independence anniversary': 'Borno State' untagged
    got = places_where("geowebnews.jsonl", "geowebnews:210", "Maiduguri Borno State")
    assert ("Borno State", "Borno", "admin1") in got
    assert ("Maiduguri", "Maiduguri", "city") in got


def test_a_state_before_an_office_title_is_the_offices_jurisdiction() -> None:
    # geowebnews:160 'The Benue State Commissioner for Health and Human Services, Dr, Cecilia Ojabo, speaking to
    # newsmen on the outbreak said ...': the run 'Benue State Commissioner' is untagged
    got = places_where("geowebnews.jsonl", "geowebnews:160", "The Benue State Commissioner")
    assert ("Benue State", "Benue", "admin1") in got


def test_a_us_states_name_and_state_alone_stays_its_university() -> None:
    # the same shape as 'Borno State' with a US state: 'Ohio State' is the university (institutions.state_school)
    assert [
        f.text
        for f in text_facts("He transferred to Ohio State last year and won the title in Columbus, Ohio.", "place")
    ] == [
        "Columbus",
        "Ohio",
    ]


def test_an_oceans_named_half_is_that_half_not_the_whole_ocean() -> None:
    # tr_news 1020014 'Australia's Tanna, which is set in the South Pacific': GeoNames' South Pacific Ocean (-45, -130),
    # not the Pacific Ocean's point 5,500 km away (data: regions)
    got = places_where("tr_news.jsonl", "tr-news:1020014", "set in the South Pacific")
    assert ("the South Pacific", "South Pacific Ocean", "region") in got
    # an audit page (theconversation.com, Storm Ciarán): 'unusual among North Atlantic storms'
    text = (
        "Storm Ciarán is an extra-tropical cyclone and unusual among North Atlantic storms, which rarely produce both."
    )
    assert [(f.text, f.name) for f in text_facts(text, "place")] == [("North Atlantic", "North Atlantic Ocean")]


def test_a_compass_and_feature_town_abroad_is_no_place_in_a_story_from_elsewhere() -> None:
    # tr_news 1010002 (a Canadian story): 'In B.C., up to 20 centimetres of snow is expected for parts of the Central
    # Coast': no record rather than New South Wales's Central Coast city 12,000 km away
    got = places_where("tr_news.jsonl", "tr-news:1010002", "parts of the Central Coast")
    assert ("B.C.", "British Columbia", "admin1") in got
    assert not any("Central Coast" in text for text, _, _ in got)
    # a story that names New South Wales keeps its town
    text = "Heavy rain hit the Central Coast on Tuesday, with Sydney and Newcastle in New South Wales also flooded."
    assert "the Central Coast" in [f.text for f in text_facts(text, "place")]


def test_an_untagged_public_bodys_leading_country_is_its_jurisdiction() -> None:
    # geowebnews:283 'would be receiving the first Ukraine Trade Mission to Nigeria between April 3 and 6': the model
    # tags nothing in 'Ukraine Trade Mission'
    got = places_where("geowebnews.jsonl", "geowebnews:283", "first Ukraine Trade Mission")
    assert ("Ukraine", "Ukraine", "country") in got
    # an audit page (timesunion.com, PG&E power shutoff): 'The California Governor's Office of Emergency Services said'
    text = "The California Governor's Office of Emergency Services said in an Oct. 26 letter that it was unacceptable."
    assert [f.text for f in text_facts(text, "place")] == ["California"]
    # a company's name is no body's: no institution's head word closes 'Singapore Airlines'
    assert text_facts("Shares of Singapore Airlines fell on Monday.", "place") == []
