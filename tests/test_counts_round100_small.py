"""Counts, round 100 (issue 17): a sole winner's 'One' missed, a listed age read as a count.

- 'One' before the sole one of its kind: "One lucky ticket sold at Riverdale Lukoil South in Riverdale was the sole
  winner of last night's $521 million jackpot!!" (news_gold geowebnews:122, a count a judge marked missed): 'One N'
  as the subject of 'be' picks 'a certain N' ('One option ... was a potential swap deal'), and 'One N' described by
  a participle before a complement gives an example ('One drug routinely used, ... is a known cause'); a complement
  that 'sole', 'only' or 'lone' makes the only one of its kind says one N and no other did it, a count
  (count_forms._sole_complement, count_forms.json one_sole_complements).
- An age in a person's qualifications: "As a person born in the U.S., at least 35 and a resident for at least 14
  years, she is eligible for the nation’s highest office as prescribed in the Constitution." (the audit page
  globalnews.ca/news/7278919/kamala-harris-fact-check-us-vice-president, a count a judge marked wrong): a bare
  number listed beside a person's legal standing ('and a resident', 'and a natural-born citizen') is an age
  (count_measures._status_age, count_measures.json age_status_nouns); a tally before 'and a resident said' stays.
"""

from __future__ import annotations

from conftest import gold_quantities, rows_of, texts_of
from test_counts_real import page_facts

_HARRIS = "globalnews.ca/news/7278919/kamala-harris-fact-check-us-vice-president"


def test_one_ticket_was_the_sole_winner() -> None:
    rows = gold_quantities("geowebnews.jsonl", "geowebnews:122", "was the sole winner", "count")
    assert [(text, value, counted) for text, value, _, _, counted in rows] == [("One", 1, "lucky ticket")]


def test_one_man_was_the_lone_survivor() -> None:
    assert rows_of("One man was the lone survivor of the crash.", "count", "value") == [("One", 1)]


def test_a_certain_one_without_a_sole_complement_stays_no_count() -> None:
    for text in (
        "One ticket sold at the store was a winner.",
        "One option the Spaniards wanted to explore was a potential swap deal.",
        "One drug routinely used, 17-beta oestradiol, is a known cause of cancer.",
        "One problem was the only thing he mentioned.",
    ):
        assert texts_of(text, "count") == [], text


def test_an_age_listed_beside_residence_is_no_count() -> None:
    facts = page_facts(_HARRIS, "at least 35 and a resident for at least 14 years", "count")
    assert "at least 35" not in facts and "35" not in facts
    assert texts_of("She must be 35 and a natural-born citizen.", "count") == []


def test_a_tally_before_a_resident_stays_a_count() -> None:
    assert rows_of("The town grew to 35 and a resident said it was too many.", "count", "value") == [("35", 35)]
