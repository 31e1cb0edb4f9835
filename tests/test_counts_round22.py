"""Counts a careful news reader would sign, round 22 (issue 17): an indefinite 'one' and digits named as numerals.

- the parse may hang a sentence-opening 'One' on the first word of a compound ("One Python feature I almost
  entirely refuse is relative imports"): the noun 'one' modifies is the compound's head, so the rules for 'One N'
  as the subject of 'be' read it (count_forms._one_head).
- the agent 'by one N' of a participle of saying, or of one that describes what was said ("statements made last
  year by one 3-D printing company executive"), names a source like 'said one official' (count_forms._source_agent,
  count_forms.json one_statement_nouns); "made by one company" still counts.
- two bare digits after 'the', joined by 'and' or 'or', that end the clause ("the reversed order of the 3 and 2.")
  name the numerals themselves (count_labels._digit_pair).

Each test reads a real page of ../shared/eval in place through the whole pipeline (test_counts_real.page_facts)
or a real line through the finder, and fails without its rule.
"""

from __future__ import annotations

from test_counts_real import page_facts


def test_one_before_a_compound_subject_of_be_counts_nothing():
    # "One Python feature I almost entirely refuse is relative imports ( both implicit and explicit - ... )"
    page = "whats_your_opinion_on_what_to_include_in_init_py"
    assert "One" not in page_facts(page, "One Python feature I almost entirely refuse", "count")


def test_one_source_as_agent_of_statements_counts_nothing():
    # "Okwudire cited statements made last year by one 3-D printing company executive about the issues ..."
    page = "3dprinting.gets.a.turbo.boost.from.um.technology"
    assert "one" not in page_facts(page, "by one 3-D printing company executive", "count")


def test_digits_named_as_numerals_count_nothing():
    # "..., the only difference being the reversed order of the 3 and 2."
    page = "no-membership-required-best-and-free-online-dating-websites-in-los-angeles"
    facts = page_facts(page, "the reversed order of the 3 and 2", "count")
    assert "3" not in facts and "2" not in facts


def test_a_number_inside_a_date_is_the_dates():
    # judged23-count: "follows a 26 December 2019 ruling by the Constitutional Court of Turkey" counted 26 rulings
    page = "access-to-wikipedia-restored-in-turkey-after-more-than-two-and-a-half-years"
    sentence = "follows a 26 December 2019 ruling by the Constitutional Court"
    assert "26" not in page_facts(page, sentence, "count")
    assert page_facts(page, sentence, "date")["26 December 2019"]["value"] == "2019-12-26"
