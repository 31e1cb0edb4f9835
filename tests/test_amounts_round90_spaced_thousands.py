"""Amounts of round 90: a tokenised text spaces its thousands separator ("5 , 000"), and a bare low end after
'between' shares the thousands of its high end, as a dash joins them ('15-20,000'). The document is read in place
from ../shared/eval/news_gold; near sentences where the rules must not fire are run as articles."""

from __future__ import annotations

from conftest import gold_quantities, rows_of


def test_a_spaced_separator_groups_thousands_and_the_low_end_shares_them():
    # geowebnews.jsonl, geowebnews:143: "Vera Twomey is forking out between 4 and 5 , 000 euro every three months for
    # Ava's medicinal cannabis which comes from Holland."
    amounts = gold_quantities("geowebnews.jsonl", "geowebnews:143", "5 , 000 euro", "amount")
    assert amounts == [("between 4 and 5 , 000 euro", None, 4000, 5000, "EUR")]
    assert gold_quantities("geowebnews.jsonl", "geowebnews:143", "5 , 000 euro", "count") == []


def test_a_spaced_comma_between_groups_not_led_by_a_zero_is_a_list():
    # "4 , 118" may list two numbers in a tokenised text: only a group led by a zero proves a separator
    assert rows_of("The list reads 4 , 118 and 9 , 250 items.", "count", "value") == [
        ("4", 4),
        ("118", 118),
        ("9", 9),
        ("250", 250),
    ]
    assert rows_of("It cost 1 , 250 , 000 euro.", "amount", "value", "unit") == [("1 , 250 , 000 euro", 1250000, "EUR")]


def test_between_shares_thousands_and_from_to_does_not():
    assert rows_of("She pays between 4 and 5,000 euro every three months.", "amount", "low", "high") == [
        ("between 4 and 5,000 euro", 4000, 5000)
    ]
    # a change from two stores, maybe: 'to' shares no thousands
    assert ("2", 2) in rows_of("The chain grew from 2 to 2,500 stores.", "count", "value")
    # 1,000 would be only a tenth of 10,000: the low end stays 1
    assert rows_of("Prices run between 1 and 10,000 euro.", "amount", "low", "high") == [
        ("between 1 and 10,000 euro", 1, 10000)
    ]
