"""A hundred percent before an adjective of wholeness and its noun, round 80 (issue 17, a80).

'have 100 percent complete information' says 'entirely complete', no share (the judging guide: a hundred percent of
certainty is no amount): quantity_measures.json intensified_attributives, find/amounts.py _attributive. Said of a
subject after a linking verb ('is 100 percent complete') or followed by no noun it measures progress and stays an
amount; '100 percent of the shares' is a share.
"""

from __future__ import annotations

import pytest
from conftest import rows_of


def test_complete_information_is_no_amount():
    # audit page expapp.com, a new CEO on deciding with data (session 32's sample)
    sentence = (
        "You must be data driven when evaluating where to go and what to do, but in a rapidly evolving market,"
        " you’re never going to always have 100 percent complete information."
    )
    assert rows_of(sentence, "amount", "value", "unit") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The bridge is 100 percent complete.",
        "With the work 100 percent complete by June, the bridge opens.",
        "The firm bought 100 percent of the shares.",
        "The plant runs on 100 percent renewable energy.",
    ],
)
def test_share_stays_an_amount(sentence):
    assert rows_of(sentence, "amount", "value", "unit") == [("100 percent", 100, "%")]
