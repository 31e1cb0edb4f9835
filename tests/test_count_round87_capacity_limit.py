"""A limit a rule sets on how many a place may take, round 87 (issue 17, cd87).

'with venues allowed to host up to 50 people for outdoor dining' gives the venues' room, no one counted, as 'can
accommodate 200 guests' does (guide: capacity). A permission and a verb of taking in people before the number
(count_measures._capacity_phrase, count_measures.json capacity_phrases permissions and permitted_verbs); an event
('the venue hosted 50 people last night'), a toll ('up to 50 people were injured') and 'allowed to have two
children' still count.
"""

from __future__ import annotations

import pytest
from conftest import texts_of


@pytest.mark.parametrize(
    "sentence",
    [
        # audit page, a Melbourne story
        "Restaurants along the city's famed Lygon Street were full, with venues allowed to host up to 50 people for"
        " outdoor dining.",
        "Pubs are permitted to hold 100 guests.",
        "Cafes may seat up to 20 diners indoors.",
    ],
)
def test_a_permitted_room_is_no_count(sentence):
    assert texts_of(sentence, "count") == []


@pytest.mark.parametrize(
    "sentence, number",
    [
        ("The venue hosted 50 people last night.", "50"),
        ("Up to 50 people were injured.", "Up to 50"),
        ("Couples are allowed to have two children.", "two"),
        ("The venue was allowed to host 50 people last week, and it hosted 40.", "40"),
    ],
)
def test_an_event_or_a_toll_still_counts(sentence, number):
    assert number in texts_of(sentence, "count")
