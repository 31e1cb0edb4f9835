"""Counts a careful news reader would sign (issue 17): 'dozen' with no number before it.

- "according to one of the nearly dozen of White House aides" (geowebnews), "to one of their dozen analytics data
  centres" (an mdavis.xyz page): a lower-case 'dozen' after a determiner or an adjective, before a plural, 'of' or
  'or so', is twelve (normalize/numbers.bare_dozens); 'sold by the dozen' and the title 'Cheaper by the Dozen'
  are none.
"""

from __future__ import annotations

from conftest import gold_quantities, text_facts
from test_counts_real import page_facts


def test_nearly_dozen_of_aides_counts_twelve():
    facts = gold_quantities("geowebnews.jsonl", "geowebnews:239", "nearly dozen of White House aides", "count")
    assert [(text, value) for text, value, *_ in facts] == [("nearly dozen", 12)]


def test_their_dozen_data_centres_counts_twelve():
    facts = page_facts("mdavis.xyz/supermarket", "one of their dozen analytics data centres", "count")
    assert facts["dozen"]["value"] == 12


def test_dozen_with_no_plural_after_it_is_no_number():
    assert text_facts("Eggs are sold by the dozen at markets.", "count") == []
    assert text_facts("Cheaper by the Dozen stars Steve Martin.", "count") == []
