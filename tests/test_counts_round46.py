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

from conftest import gold_article, text_facts


def _facts(doc_id: str, snippet: str, kind: str) -> list[str]:
    facts = gold_article("geowebnews.jsonl", doc_id).facts or []
    return [f.text for f in facts if f.kind == kind and snippet in (f.sentence or "")]


def _counts(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.counted) for f in text_facts(text, "count")]


def _amounts(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.unit) for f in text_facts(text, "amount")]


def test_a_move_of_places_in_a_ranking_is_no_count():
    # geowebnews.jsonl, geowebnews:292: "Dropping three places, however, TMEIC slid to number eight."
    assert _facts("geowebnews:292", "Dropping three places", "count") == []
    assert _counts("The club climbed two spots to sixth in the table.") == []
    assert _counts("Liverpool moved up four places in the rankings.") == []
    assert _counts("The firm fell a further 12 positions to 40th on the list.") == []
    # no verb of a move: the places are counted
    assert _counts("There are three places left on the course.") == [("three", "places")]
    assert _counts("We visited three places on the trip.") == [("three", "places")]


def test_an_age_range_after_aged_from_is_no_count():
    # geowebnews.jsonl, geowebnews:279: "... and was the father of six children, aged from 19 to 1."
    assert _facts("geowebnews:279", "aged from 19 to 1", "count") == ["six"]
    assert _counts("They have three children aged from 2 to 9.") == [("three", "children")]
    assert _counts("The four children, ages from 10 to 2, were safe.") == [("four", "children")]
    # a range of things from N to M still counts
    assert _counts("The plan moved from 19 to 21 schools.") != []


def test_a_prime_in_a_chemical_locant_is_no_foot():
    # geowebnews.jsonl, geowebnews:229: "... Formaldehyde; 4,4′-Methylene-bis(2-chloroaniline) (MOCA)."
    assert _facts("geowebnews:229", "Methylene", "amount") == []
    assert _amounts("The drug 2'-deoxycytidine is used.") == []
    assert _amounts("The 5′-UTR of the gene and 1,1′-biphenyl.") == []
    # a prime before a word of size, or with no hyphen, is still feet
    assert _amounts("A 6'-tall fence and a 10′-long pipe.") == [("6'", "ft"), ("10′", "ft")]
    assert _amounts("The 4 ft wall and a 6′ fence.") == [("4 ft", "ft"), ("6′", "ft")]
