"""Counts of 'one' that were missed, round 78 (issue 17, c78).

- 'he had one in-person meeting with him': the small model tags a noun in -ing as a gerund (VBG); with a number and
  a noun's role (here the object) it is a noun the number counts (reading.counts_noun).
- 'six foreign “supplier” companies, three of which were incorporated in the United Kingdom, two in the British
  Virgin Islands, one in the Caribbean statelet of St. Kitts': an elliptic 'one' before 'in', 'at' or 'from' in a
  list of two or more such items counts the noun named before, as its siblings do (counts._listed_item); a lone
  'one in the room', 'the one in the middle' and a rate 'one in four' do not.
- 'One bus left the camp before dawn Thursday': a verb of going (count_forms.json one_motion_verbs) whose object is
  a place keeps a sentence-opening 'One N' a count (count_forms._went_to_place); 'One reader left a comment' is 'a
  certain reader'.
"""

from __future__ import annotations

from conftest import gold_quantities, text_facts
from test_counts_real import page_facts


def test_one_before_gerund_noun_counts_it():
    # hosted.ap.org/berkshireeagle/.../unpredictable-sondland-faces-questions-about-trump-ukraine
    page = "unpredictable-sondland-faces-questions-about-trump-ukraine"
    facts = page_facts(page, "he had one in-person meeting with him", "count")
    assert facts["one"]["value"] == 1 and facts["one"]["counted"] == "meeting"


def test_verb_in_ing_takes_no_count():
    # the -ing form as a verb: 'one' there is a pronoun, no count
    assert "one" not in [f.text for f in text_facts("He is the one meeting the minister today.", "count")]


def test_elliptic_one_in_list_counts_like_its_siblings():
    page = "biggest-money-laundering-scheme-in-history-uncovered-in-ukraine"
    facts = page_facts(page, "two in the British Virgin Islands, one in the Caribbean", "count")
    assert facts["one"]["value"] == 1 and "two" in facts and "three" in facts
    # geowebnews:170: "hit by eight bullets — six in the back, one in the neck and one in the thigh"
    counts = gold_quantities("geowebnews.jsonl", "geowebnews:170", "one in the thigh", "count")
    assert [c[0] for c in counts].count("one") == 2


def test_lone_one_in_and_rates_stay_as_they_were():
    texts = [
        "He said one in the room was enough, and that nobody in the hall had seen it.",
        "The one in the middle and the two in the back were empty.",
    ]
    for text in texts:
        assert "one" not in [f.text for f in text_facts(text, "count")], text
    # 'one in four' is a rate, never a listed item
    rates = [f.text for f in text_facts("Two in five adults and one in four children are overweight.", "count")]
    assert "one" not in rates


def test_one_bus_left_the_camp_counts():
    # geowebnews:180: "One bus left the camp before dawn Thursday en route to the central city of Puebla, ..."
    counts = gold_quantities("geowebnews.jsonl", "geowebnews:180", "One bus left the camp", "count")
    assert ("One", 1, None, None, "bus") in counts


def test_one_that_left_a_thing_is_a_certain_one():
    for text in ("One reader left a comment saying the plan would fail.", "One study left the question open."):
        assert "One" not in [f.text for f in text_facts(text, "count")], text
