"""Counts a careful news reader would sign, round 86 (issue 17): a number word before a measure of its noun.

- "For four 72 MW dc ferrochrome furnaces, currently under construction at chrome producer Kazchrome’s chrome
  project, in Kazakhstan, a new roof cooling system was developed" (news_gold tr-news:1240001, a miss): the small
  model tags "four 72" one DATE; a number word right before a number in digits that sizes the plural noun the word
  counts is no date (counts._before_modifying_number). A year after the word ("four 2019 games") keeps the tag.
- "It comes in addition to five 787 Dreamliner sales earlier this week" (cnbc, an audit page), "three 911 callers"
  (news_gold geowebnews:170), "Three 500 MW plants": the parse makes the word a compound of the digits; the word
  counts the noun the digits stand before (count_nouns._noun_past_number).
- "two 500-bed hospitals" counts hospitals: "500-bed" is the other number's (count_nouns._modifier_of), while a
  word's "one-touch tools" stays in its phrase.
"""

from __future__ import annotations

from conftest import gold_quantities, rows_of


def test_four_before_a_measure_counts_the_furnaces():
    facts = gold_quantities("tr_news.jsonl", "tr-news:1240001", "For four 72 MW dc ferrochrome furnaces", "count")
    assert ("four", 4, None, None, "dc ferrochrome furnaces") in facts


def test_number_word_before_digits_counts_the_noun():
    facts = gold_quantities("geowebnews.jsonl", "geowebnews:170", "after three 911 callers said", "count")
    assert ("three", 3, None, None, "callers") in facts
    assert ("Three", 3, "plants") in rows_of("Three 500 MW plants are planned.", "count", "value", "counted")


def test_a_hyphened_size_is_the_other_numbers():
    assert ("two", 2, "hospitals") in rows_of("They built two 500-bed hospitals.", "count", "value", "counted")
    assert ("Over 30", 30, "one-touch tools") in rows_of(
        "Over 30 one-touch tools are included.", "count", "value", "counted"
    )


def test_a_year_after_the_word_is_left_to_the_tag():
    assert ("four", 4, "games") in rows_of("The team played four 2019 games.", "count", "value", "counted")
