"""Counts a careful news reader would sign (issue 17): a participle of holding gives a capacity.

- "The mid-size wide body 787-9 jet is a larger and longer-range variant of Boeing's Dreamliner, seating 242 to 330
  passengers in a two-class layout" (a cnbc.com page): room for that many passengers, none counted, as 'the
  stadium seats 50,000' (count_measures._capacity_participle, data/count_measures.json capacity_phrases
  participles). After a form of 'be' the participle is an act ('the restaurant is seating 40 guests'), a count.
- Left alone, as MEANTIME's annotators count them: 'can carry up to 840 people',
  'capable of holding 500 and 1,000 songs'.
"""

from __future__ import annotations

from conftest import text_facts


def test_seating_a_range_of_passengers_counts_none():
    text = (
        "The mid-size wide body 787-9 jet is a larger and longer-range variant of Boeing's Dreamliner, seating 242 "
        "to 330 passengers in a two-class layout."
    )
    assert [f.text for f in text_facts(text, "count")] == []


def test_seating_after_a_form_of_be_still_counts():
    # a guard: the act of seating them, not what a thing can take
    facts = text_facts("The restaurant is seating 40 guests tonight.", "count")
    assert [(f.text, f.counted) for f in facts] == [("40", "guests")]
