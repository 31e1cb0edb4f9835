"""Counts, round 36 (issue 17, r36-counts): numbers that count nothing, on the news_gold texts.

- '..." says Morrison, 26.' then a new paragraph or sentence: an age set off by a comma after a speaker's name
  closes the sentence (count_measures._apposed_age: a paragraph's end like the text's; a sentence's end after a
  verb of saying, places.json speech_verbs).
- 'sex with a girl under 15 without the use of force': 'under'/'over'/'aged' and a small number after a noun of
  people is an age bound (count_measures.json age_bound_nouns).
- 'was jailed for 10 after he was found guilty': a number after a verb of a prison sentence and 'for'/'to' that
  counts no noun is a term with its years left out (count_measures.json sentence_verbs).
- 'between 11 000 kWh and 13 500 kWh': one ordinary space groups thousands before a unit symbol
  (normalize/numbers._spaced_group), so '13 500 kWh' is one amount and no count of 13.
- 'we all speak with one voice': an idiom (count_labels.json set_phrases).

Each test reads a real news_gold text in place and fails without its rule.
"""

from __future__ import annotations

from conftest import gold_article
from test_counts_real import corpus_line, found

from extractor.normalize.numbers import find_numbers


def test_age_closing_a_speakers_sentence():
    # tr_news 1010012: '"... $400,000 for 600 square feet," says Morrison, 26.' then a new paragraph
    facts = gold_article("tr_news.jsonl", "tr-news:1010012").facts or []
    assert not [f for f in facts if f.kind == "count" and f.text == "26" and "Morrison, 26" in (f.sentence or "")]
    # mid-paragraph: the full stop closes the sentence of a speaker
    text = '"It is a lot of money," says Morrison, 26. She moved in January.'
    assert "26" not in found(text, kind="count")
    # a place's name before the number still counts what the sentence counted
    assert "6" in found("Deaths rose in Texas, 9, and in Ohio, 6. Officials said more would die.", kind="count")


def test_age_bound_after_a_noun_of_people():
    # tr_news 1030011: "... stipulates that while sex with a girl under 15 without the use of force is punishable ..."
    line = corpus_line("tr_news.jsonl", "sex with a girl under 15 without")
    assert not [t for t in found(line, kind="count") if "15" in t]
    # a noun after the number is counted: 'over' is 'more than'
    assert found("The teachers gave the children over 30 stickers.", kind="count")["over 30"]["counted"] == "stickers"


def test_prison_term_with_its_unit_left_out():
    # tr_news 1170005: "The 48-year-old, of Colton Way, was jailed for 10 after he was found guilty of attempted ..."
    line = corpus_line("tr_news.jsonl", "was jailed for 10 after he was found guilty")
    assert "10" not in found(line, kind="count")
    # a counted noun stays a count
    assert found("He was sentenced to 10 lashes.", kind="count")["10"]["counted"] == "lashes"


def test_space_groups_thousands_before_a_unit():
    # tr_news 1240001: "... furnace is between  11 000 kWh and 13 500 kWh."
    line = corpus_line("tr_news.jsonl", "and 13 500 kWh")
    facts = found(line)
    assert "13" not in facts
    assert any(c["kind"] == "amount" and c.get("high") == 13500 and c["unit"] == "kWh" for c in facts.values())
    # a year and a count stay two numbers; a lone-letter unit may be a word
    spans = [(n.start, n.end) for n in find_numbers("in 2017 500 km of road")]
    assert spans == [(3, 7), (8, 11)]
    assert [n.value for n in find_numbers("5 100 ps")] == [5, 100]


def test_speak_with_one_voice_is_an_idiom():
    # geowebnews 261: "..., we all speak with one voice and demand respect”."
    line = corpus_line("geowebnews.jsonl", "speak with one voice")
    assert "one" not in found(line, kind="count")
