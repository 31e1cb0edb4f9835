"""Places, round 16a: known names the finder dropped on the corpora (issue 17).

A town the model tagged an organisation ('in Enugu', tagged ORG) is kept only in the company of the article's places
(resolve.in_context); a place a designator vouches for ('Enugu State', also tagged ORG) is such company when its
sense fits the designator, and no company when it does not ('Pelican Town' read as the Pelican State). A country's
or a state's name after a public office's title and 'of' ('President of Ukraine Petro Poroshenko') is the office's
jurisdiction, though the model fuses it with the holder's name or tags nothing (bodies._office_of)."""

from __future__ import annotations

from conftest import texts_of
from test_places_corpora import near_gold_in
from test_places_issue17 import page_places

# a fan page of a video game (eval webpages): 'Pelican Town' is the game's village, 'Spring' a season of it
GAME_PAGE = "936ff4fe484cc870"
FARMERS_PAGE = "e127550080dff7bb"  # a news page on farmers' protests at Delhi's borders


def test_a_town_tagged_an_organisation_is_kept_by_the_state_its_designator_names() -> None:
    # 'Chief Nnia Nwodo, in a statement on Thursday, in Enugu, said ...'; the article names 'Enugu State' later
    assert near_gold_in("geowebnews.jsonl", "geowebnews:141", "Enugu", "Thursday, in Enugu")


def test_a_designator_its_sense_misfits_vouches_for_no_other_place() -> None:
    # 'Pelican Town' resolves to no town (Pelican is the Louisiana nickname): no US context for 'in Spring'; the
    # game's town is no place at all (data: fictional_places)
    places = page_places(GAME_PAGE)
    assert not [p for p in places if p[0] == "Pelican Town"]
    assert not [p for p in places if p[0] == "Spring"]


def test_a_country_after_an_office_title_and_of_is_the_jurisdiction() -> None:
    # a real sentence (geowebnews:283): the model reads 'Ukraine Petro Poroshenko' as one organisation
    sentence = "Mykolska is also a special envoy of President of Ukraine Petro Poroshenko to Nigeria."
    assert texts_of(sentence, "place") == ["Ukraine", "Nigeria"]
    assert near_gold_in("geowebnews.jsonl", "geowebnews:283", "Ukraine", "President of Ukraine Petro")


def test_an_office_of_a_thing_that_is_no_place_gives_no_place() -> None:
    # a real sentence (tr_news): 'Secretary of State' is no state; the country is the one written before the title
    assert texts_of("Cavusoglu later spoke with U.S. Secretary of State John Kerry.", "place") == ["U.S."]


def test_two_countries_a_hyphen_joins_in_one_organisation_are_two_places() -> None:
    # a real line (tr-news:1310001): the model tags 'EU-Canada' as one organisation
    places = texts_of("READ MORE: CETA: EU-Canada trade deal clears legal hurdle in EU parliament", "place")
    assert places[:2] == ["EU", "Canada"]
    assert near_gold_in("tr_news.jsonl", "tr-news:1310001", "Canada", "EU-Canada trade deal")


def test_two_states_a_hyphen_joins_are_two_places_on_a_page() -> None:
    # 'farmers' agitation at Singhu border (Haryana-Delhi border)' (eval webpages): the state and the capital
    places = page_places(FARMERS_PAGE)
    # round 36: the page's 'how can people of Haryana lag behind' is the state too (mentions.found_votes)
    assert {p[:4] for p in places if p[0] == "Haryana"} == {("Haryana", "Haryana", "admin1", "IN")}
    assert any(p[0] == "Delhi" and p[6] == "border)" for p in places)
