"""Counts a careful news reader would sign, round 85 (issue 17): a number added to a sum is money, not a count.

- "The county council was recently handed 512,339 on top of the 1.4million secured in March this year to help
  repair potholes" (news_gold geowebnews, a page that lost its '£' signs): '1.4million secured' is already a sum
  the text leaves unsaid (count_loose._unsigned_money); '512,339', counting no noun and added to it by 'on top of',
  is one too, no count of nothing (count_loose._joined_to_sum, count_loose.json sum_joiners). No currency is
  guessed for either. Where the second number counts a noun ('on top of the 1.4 million visitors counted') nothing
  says the first is money: it stays a count.
"""

from __future__ import annotations

from conftest import gold_quantities, text_facts


def test_a_number_on_top_of_a_sum_with_a_lost_sign_is_no_count():
    facts = gold_quantities("geowebnews.jsonl", "geowebnews:220", "handed 512,339 on top of", "count")
    assert facts == []


def test_a_number_on_top_of_a_signed_sum_is_no_count():
    facts = text_facts("The charity raised 5,000 on top of the $20,000 it got last year.", "count")
    assert "5,000" not in [f.text for f in facts]


def test_a_number_on_top_of_a_count_stays_a_count():
    facts = text_facts("The museum welcomed 512,339 on top of the 1.4 million visitors counted in March.", "count")
    assert "512,339" in [f.text for f in facts]
