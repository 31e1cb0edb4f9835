"""Counts a careful news reader would sign (issue 17): words of time before the plural noun a number counts.

- "My mom worked three overnight factory jobs, so we didn’t have a lot." (a chicagoreader.com page): the small model
  tags "three overnight" TIME, which blocked the count; a DATE or TIME entity that is the number and modifiers of the
  plural noun it counts, stopping before that noun, names no time: the number counts the jobs
  (counts._time_modifiers_before_counted). "three summer months" (the noun inside the entity) stays a duration, and
  a time unit as the modifier ("two day passes") stays no count.
"""

from __future__ import annotations

from conftest import text_facts
from test_counts_real import page_facts


def test_a_time_adjective_before_the_counted_noun_keeps_the_count():
    facts = page_facts("18th-street-distillery-new-spirits", "three overnight factory jobs", "count")
    assert (facts["three"]["value"], facts["three"]["counted"]) == (3, "overnight factory jobs")


def test_a_duration_inside_the_entity_stays_no_count():
    assert text_facts("They spent three summer months there.", "count") == []
    assert text_facts("Buy two day passes at the gate.", "count") == []
