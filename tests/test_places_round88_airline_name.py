"""Places on real news (issue 17, round 88): a country's name after 'Air' names an airline, no place.

'The preliminary agreement will see Dreamliners delivered to six airlines - Air China, China Eastern Airlines, China
Southern Airlines, Hainan Airlines, Shanghai Airlines and Xiamen Airlines.' (meantime-en:3835): the model tags 'China'
alone, 'Air' untagged, and the country was a place. A place inside a company's name is none (audit guide, names
inside names); a capitalised word before a country's name is otherwise kept as a title-case headline's
(not_places.after_unknown_name), but 'Air' (data: brand_openers) opens an airline's name. 'Air' in a sentence's
other words ('Air pollution in China') leaves the country a place.
"""

from __future__ import annotations

from conftest import gold_sentence_places, texts_of


def test_air_china_in_a_list_of_airlines_is_no_place():
    places = gold_sentence_places("meantime_en.jsonl", "meantime-en:3835", "delivered to six airlines - Air China")
    assert "China" not in places


def test_air_before_another_word_leaves_the_country():
    assert texts_of("Officials said Air pollution in China rose sharply last year.", "place") == ["China"]
