"""A year after a name's possessive that spaCy reads as the name's end (date_matches._possessor_glued).

- "Essid’s 2015 visit": the parse may tag "Essid’s 2015" one PERSON (a curly apostrophe above all); the year after the
  possessive is the year of what is the possessor's, a time, found as "Obama's 2015 visit" (a DATE) is.
- Only a bare year: a holiday in a name after a possessive ("The Macy’s Thanksgiving Day Parade") is left to the
  other rules, and a number that is no year ("Levi’s 3301 jeans") is none.
"""

from __future__ import annotations

from conftest import gold_dates, sentence_dates


def test_year_after_a_curly_possessive_is_a_date():
    # geowebnews:272: "Essid’s 2015 visit came amid a wave of terrorist attacks in Tunisia, ..."
    assert ("2015", "2015") in gold_dates("geowebnews.jsonl", "geowebnews:272", "Essid’s 2015 visit")


def test_possessor_year_needs_a_year():
    assert sentence_dates("Obama’s 2015 visit came amid attacks.", "2018-04-10") == [("2015", "2015")]
    assert sentence_dates("Levi’s 3301 jeans sold out.", "2018-04-10") == []
