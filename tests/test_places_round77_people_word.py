"""Places on real news (issue 17): a country's whole name that opens with a nationality word the model tags alone.

Class: 'the people of the British Virgin Islands' tagged 'British' (NORP) and nothing else: the nationality's words
right before an untagged run that make with it a country's or a first-level subdivision's own name are the name's
first words (untagged._after_people_word).
"""

from __future__ import annotations

from conftest import rows_of


def test_a_territory_opened_by_a_nationality_word():
    text = (
        "I would like to provide an update to the people of the British Virgin Islands on recent law enforcement "
        "action taken by the United States Drug Enforcement Agency about which I have been informed today"
    )
    assert ("British Virgin Islands", "VG") in rows_of(text, "place", "country_code")


def test_a_nationality_word_before_no_such_name_stays_out():
    assert rows_of("She lives in the Dutch Caribbean.", "place", "country_code") == [("Caribbean", None)]
