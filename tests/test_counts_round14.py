"""Counts a careful news reader would sign, round 14 (issue 17): a change "from X to Y" and a numeral fused into a
term.

- "cases in the county increased from nine to 13": after a verb of change, "from X to Y" gives the old and the new
  count, two exact counts, not one range (reading.changed_from, data/change_verbs.json from_to_levels); when
  the verb's subject is a figure ("scores jumped as well from 2395 to 2623") neither end is a count.
- "veblen goods bought by traveling one percenters": a numeral fused into a noun of a kind of person names the kind,
  it counts nothing (data/quantity_exclusions.json modifier_words).

Each test reads a real page of ../shared/eval in place through the whole pipeline (test_counts_real.page_facts)
and fails without its rule or its words.
"""

from __future__ import annotations

from test_counts_real import page_facts


def test_a_change_from_one_count_to_another_gives_two_counts():
    # "The total number of coronavirus cases in the county increased from nine to 13 from Friday into Saturday."
    page = "recordonline.com/news/20200316/rockland-to-declare-local-state-of-emergency-on-monday"
    facts = page_facts(page, "increased from nine to 13", "count")
    assert "from nine to 13" not in facts
    assert (facts["nine"]["value"], facts["nine"]["qualifier"]) == (9, "exact")
    assert (facts["13"]["value"], facts["13"]["qualifier"]) == (13, "exact")


def test_a_numeral_fused_into_a_term_for_people_counts_nothing():
    # "... the reduction on travel meant that veblen goods bought by traveling one percenters were laying unsold ..."
    page = "engadget.com/amazon-luxury-stores-fashion-140141502"
    assert "one" not in page_facts(page, "traveling one percenters", "count")


def test_a_change_of_a_figure_counts_nothing():
    # "In Cinebench R20, scores jumped as well from 2395 to 2623."
    page = "appleinsider.com/articles/19/11/18/16-inch-macbook-pro-review"
    facts = page_facts(page, "scores jumped as well from 2395 to 2623", "count")
    assert not {"2395", "2623", "from 2395 to 2623"} & set(facts)
