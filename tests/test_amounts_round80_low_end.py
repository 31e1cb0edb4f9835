"""The low end's mirror of 'as many as', round 80 (issue 17, a80).

'as little as $2,499', 'as low as $29', 'as few as 10' name the least the text allows, the mirror of 'as many as',
'as much as', 'as high as' (at_most): at_least with its low bound (quantity_qualifiers.json before.at_least).
"""

from __future__ import annotations

from conftest import rows_of


def test_as_little_as_bounds_from_below():
    # audit page tomshardware.com, where to buy an RTX 3090
    sentence = (
        "eBay: If your time is worth a lot more than your money, you can grab an RTX 3090 card from a seller on"
        " eBay for as little as $2,499."
    )
    assert rows_of(sentence, "amount", "value", "low", "qualifier", "unit") == [
        ("as little as $2,499", 2499, 2499, "at_least", "USD")
    ]


def test_as_low_as_bounds_from_below():
    # news_gold tr-news:1080002, a cat under an engine deck
    sentence = (
        "The feline may have been hidden under the engine deck for up to 12 hours in temperatures that plunged"
        " as low as -40 degrees Celsius."
    )
    assert ("as low as -40 degrees Celsius", -40, -40, "at_least", "degC") in rows_of(
        sentence, "amount", "value", "low", "qualifier", "unit"
    )


def test_as_many_as_still_bounds_from_above():
    assert rows_of("Tickets sold for as much as $2,499.", "amount", "value", "low", "qualifier", "unit") == [
        ("as much as $2,499", 2499, None, "at_most", "USD")
    ]


def test_plain_price_stays_exact():
    assert rows_of("The card sells for $2,499.", "amount", "value", "low", "qualifier", "unit") == [
        ("$2,499", 2499, None, "exact", "USD")
    ]
