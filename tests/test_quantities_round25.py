"""Counts and amounts, round 25 (issue 17).

- 'All three leave for the playground.': a sentence with no verb in its parse, whose root is a singular noun counted
  by a number above one, has its verb taken for a noun: the count stays, with no counted noun.
- '137, Where do sheep go on vacation?': digits opening a block, a comma and a capital are a list item's number
  typed with a comma for its period, as '137. Where ...' is (counts._ENUMERATOR).
- 'up to a width of 60cm and up to a length of 100cm', 'up to a width of 70cm and a length of 120cm': a qualifier
  before a dimension noun's phrase bounds the number that phrase gives, and the next phrase joined by 'and'
  (quantity_qualifiers.json dimension_nouns); 'with a maximum turning radius of 120cm': a bound's adjective before
  the dimension noun bounds it as 'a maximum of' does (dimension_bounds).

Each test reads a real page of ../shared/eval in place through the whole pipeline and fails without its rule.
"""

from __future__ import annotations

from test_counts_real import page_facts


def test_verb_taken_for_noun_counts_nothing():
    # stardewvalleywiki.com/Penny: "All three leave for the playground."
    facts = page_facts("stardewvalleywiki.com/Penny", "All three leave for the playground.", "count")
    assert facts["three"]["value"] == 3
    assert facts["three"]["counted"] is None


def test_comma_after_item_number_is_a_list_marker():
    # redtri.com/best-jokes-for-kids: a numbered list of jokes, "136. ..." then "137, Where do sheep go on vacation?"
    facts = page_facts("redtri.com/best-jokes-for-kids", "Where do sheep go on vacation?", "count")
    assert "137" not in facts


def test_qualifier_before_dimension_phrase_bounds_its_number():
    # nationalrail.co.uk/service_disruptions/245738.aspx
    page = "nationalrail.co.uk/service_disruptions/245738"
    facts = page_facts(page, "Mobility scooters up to a width of 60cm and up to a length of 100cm", "amount")
    assert facts["60cm"]["qualifier"] == "at_most" and facts["60cm"]["high"] == 60
    assert facts["100cm"]["qualifier"] == "at_most"
    # "... and with a maximum turning radius of 120cm": 'maximum' before the dimension noun bounds it too
    assert facts["120cm"]["qualifier"] == "at_most"
    facts = page_facts(page, "up to a width of 70cm and a length of 120cm unfolded.", "amount")
    assert facts["70cm"]["qualifier"] == "at_most"
    assert facts["120cm"]["qualifier"] == "at_most" and facts["120cm"]["high"] == 120
