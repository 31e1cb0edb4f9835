"""'one' that counts nothing, round 79 (issue 17, c79).

'in one place' (and 'in one spot') says 'together', as 'under one roof' does (count_labels.json set_phrases):
'allows you to hold your cryptocurrency in one place' counts no place; a contrast that closes with 'another' is
count_forms' to read, and 'visited one place and two museums' still counts. A noun and 'off from' after a number is
a distance (count_measures._distance, count_measures.json distance_off): 'Haley was one podium off from the
center' counts no podium; 'One bullet ricocheted off a wall' (a bare 'off') counts the bullet.
"""

from __future__ import annotations

import pytest
from conftest import texts_of


@pytest.mark.parametrize(
    "sentence",
    [
        # audit page thebalance.com, coinbase vs coinbase pro
        "The Coinbase Wallet is a secure digital wallet that allows you to hold your cryptocurrency in one place.",
        # ../shared/eval/news_gold/geowebnews.jsonl, geowebnews:319
        "Macmillan’s Paula Kealey said: “At the Campus, important services are brought together in one place, making"
        " it easier for people to find the support they need.”",
        "Keep your receipts in one spot.",
        # audit page abcnews.go.com, Nikki Haley at the fourth Republican debate
        "Haley was one podium off from the center of the debate stage, reflecting her standing in the polls, but she"
        " was directly in the spotlight on Wednesday night.",
    ],
)
def test_one_in_a_set_phrase_or_a_distance_is_no_count(sentence):
    assert "one" not in [c.lower() for c in texts_of(sentence, "count")]


@pytest.mark.parametrize(
    "sentence, number",
    [
        ("They visited one place and two museums.", "one"),
        ("“One bullet ricocheted off a wall and hit Mohanna in the back, she said.", "One"),
    ],
)
def test_one_that_counts_stays(sentence, number):
    assert number in texts_of(sentence, "count")
