"""Counts a careful news reader would sign, round 17 (issue 17): 'one' and numbers that count nothing in idioms,
jokes and names, and the noun a figure's value does not count.

- "Hundreds of stalls will all be under one roof", "the best of both worlds in one, holistic, end-to-end
  solution": 'under one roof', 'all in one' and 'both worlds in one' say 'together' or 'combined', like 'one of a
  kind' says 'unique' (data/count_labels.json set_phrases, count_labels._set_phrase). "over one region" still
  counts: 'over' there is a preposition (count_values.preposition_before_one).
- "Because 7, 8, 9" (the punchline of "Why was 6 afraid of 7?"), "abc app – alphabet, 123, matching game":
  numbers recited in order, each one more than the last, name counting itself (count_labels._counting_off);
  "from 123 countries" still counts countries.
- "Need to read all the text in one or more files?": 'N or more' in a question is the condition it asks about,
  not how many of something exist (count_forms._open_question); "one or more classmates used an online app" in a
  statement still counts.
- "The 60,000 projection would match the upper estimate for total flu deaths": a number before a singular noun of
  a figure (data/count_measures.json estimate_nouns) is the figure's value; it counts deaths, which are not in
  reach, so the count stays with no counted noun (count_measures.names_a_figure).

Each test reads a real page of ../shared/eval in place through the whole pipeline (test_counts_real.page_facts)
and fails without its rule or its words.
"""

from __future__ import annotations

from test_counts_real import page_facts


def test_under_one_roof_counts_no_roof():
    # "Hundreds of stalls will all be under one roof at the Fareham Indoor Christmas Market this weekend."
    page = "portsmouth.co.uk/news/people/christmas-in-hampshire-fareham-indoor-christmas-market"
    facts = page_facts(page, "will all be under one roof", "count")
    assert "one" not in facts
    assert facts["Hundreds"]["counted"] == "stalls"


def test_both_worlds_in_one_counts_no_solution():
    # "..., offering the best of both worlds in one, holistic, end-to-end solution."
    page = "my6sense.com/2018/07/02/native-ad-platform-my6sense-names-mobile-marketing-pioneer"
    assert "one" not in page_facts(page, "best of both worlds in one", "count")


def test_one_after_a_preposition_of_place_still_counts():
    # "Such slow-moving storms can produce more persistent rainfall over one region and cause flooding ..."
    page = "theconversation.com/storm-ciaran-is-breaking-records-and-research-suggests"
    facts = page_facts(page, "rainfall over one region", "count")
    assert facts["one"]["counted"] == "region"


def test_numbers_recited_in_order_count_nothing():
    # the punchline of "Why was 6 afraid of 7?": "Because 7, 8, 9"
    facts = page_facts("redtri.com/best-jokes-for-kids", "Because 7, 8, 9", "count")
    assert not {"7", "8", "9"} & set(facts)
    # "... totally free abc app – alphabet, 123, matching game & The flipped learning model ..."
    page = "optimussearch.com.ph/2020/06/02/no-membership-required-best-and-free-online-dating-websites"
    assert "123" not in page_facts(page, "alphabet, 123, matching game", "count")


def test_a_number_run_up_from_one_that_counts_a_noun_stays():
    # "As of Thursday, the State Department has brought back 65,565 Americans from 123 countries."
    page = "coronavirus-how-these-bay-area-travelers-got-stranded-in-bolivia"
    assert page_facts(page, "from 123 countries", "count")["123"]["counted"] == "countries"


def test_the_value_of_a_projection_counts_what_is_projected():
    # "The 60,000 projection would match the upper estimate for total flu deaths in the US between ..."
    facts = page_facts("bbc.com/news/world-us-canada-52241221", "The 60,000 projection", "count")
    assert facts["60,000"]["value"] == 60000
    assert facts["60,000"]["counted"] is None


def test_one_or_more_in_a_question_counts_nothing():
    # "Need to read all the text in one or more files?"
    page = "treyhunner.com/2018/12/why-you-should-be-using-pathlib"
    assert "one or more" not in page_facts(page, "in one or more files?", "count")


def test_one_or_more_in_a_statement_still_counts():
    # "... the Wall Street Journal that one or more classmates used an online AI-powered website ..."
    page = "nypost.com/2023/11/02/news/ai-generated-nudes-of-girls-at-nj-high-school-trigger-police-probe"
    facts = page_facts(page, "one or more classmates", "count")
    assert facts["one or more"]["counted"] == "classmates"
