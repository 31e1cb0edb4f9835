"""Places, round 8a: known places used plainly that the finder dropped (issue 17, recall). Each class is tested on
a real corpus document read whole from ../shared/eval (its other places the context), and where a rule could
overreach, on a real sentence that must stay as it was. The classes: a bare name the model tags a date or a
language ('killed in Aleppo', entity_mentions._misread); a dateline with no mark after it or before an agency's name
('OKLAHOMA CITY The Latest', 'Associated Press WASHINGTON (AP) —') or tagged as two names ('ST. LOUIS –'); an
untagged name the article calls a place elsewhere, opening its sentence ('Douma is surrounded'); a list read as one
organisation ('south to Ingham or Townsville', lists.list_parts); a residence after a person's name ('Jodi Mahler
of Bellmore', rescue._residence_of); a state listed with a state of its country ('Limpopo and Eastern Cape'); two countries tagged as one place
('Greece Italy', entity_parts._unmarked_pair)."""

from __future__ import annotations

import pytest
from conftest import texts_of
from test_places_corpora import near_gold, near_gold_in


@pytest.mark.parametrize(
    "corpus, doc_id, text, words",
    [
        # a bare name tagged a date or a language after a locative preposition
        ("tr_news.jsonl", "tr-news:1050002", "Aleppo", "Iranians killed in Aleppo"),
        ("tr_news.jsonl", "tr-news:1010005", "Winnipeg", "continues regularly in Winnipeg"),
        ("geowebnews.jsonl", "geowebnews:123", "Manbij", "in Manbij near the Turkish border"),
        # datelines
        ("geowebnews.jsonl", "geowebnews:196", "OKLAHOMA CITY", "OKLAHOMA CITY The Latest"),
        ("geowebnews.jsonl", "geowebnews:119", "SAN ANTONIO", "SAN ANTONIO Turner Sports"),
        ("geowebnews.jsonl", "geowebnews:297", "WASHINGTON", "Associated Press WASHINGTON (AP)"),
        ("geowebnews.jsonl", "geowebnews:250", "ST. LOUIS", "ST. LOUIS – St. Louis Police"),
        # an untagged name opening its sentence that the article tags a place elsewhere
        ("geowebnews.jsonl", "geowebnews:121", "Douma", "Douma is surrounded"),
        # a list, and a town and its province, read as one organisation
        ("tr_news.jsonl", "tr-news:1330001", "Ingham", "south to Ingham or Townsville"),
        ("tr_news.jsonl", "tr-news:1330001", "Townsville", "south to Ingham or Townsville"),
        ("tr_news.jsonl", "tr-news:1080002", "Wainwright", "in Wainwright, Alta."),
        # a residence after a person's name
        ("geowebnews.jsonl", "geowebnews:110", "Bellmore", "Jodi Mahler of Bellmore"),
        ("geowebnews.jsonl", "geowebnews:175", "Hayes", "Miss Abdhou, of Hayes,"),
        ("tr_news.jsonl", "tr-news:1190001", "Hugo", "all of Hugo, Oklahoma"),
        # a state listed with a state of its country, the model's date tag notwithstanding
        ("tr_news.jsonl", "tr-news:1210001", "Limpopo", "followed by Limpopo and Eastern Cape"),
        # two countries tagged as one place, the comma between them left out
        ("geowebnews.jsonl", "geowebnews:116", "Greece", "Cyprus, Greece Italy or Spain"),
        ("geowebnews.jsonl", "geowebnews:116", "Italy", "Cyprus, Greece Italy or Spain"),
    ],
)
def test_a_known_place_used_plainly_is_found(corpus: str, doc_id: str, text: str, words: str) -> None:
    assert near_gold_in(corpus, doc_id, text, words)


def test_a_capitalised_first_word_before_a_company_head_is_no_dateline() -> None:
    # a business paper sets the first word of its story in capitals: the company, not the country
    assert "SINGAPORE" not in texts_of(
        "SINGAPORE Press Holdings (SPH) on Tuesday reported its first-ever net loss of S$83.7 million for the full "
        "year ended Aug 31.",
        "place",
    )


def test_a_list_sharing_a_head_word_is_no_list_of_towns() -> None:
    # 'Auckland and Waikato Hospitals' are two hospitals, not the city
    assert "Auckland" not in texts_of(
        "Detective Senior Sergeant Tim Williams said the cards involved are allegedly linked to skimming devices used "
        "at parking machines in Auckland and Waikato Hospitals earlier this year.",
        "place",
    )


def test_a_direction_before_a_state_is_no_second_place() -> None:
    # 'Southern' is also a state's name somewhere (Southern Province): 'Southern California' stays one place
    places = texts_of(
        "A tree fell on a wedding party taking photographs at a Southern California park Saturday.", "place"
    )
    assert "Southern" not in places


def test_every_gold_douma_is_found() -> None:
    assert all(near_gold("geowebnews.jsonl", "geowebnews:121", "Douma"))


def test_a_dateline_the_model_tags_an_organisation_is_no_guess() -> None:
    # a capital alone in its dateline, with no other place of its country in the story
    assert "PRAGUE" in texts_of(
        "PRAGUE (Reuters) - Deliveries of Volkswagen’s (VOWG_p.DE) Skoda Auto dropped slightly in 2019 to 1.24 "
        "million vehicles, from 1.25 million in 2018, mainly due to weaker sales in China, the company said on Monday.",
        "place",
    )
