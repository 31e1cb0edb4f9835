"""Counts a careful news reader would sign, round 72 (issue 17): a number after a verb's indirect object.

- "The United States on Thursday approved a contract to sell Saudi Arabia 180 self-propelled artillery systems":
  "Arabia" is a capitalised proper noun right before the number, the shape of a model's name ("Boeing 787"), but it
  is the indirect object of "sell" and the number counts its direct object, a plural noun, so 180 is a count, here
  and in the article's later "Saudi Arabia buy 180 ... howitzers" (find/scores._after_indirect_object).
"""

from __future__ import annotations

from conftest import gold_quantities, text_facts


def test_a_number_after_an_indirect_object_counts_the_direct_object():
    # geowebnews:254
    facts = gold_quantities("geowebnews.jsonl", "geowebnews:254", "to sell Saudi Arabia 180", "count")
    assert [(f[0], f[1], f[4]) for f in facts] == [("180", 180, "self-propelled artillery systems")]
    later = gold_quantities("geowebnews.jsonl", "geowebnews:254", "Saudi Arabia buy 180", "count")
    assert [f[1] for f in later] == [180]


def test_a_model_after_its_maker_stays_a_name():
    # a news_gold text: the maker is the subject's name, no indirect object
    facts = text_facts("It is expected that the Airbus 380 will wear the livery of Singapore Airlines", "count")
    assert not facts
