"""Counts, round 32 (issue 17, r32-counts): counts on the news_gold texts, which the project was never tuned on.

- '0 means that urgent improvement is necessary': a bare number opening its sentence before a verb of a key
  (count_values.json key_verbs) is a value of a scale being explained (count_values._scale_key).
- "Georgia's top six finish": 'top N' before a singular noun is a rank band even after a possessive
  (count_measures._rank).
- 'On one level, Zuma has ...': an idiom (count_labels.json set_phrases).
- 'Suzanne Kvernplassen, 55 of St. Louis': a name, a comma, a small number and 'of' a home town is an age
  (count_measures._apposed_age).
- 'one in two EU citizens': 'N in M' with M two or three is a proportion (quantity_exclusions.json
  proportion_in_bases); 'out of' keeps its round bases.
- 'some European countries from one to four Russian diplomatic officials': 'one' opening a range is no pronoun,
  so the range 1-4 is read whole (counts._opens_range).
- '2016: 2 on Mubtaahij (Mike de Kock), won by California Chrome': a bare number after 'YEAR:' and before 'on' and a
  name in a results list is a finishing place (count_measures._results_placing).
- 'doubling its safety and security team from 10,000 to 20,000 workers': one 'and' inside a verb's object opened
  by a determiner is no clause break; the two numbers are the old and the new level (reading.object_and_change_rx).
- (session 16, recall sheet 20261262) 'won the 23 rd renewal': an ordinal whose suffix a space split off
  (counts._spaced_ordinal); 'aged five to 18 train': a range's upper age is an age whatever follows it
  (count_measures._age).

Each test reads a real line of ../shared/eval/news_gold in place and fails without its rule.
"""

from __future__ import annotations

from test_counts_real import corpus_line, found

from extractor.find.counts import find_quantities
from extractor.nlp import load


def test_values_of_a_rating_key():
    # geowebnews (food hygiene ratings): "This is what the ratings look like. 0 means that urgent improvement is
    # necessary. 1 means that major improvements are necessary. ... 4 means that the business was rated as good"
    line = corpus_line("geowebnews.jsonl", "This is what the ratings look like. 0 means")
    facts = found(line, kind="count")
    assert not {"0", "1", "2", "3", "4", "5"} & set(facts)
    # 'means of' is the noun; a number counting a noun before the verb still counts
    assert found("There are 3 means of transport.", kind="count")["3"]["counted"] == "means"


def test_top_n_before_a_singular_noun_is_a_rank_band():
    # tr_news: "Georgia's top six finish qualified her for Alberta's junior development team."
    line = corpus_line("tr_news.jsonl", "Georgia's top six finish")
    assert "six" not in found(line, kind="count")
    # a possessive before 'top N' and a plural noun still counts the set
    assert found("The party's top three candidates resigned.", kind="count")["three"]["counted"] == "candidates"


def test_on_one_level_is_an_idiom():
    # geowebnews: '"On one level, Zuma has just run out of legal options, but there has also been a political change'
    line = corpus_line("geowebnews.jsonl", "On one level, Zuma has just run out of legal options")
    assert "one" not in found(line, kind="count")


def test_age_before_of_a_home_town():
    # geowebnews: "They are identified as Darin Nosser, 52, Suzanne Kvernplassen, 55 of St. Louis."
    line = corpus_line("geowebnews.jsonl", "Suzanne Kvernplassen, 55 of St. Louis")
    facts = found(line, kind="count")
    assert "55" not in facts and "52" not in facts
    # 'of' and a lower-case group after the comma still counts
    assert found("Smith, 12 of the players said no.", kind="count")["12"]["counted"] == "players"


def test_one_in_two_is_a_proportion():
    # geowebnews: "“one in two EU citizens can speak and understand only in their mother tongue”"
    line = corpus_line("geowebnews.jsonl", "one in two EU citizens")
    at = line.index("one in two EU citizens") + len("one in ")
    assert all(c["start"] != at for c in find_quantities([load()(line)]) if c["kind"] == "count")
    # 'out of' keeps its round bases: a record of games counts them
    assert "three" in found("He won two out of three games.", kind="count")


def test_one_opens_a_range():
    # geowebnews: "The U.S. has expelled 60 diplomats, Ukraine has expelled 13, and some European countries from one
    # to four Russian diplomatic officials."
    line = corpus_line("geowebnews.jsonl", "from one to four Russian diplomatic officials")
    fact = found(line, kind="count")["from one to four"]
    assert (fact["low"], fact["high"], fact["qualifier"]) == (1, 4, "range")
    assert "one" not in found("It moved from one to another.", kind="count")


def test_and_inside_a_changed_object():
    # geowebnews: "like doubling its safety and security team from 10,000 to 20,000 workers"
    line = corpus_line("geowebnews.jsonl", "doubling its safety and security team from 10,000 to 20,000")
    facts = found(line, kind="count")
    assert "from 10,000 to 20,000" not in facts
    assert facts["10,000"]["value"] == 10000 and facts["20,000"]["value"] == 20000


def test_placing_in_a_results_list_keyed_by_year():
    # geowebnews (Dubai World Cup): "SOUMILLON'S FIRST. 2010: 11 on Red Desire (Mikio Matsunaga), won by Gloria De
    # Campeo. ... 2016: 2 on Mubtaahij (Mike de Kock), won by California Chrome."
    line = corpus_line("geowebnews.jsonl", "2016: 2 on Mubtaahij")
    start = line.index("2010: 11 on Red Desire")
    assert not [c for c in find_quantities([load()(line)]) if c["kind"] == "count" and c["start"] >= start]
    # a number that counts a noun after the year still counts
    assert found("2018: 12 people on Monday.", kind="count")["12"]["counted"] == "people"


def test_an_ordinal_whose_suffix_a_space_split_off_is_no_count():
    # geowebnews: "... as Thunder Snow won the 23 rd renewal of the $10 million Dubai World Cup."
    line = corpus_line("geowebnews.jsonl", "Thunder Snow won the 23 rd renewal")
    assert "23" not in found(line, kind="count")


def test_the_upper_age_of_a_spelled_age_range_is_an_age():
    # geowebnews: "... football players aged five to 18 train on the grounds of the British International School"
    line = corpus_line("geowebnews.jsonl", "football players aged five to 18 train")
    assert not {"five", "18"} & set(found(line, kind="count"))
    # tr_news: "The pupils aged nine and ten from St Edmund's Catholic Primary School ..."
    line = corpus_line("tr_news.jsonl", "The pupils aged nine and ten from")
    assert not {"nine", "ten"} & set(found(line, kind="count"))
