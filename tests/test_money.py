import re

import pycountry
import pytest

from extractor.normalize import money


@pytest.mark.parametrize(
    "symbol, code",
    [
        ("$", "USD"),
        ("US$", "USD"),
        ("HK$", "HKD"),
        ("A$", "AUD"),
        ("C$", "CAD"),
        ("€", "EUR"),
        ("£", "GBP"),
        ("¥", "JPY"),
        ("RMB", "CNY"),
        ("₹", "INR"),
        ("EUR", "EUR"),
        ("us $", "USD"),
        ("hk $", "HKD"),
        ("Hk$", "HKD"),
        ("c $", "CAD"),
        ("C $", "CAD"),
        ("Rs.", "INR"),
        ("R$", "BRL"),
        ("NT$", "TWD"),
        ("S$", "SGD"),
        ("CHF", "CHF"),
        ("SEK", "SEK"),
    ],
)
def test_prefix_code(symbol, code):
    assert money.prefix_code(symbol) == code


def test_shared_sign_follows_article():
    assert money.prefix_code("¥", "The fund holds 5 billion yuan.") == "CNY"


@pytest.mark.parametrize(
    "name, code",
    [
        ("yuan", "CNY"),
        ("euros", "EUR"),
        ("rupees", "INR"),
        ("Canadian dollars", "CAD"),
        ("US dollars", "USD"),
        ("dollars", "USD"),
        ("Swiss francs", "CHF"),
        ("Japanese yen", "JPY"),
        ("pounds sterling", "GBP"),
        ("Finnish markka", "FIM"),
    ],
)
def test_name_code(name, code):
    assert money.name_code(name) == code


def test_prefix_found_before_number():
    text = "worth HK$3.5"
    m = money.prefix_regex().search(text, 0, text.index("3"))
    assert m.group(0) == "HK$"


def test_table_codes_are_iso_or_historic():
    historic = set(money.data()["historic"].values())
    for code in set(money.name_table().values()) | set(money.data()["prefix_symbols"].values()):
        assert code is None or code in historic or pycountry.currencies.get(alpha_3=code), code


@pytest.mark.parametrize(
    "text, prefix",
    [
        ("revenue of c $ 16.4 million", "c $ "),
        ("a $5 bill", "$"),
        ("it's $5", "$"),  # one-letter spaced: only "c"
    ],
)
def test_spaced_letter_dollar(text, prefix):
    m = money.prefix_regex().search(text, 0, re.search(r"\d", text).start())
    assert m.group(0) == prefix
