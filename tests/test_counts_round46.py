"""Counts and amounts of round 46: a move of N places in a ranking, an age range after 'aged from', a prime in a
chemical name's locant. Each news_gold document is read in place from ../shared/eval/news_gold, run as an article with
no reference date.

- 'Dropping three places, ... slid to number eight': N places right after a verb that moves an entry in a table
  (change_verbs.json rank_moves, count_measures.json rank_move_nouns) is a change of rank, no count
  (count_measures._rank_move).
- 'six children, aged from 19 to 1': both ends of an age range after 'aged from' (count_measures.json age_before) or
  'ages from' (count_context._AGES_BEFORE) are ages, whichever order the range runs.
- '4,4′-Methylene-bis(2-chloroaniline)': a prime glued to a number before a hyphen and a letter, or after another
  locant and a comma, is a locant of a chemical name, no foot (units.is_locant; units.json locant_marks).
"""

from __future__ import annotations

from conftest import gold_article, rows_of


def _facts(doc_id: str, snippet: str, kind: str) -> list[str]:
    facts = gold_article("geowebnews.jsonl", doc_id).facts or []
    return [f.text for f in facts if f.kind == kind and snippet in (f.sentence or "")]


def test_a_move_of_places_in_a_ranking_is_no_count():
    # geowebnews.jsonl, geowebnews:292: "Dropping three places, however, TMEIC slid to number eight."
    assert _facts("geowebnews:292", "Dropping three places", "count") == []
    assert rows_of("The club climbed two spots to sixth in the table.", "count", "counted") == []
    assert rows_of("Liverpool moved up four places in the rankings.", "count", "counted") == []
    assert rows_of("The firm fell a further 12 positions to 40th on the list.", "count", "counted") == []
    # no verb of a move: the places are counted
    assert rows_of("There are three places left on the course.", "count", "counted") == [("three", "places")]
    assert rows_of("We visited three places on the trip.", "count", "counted") == [("three", "places")]


def test_an_age_range_after_aged_from_is_no_count():
    # geowebnews.jsonl, geowebnews:279: "... and was the father of six children, aged from 19 to 1."
    assert _facts("geowebnews:279", "aged from 19 to 1", "count") == ["six"]
    assert rows_of("They have three children aged from 2 to 9.", "count", "counted") == [("three", "children")]
    assert rows_of("The four children, ages from 10 to 2, were safe.", "count", "counted") == [("four", "children")]
    # a range of things from N to M still counts
    assert rows_of("The plan moved from 19 to 21 schools.", "count", "counted") != []


def test_a_prime_in_a_chemical_locant_is_no_foot():
    # geowebnews.jsonl, geowebnews:229: "... Formaldehyde; 4,4′-Methylene-bis(2-chloroaniline) (MOCA)."
    assert _facts("geowebnews:229", "Methylene", "amount") == []
    assert rows_of("The drug 2'-deoxycytidine is used.", "amount", "unit") == []
    assert rows_of("The 5′-UTR of the gene and 1,1′-biphenyl.", "amount", "unit") == []
    # a prime before a word of size, or with no hyphen, is still feet
    assert rows_of("A 6'-tall fence and a 10′-long pipe.", "amount", "unit") == [("6'", "ft"), ("10′", "ft")]
    assert rows_of("The 4 ft wall and a 6′ fence.", "amount", "unit") == [("4 ft", "ft"), ("6′", "ft")]
