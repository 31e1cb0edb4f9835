"""Amounts: a home country's letter sign glued to a number (currencies.json home_letter_signs): 'P5 million' in a
Philippine story is pesos; the same letter in a story of no such home is no currency and no fact.
And the dollar sign glued before the code's letters, as Australian copy writes the US dollar ('$US4.5 billion')."""

from conftest import gold_quantities, text_facts

# ../shared/eval/news_gold geowebnews:302, a Paranaque court's drug sentence: its places all lie in the Philippines
DAMAGES = "Suarez also ordered Deen and Villanueva to pay P5 million in damages."
EACH = "The convicts will also have to pay P500,000 each."


def test_peso_sign_in_a_philippine_story():
    assert gold_quantities("geowebnews.jsonl", "geowebnews:302", DAMAGES, "amount") == [
        ("P5 million", 5_000_000, None, None, "PHP")
    ]
    assert gold_quantities("geowebnews.jsonl", "geowebnews:302", EACH, "amount") == [
        ("P500,000", 500_000, None, None, "PHP")
    ]


def test_letter_sign_without_a_home_is_no_amount():
    assert text_facts(DAMAGES, "amount") == []
    assert [f.text for f in text_facts(DAMAGES, "count")] == []


def test_not_the_p_of_s_and_p():
    # ../shared/eval/webpages: a Fox Business page of 2019-11-19
    text = "Home Depot shares are up 39 percent year-to-date while the S&P 500 is up 24.5 percent."
    assert [f.text for f in text_facts(text, "amount")] == ["39 percent", "24.5 percent"]


# geowebnews:235, an AP story from Kuala Lumpur in Australian copy, which writes the US dollar '$US'
STOLEN = "at least $US4.5 billion ($5.8 billion) was stolen from 1MDB"


def test_dollar_sign_before_the_code_letters():
    facts = gold_quantities("geowebnews.jsonl", "geowebnews:235", STOLEN, "amount")
    assert ("at least $US4.5 billion", 4_500_000_000, 4_500_000_000, None, "USD") in facts
    assert ("$US1.7 billion", 1_700_000_000, None, None, "USD") in facts
