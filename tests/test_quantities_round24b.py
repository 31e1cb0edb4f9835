"""Counts and amounts, round 24 (issue 17, r24-quantities2).

- 'These two met in Week 10', 'the interrelationship between these two': a number after a plural demonstrative
  with no noun after it points back to things already named, like a pronoun: no count (count_forms.py
  _demonstrative_pronoun). With a noun after it ('These 150 Indians', 'these three types') it counts.
- 'eBay has RTX 3080 cards going from $1,599 to $2,100': 'from' a price 'to' a price after a plural noun of things
  and the participle 'going' is the range of the things' prices (reading.priced_things), not the old and the new
  level of a change; 'going from 175 gigawatts to 450 gigawatts' (no priced things) stays a change.

Each test reads a real page of ../shared/eval in place through the whole pipeline and fails without its rule.
"""

from __future__ import annotations

from test_counts_real import page_facts


def test_demonstrative_number_without_noun_is_no_count():
    # denverpost.com 2023/11/08: "Montrose (8-2), 1 p.m. Saturday: These two met in Week 10, with Montrose scoring
    # 33 straight points to start the festivities."
    facts = page_facts("denverpost.com/2023/11/08/colorado-high-school-football", "These two met in Week 10", "count")
    assert "two" not in facts
    assert facts["33"]["counted"] == "straight points"
    # businessjargons.com/leadership-styles.html: "... leadership styles, situational variables and the
    # interrelationship between these two."
    facts = page_facts("businessjargons.com/leadership-styles", "the interrelationship between these two", "count")
    assert "two" not in facts and facts["three"]["counted"] == "elements"


def test_demonstrative_number_with_noun_counts():
    # denverpost.com 2023/11/08: "No. 13 Mead (5-5) at No. 4 Durango (8-1), 1 p.m. Saturday: These two teams met in
    # Longmont in Week 5, and Durango came away with a 30-16 win."
    facts = page_facts("denverpost.com/2023/11/08/colorado-high-school-football", "These two teams met", "count")
    assert "two" in facts


def test_things_going_from_price_to_price_is_a_range():
    # tomshardware.com/uk/news/where-and-how-to-buy-rtx-3080-3090-3070: "eBay: If money is no object and you're
    # willing to pay double the MSRP, eBay has RTX 3080 cards going from $1,599 to $2,100."
    facts = page_facts("tomshardware.com/uk/news/where-and-how-to-buy-rtx-3080", "cards going from $1,599", "amount")
    fact = facts["from $1,599 to $2,100"]
    assert (fact["qualifier"], fact["low"], fact["high"], fact["unit"]) == ("range", 1599, 2100, "USD")


def test_level_going_from_to_stays_a_change():
    # vox.com 2019/11/8 delhi-india-air-pollution: "... would more than double its renewable energy production,
    # going from 175 gigawatts to 450 gigawatts by 2022."
    facts = page_facts("vox.com/science-and-health/2019/11/8/20948348", "going from 175 gigawatts", "amount")
    assert facts["175 gigawatts"]["value"] == 175 and facts["450 gigawatts"]["value"] == 450
