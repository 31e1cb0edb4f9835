"""A service's phone number is dialled, not counted, round 78 (issue 17, c78).

'In parts of Wales where 111 isn't available': a number of count_labels.json service_numbers as the singular
subject of a line's state (service_states), after a call and 'to' (service_call_prepositions) or before a call
noun after a word like 'non-emergency' (service_call_modifiers) is the number to call (count_labels._service_call).
A plural verb ('111 are available') or a noun the number counts ('calls to 101 people') keeps the count.
"""

from __future__ import annotations

from conftest import texts_of
from test_counts_real import page_facts


def test_service_number_not_available_is_no_count():
    # theguardian.com/education/2020/oct/02/uk-university-student-halls-too-full-to-be-safe-experts-warn
    page = "uk-university-student-halls-too-full-to-be-safe-experts-warn"
    assert "111" not in page_facts(page, "where 111 isn't available", "count")


def test_service_number_after_a_call_or_before_a_line_is_no_count():
    assert "911" not in texts_of("Calls to 911 rose sharply last year.", "count")
    assert "101" not in texts_of("Use the 101 non-emergency line to report crimes.", "count")


def test_plural_verb_or_counted_noun_keeps_the_count():
    assert "111" in texts_of("Of the rooms, 111 are available for guests.", "count")
    assert "101" in texts_of("Calls to 101 people were made last week.", "count")
    assert "110" in texts_of("The city opened the 110 new lines in March.", "count")
