"""Counts a careful news reader would sign, round 21 (issue 17): numbers that say no 'how many'.

- "It's like two computers in one!": "N things in one" is a figure of speech for one thing doing the work of
  several, like "2-in-1" (count_values._combined_in_one); "two goals in one game" still counts goals.
- "the protective cowling 48 that ...", "community health 484 encouraging youth sun safety": a reference numeral
  after a singular lower-case noun, where the phrase reads on past it as if it were absent, even when the parse
  takes it for the noun's modifier or object, not its apposition (count_values._reference_numeral). After a number
  that counts a noun earlier in the sentence, "and the county 12" is a gapped count and stays.
- "Approval came on a nearly party-line, 52-48 vote Wednesday.": a dash-joined pair right before a noun of a
  result (data/quantity_exclusions.json tally_result_nouns) says how the vote went, like a score
  (scores._names_a_result); "The final vote count in the Senate was 52-35" still counts each side (MEANTIME).

Left alone: a listicle headline ("10 things in tech you need to know today") says how many items its list has,
and the judged samples mark "Here are 20 ways ..." right.

Each page test reads a real page of ../shared/eval in place through the whole pipeline
(test_counts_real.page_facts) and fails without its rule or its words.
"""

from __future__ import annotations

from test_counts_real import corpus_line, found, page_facts


def test_things_in_one_count_nothing():
    # "It's like two computers in one!"
    facts = page_facts("parallels.com/products/desktop", "two computers in one", "count")
    assert "two" not in facts


def test_things_in_one_thing_still_count():
    facts = found("He scored two goals in one game.", kind="count")
    assert facts["two"]["counted"] == "goals"


def test_reference_numeral_before_a_clause_word():
    # "... which draws air from galveston within dover the protective cowling 48 that torrington has been admitted
    # through the aforenoted inlet opening."
    facts = page_facts("no-membership-required-best", "the protective cowling 48 that", "count")
    assert "48" not in facts


def test_reference_numeral_before_a_participle():
    # "Session: student session ix – behavior and development/ community health 484 encouraging youth sun safety"
    facts = page_facts("no-membership-required-best", "community health 484 encouraging", "count")
    assert "484" not in facts


def test_gapped_count_is_no_reference_numeral():
    # a guard (no such sentence in ../shared/eval): after a number that counts a noun, "the county 12" stands for
    # "the county reported 12 new cases"
    facts = found("The state reported 50 new cases and the county 12.", kind="count")
    assert facts["12"]["value"] == 12


def test_tally_before_vote_is_a_result():
    # "Approval came on a nearly party-line, 52-48 vote Wednesday."
    facts = page_facts("chicago.suntimes.com/2020/6/24/21302329", "52-48 vote", "count")
    assert "52" not in facts and "48" not in facts


def test_tally_standing_alone_still_counts():
    line = corpus_line("meantime_en.jsonl", "was 52-35")
    facts = found(line, kind="count")
    assert facts["52"]["value"] == 52 and facts["35"]["value"] == 35
