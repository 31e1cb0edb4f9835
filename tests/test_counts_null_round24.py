"""Counts with no counted noun that count nothing, round 24 (issue 17).

- 'the ones that have about half men and half women': fraction words before nouns that split a group ('half X and
  half Y') are shares, as 'half of the men' is, no count of 0.5 men (count_context._split_shares; before, only a
  fraction before 'of', after 'by' or before a ratio word was one). A lone fraction before a noun ('more than half
  people came here') stays: the Recognizers suite reads it as a number and its row may not fall.
- 'a part two of her acclaimed book', 'success stories part 2': a number right after 'part' names a part of a work,
  as 'chapter 2' does (quantity_exclusions.json label_nouns).

Each test reads a real page of ../shared/eval in place through the whole pipeline and fails without its rule.
"""

from __future__ import annotations

from test_counts_real import page_facts


def test_fraction_before_its_noun_is_a_share():
    # "Most people would think that the most intelligent groups should be the ones that have about half men and
    # half women."
    marker = "about half men and half women"
    facts = page_facts("economist.com/open-future/2018/06/18/why-collaborative-thinking", marker, "count")
    assert "about half" not in facts and "half" not in facts


def test_number_after_part_is_a_label():
    # "Rollock said she did not necessarily see her book as a part two of her acclaimed 'The Colour of Class: ...'"
    facts = page_facts("voice-online.co.uk/news/features-news/2023/11/03/code-of-the-elites", "a part two of", "count")
    assert "two" not in facts
    # "... reversing croup – success stories part 2 the raw vegan plant-based detoxification & Family ..."
    facts = page_facts("optimussearch.com.ph/2020/06/02", "success stories part 2", "count")
    assert "2" not in facts


def test_fraction_scaled_to_thousands_still_counts():
    # "Its footprint is roughly equal to that of the city of Philadelphia, but with a half million more people":
    # a fraction word that a scale word makes a whole number of things stays a count
    facts = page_facts("npr.org/2023/11/09/1211571220", "a half million more people", "count")
    assert facts["a half million"]["value"] == 500000
