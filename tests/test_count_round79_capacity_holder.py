"""A container that can hold a number of things, round 79 (issue 17, c79).

'a big porcelain stockpot that will hold about ten canning jars' gives the pot's size, no jar counted, as 'the stadium
seats 50,000' does (guide: capacity). Only 'hold' after a modal, or 'holds', whose subject (or the noun a relative
clause hangs on) is a container, vessel or room (count_measures._capacity_holder, count_measures.json
capacity_phrases holders): 'the police will hold 20 suspects', 'will hold three meetings' and a past 'the room held
200 people' count.
"""

from __future__ import annotations

import pytest
from conftest import texts_of


@pytest.mark.parametrize(
    "sentence",
    [
        # audit page theantijunecleaver.com, spiced honey pear jam
        "A water bath canner is really just a big porcelain stockpot that will hold about ten canning jars depending on"
        " their size.",
        "Each box can hold 24 bottles.",
        "The tank holds 40 fish.",
    ],
)
def test_what_a_container_can_hold_is_no_count(sentence):
    assert texts_of(sentence, "count") == []


@pytest.mark.parametrize(
    "sentence, number",
    [
        ("The police will hold 20 suspects overnight.", "20"),
        ("The club will hold three meetings in May.", "three"),
        ("The room held 200 people that night.", "200"),
    ],
)
def test_holding_without_a_container_counts(sentence, number):
    assert number in texts_of(sentence, "count")
