"""Amounts a careful news reader would sign, round 94 (issue 17): a bare scale word hyphened to a currency.

"The former President is charged with 16 counts of corruption, money laundering and racketeering, stemming from the
billion-dollar government arms deal." (GeoWebNews, geowebnews:301 in ../shared/eval/news_gold) gave no amount, while
the same story's "a billion-dollar arms deal" is 1,000,000,000 USD: only 'a' made 'billion' a number. A lower-case
scale word hyphened to a one-word currency name of currencies.json names is that sum after any determiner, as it
is hyphened to a unit ('hundred-foot cliffs', round 79): normalize/numbers.bare_scales. The qualifier is the 'a'
form's (exact). An idiom's noun after it still prices nothing ('the million-dollar question': currencies.json
idiom_nouns), and a prefix or a hyphen before it leaves no one sum ('a multi-trillion-dollar wealth tax').
"""

from __future__ import annotations

import pytest
from conftest import rows_of
from test_counts_real import corpus_line

FIELDS = ("value", "unit", "qualifier")


def test_the_billion_dollar_deal_is_a_billion_dollars():
    line = corpus_line("geowebnews.jsonl", "stemming from the billion-dollar government arms deal")
    assert rows_of(line, "amount", *FIELDS) == [("billion-dollar", 1_000_000_000, "USD", "exact")]


@pytest.mark.parametrize(
    ("sentence", "row"),
    [
        ("Trump's billion-dollar wall is not built.", ("billion-dollar", 1_000_000_000, "USD", "exact")),
        ("They sold their million-dollar homes.", ("million-dollar", 1_000_000, "USD", "exact")),
        ("The million-euro fund opened.", ("million-euro", 1_000_000, "EUR", "exact")),
        ("It is a billion-dollar deal.", ("a billion-dollar", 1_000_000_000, "USD", "exact")),
    ],
)
def test_a_scale_dollar_adjective_after_any_determiner_is_money(sentence: str, row: tuple):
    assert rows_of(sentence, "amount", *FIELDS) == [row]


@pytest.mark.parametrize(
    "sentence",
    [
        "That is the million-dollar question.",
        "She has a million-dollar smile.",
        "Warren is dreaming up an unhinged multi-trillion-dollar wealth tax.",
        "It is a multibillion-dollar deal.",
        "The Billion-Dollar Deal opens tonight.",
    ],
)
def test_an_idiom_a_prefix_or_a_title_gives_no_sum(sentence: str):
    assert rows_of(sentence, "amount", *FIELDS) == []
