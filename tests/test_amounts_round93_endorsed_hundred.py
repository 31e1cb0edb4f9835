"""Amounts a careful news reader would sign, round 93 (issue 17): a hundred percent that grades endorsement.

"Beautiful spectacle! Dance, music, acting is amazing! Wonderful costume! Funny moments! We recommend at 100%" (a
visitor's review on a jeongdongtheater.com page, ../shared/eval/articles) was an amount of 100 %. A whole hundred
percent (or more) that grades a verb of endorsement or agreement ("I agree 100%", "we support him 100 percent",
"recommend it 100%", "I would 100% recommend") says "entirely", as "is 100% accurate" does: no amount
(amounts._endorsement, quantity_measures.json intensified_verbs, intensified_verb_gaps, intensified_verb_openers). A
share the verb's object measures stays an amount: "support 100% of the cost", "won 100% support", "backed 100% by".
"""

from __future__ import annotations

import pytest
from conftest import text_facts
from test_counts_real import page_facts

PAGE = "jeongdongtheater.com/blog/2018/10/12"


def test_we_recommend_at_a_hundred_percent_is_no_amount():
    assert "100%" not in page_facts(PAGE, "We recommend at 100%", "amount")
    assert "100" not in page_facts(PAGE, "We recommend at 100%", "count")


@pytest.mark.parametrize(
    "sentence",
    [
        "I agree 100%.",
        "I agree 100% with you.",
        "I agree 100 per cent with you.",
        "I recommend it 100%.",
        "I trust him 100%, he said.",
        "I would 100% recommend this place.",
        "We 100 percent support the plan.",
    ],
)
def test_a_hundred_percent_of_endorsement_is_no_amount(sentence: str):
    assert text_facts(sentence, "amount") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "We support 100% of the cost.",
        "The plan won 100% support from members.",
        "They raised support to 100%.",
        "Costs are supported 100% by the state.",
        "Support 100%",
        "Shares rose 100%.",
    ],
)
def test_a_share_near_such_a_verb_stays_an_amount(sentence: str):
    assert [f.value for f in text_facts(sentence, "amount")] == [100]


def test_a_hundred_in_a_list_of_shares_stays_an_amount():
    values = [f.value for f in text_facts("Firefox supports 90% and Chrome supports 100%.", "amount")]
    assert values == [90, 100]
