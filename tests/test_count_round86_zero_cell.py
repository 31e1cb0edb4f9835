"""Counts a careful news reader would sign, round 86 (issue 17): a zero in a table's row counts nothing.

- "Daniel schmitz historical name popularity name popularity for daniel schmitz percent of births 0 0 west
  bromwich." (an audit page, a spam page's name-popularity table that lost its lines; judged wrong in sessions 34
  and 35): a "0" in digits that counts no noun, beside another bare number in digits with only spaces between, is
  a cell of a row; none of something unnamed tells a reader nothing (count_values._zero_cell). A zero that counts a
  noun ("killed 0 people") and a zero alone ("the number of top 100 songs under 2:30 was 0") stay counts.
"""

from __future__ import annotations

from conftest import text_facts
from test_counts_real import page_facts

_PAGE = "no-membership-required-best-and-free-online-dating-websites-in-los-angeles"


def test_zeros_of_a_table_row_are_no_counts():
    facts = page_facts(_PAGE, "percent of births 0 0 west bromwich", "count")
    assert "0" not in facts


def test_a_zero_that_counts_a_noun_stays():
    facts = text_facts("The attack killed 0 people and 0 0 were reported.", "count")
    assert [(f.text, f.counted) for f in facts] == [("0", "people")]


def test_a_zero_alone_stays():
    # axios.com newsletter, an audit page: "The bottom line: In 2000, the number of top 100 songs under 2:30 was 0."
    facts = text_facts("The bottom line: In 2000, the number of top 100 songs under 2:30 was 0.", "count")
    assert "0" in [f.text for f in facts]
