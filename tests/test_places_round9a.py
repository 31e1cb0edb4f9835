"""Places, round 9a: known places the finder dropped although the gazetteer knows the name (issue 17, recall). Each
class is tested on a real corpus document read whole from ../shared/eval (its other places the context), and where
a rule could overreach, on a real sentence that must stay as it was. The classes: a lone word of a name the model
called a person's, after a preposition that puts something in a place ('a gas station in Riverdale' beside 'Riverdale
Luke Oil'; not_places.persons_name); a part of a town before 'neighborhood' or 'suburbs' ('the Crown Heights
neighborhood of Brooklyn'; entity_mentions._before_quarter_word); a county with its state in brackets ('The Walker County
(Ga.) Sheriff's Office'; rescue._town_of_next); a country's possessive opening an organisation's name
('Venezuela's Ecological Mining Minister'; bodies._owner); 'Far North Queensland' (designators._strip_designators);
a place before a person's noun ('Cork mother say'; untagged._before_person_noun); two towns after 'between'
('between Coggeshall and Marks Tey'; lists.between_towns)."""

from __future__ import annotations

import pytest
from conftest import texts_of
from test_places_corpora import fact_texts, near_gold_in


@pytest.mark.parametrize(
    "corpus, doc_id, text, words",
    [
        # a word of a multi-word PERSON entity ('Riverdale Luke Oil', 'Karak Castle') after a placing preposition
        ("geowebnews.jsonl", "geowebnews:122", "Riverdale", "owns horses nearby in Riverdale"),
        ("geowebnews.jsonl", "geowebnews:122", "Riverdale", "the Lukeoil gas station in Riverdale"),
        ("tr_news.jsonl", "tr-news:1010010", "Karak", "a security patrol in Karak"),
        # a part of a town named before a word for one
        ("geowebnews.jsonl", "geowebnews:170", "Crown Heights", "the Crown Heights neighborhood of Brooklyn"),
        ("tr_news.jsonl", "tr-news:1090003", "Cairns", "the Cairns suburbs of Edmonton"),
        # a county with its state in brackets, the whole read as an organisation
        ("geowebnews.jsonl", "geowebnews:18", "Walker County", "The Walker County (Ga.) Sheriff"),
        # a country's possessive opening an organisation's name
        ("geowebnews.jsonl", "geowebnews:135", "Venezuela", "According to Venezuela"),
        # 'Far' and a direction before a state's name
        ("tr_news.jsonl", "tr-news:1090002", "Queensland", "youth crime in Far North Queensland"),
        # a place opening a headline before a person's noun
        ("geowebnews.jsonl", "geowebnews:143", "Cork", "Cork mother say"),
        ("geowebnews.jsonl", "geowebnews:214", "Hampshire", "Hampshire racing driver"),
        # two towns close together after 'between', and the article's other mention of one
        ("geowebnews.jsonl", "geowebnews:157", "Coggeshall", "between Coggeshall and"),
        ("geowebnews.jsonl", "geowebnews:157", "Marks Tey", "Coggeshall and Marks Tey"),
        ("geowebnews.jsonl", "geowebnews:157", "Coggeshall", "A120 at Coggeshall"),
    ],
)
def test_a_known_place_the_finder_dropped_is_found(corpus: str, doc_id: str, text: str, words: str) -> None:
    assert near_gold_in(corpus, doc_id, text, words)


def test_a_persons_given_name_stays_the_person() -> None:
    # the skater 'Georgia Stevens' is 'Georgia' throughout ('to Georgia's credit', 'said Georgia'): no place
    assert "Georgia" not in fact_texts("tr_news.jsonl", "tr-news:1180001")


def test_an_unknown_neighbourhood_is_no_record_of_its_own_point() -> None:
    # the gazetteer has no Abbasiya: the word 'neighbourhood' alone makes no record without a point; written with its
    # town's possessive it is that town's part, at the town's point (round 51: areas.town_parts)
    places = texts_of(
        "A nun reacts as Egyptian security forces inspect the scene of a bomb explosion at the Saint Peter and Saint "
        "Paul Coptic Orthodox Church on December 11, 2016, in Cairo's Abbasiya neighbourhood.",
        "place",
    )
    assert places == ["Cairo", "Abbasiya"]
