"""A bare '$' converting a dollar the text writes out, round 80 (issue 17, a80).

'at least $US4.5 billion ($5.8 billion)' in a Sydney paper: the bracketed bare '$' converts the US dollars the text
has just named into the paper's own dollar, AUD (find/amounts.py converted_dollars, normalize/money.py
local_dollar), and shares the qualifier. With no local dollar known (a .com page) it stays as money.bare_dollar
reads it; a bare '$' beside a bare '$' is no conversion of a named dollar.
"""

from __future__ import annotations

from conftest import text_as_article

# news_gold geowebnews:235, a Sydney Morning Herald story on 1MDB
SENTENCE = (
    "The US Justice Department says at least $US4.5 billion ($5.8 billion) was stolen from 1MDB by associates of"
    " Najib and it is working to seize $US1.7 billion allegedly taken from the fund to buy assets in the US."
)
SMH = (
    "https://www.smh.com.au/world/asia/key-malaysian-opposition-party-suspended-ahead-of-election-20180406-p4z81j.html"
)


def _amounts(text: str, source: str) -> list[tuple]:
    facts = text_as_article(text, source).facts or []
    return [(f.text, f.value, f.qualifier, f.unit) for f in facts if f.kind == "amount"]


def test_conversion_in_an_australian_paper_is_aud():
    assert _amounts(SENTENCE, SMH) == [
        ("at least $US4.5 billion", 4500000000, "at_least", "USD"),
        ("$5.8 billion", 5800000000, "at_least", "AUD"),
        ("$US1.7 billion", 1700000000, "exact", "USD"),
    ]


def test_no_local_dollar_leaves_it():
    amounts = _amounts(SENTENCE, "https://www.example.com/world/1mdb.html")
    assert ("$5.8 billion", 5800000000, "exact", "USD") in amounts


def test_bare_beside_bare_is_no_conversion():
    amounts = _amounts("The company paid $4.5 billion ($5.8 billion) for the mine in Malaysia.", SMH)
    assert [unit for *_, unit in amounts] == ["USD", "USD"]


def test_same_dollar_as_the_paper_is_left_to_bare_dollar():
    amounts = _amounts("It cost C$100 ($75) in Toronto.", "https://www.cbc.ca/news/story.html")
    assert amounts == [("C$100", 100, "exact", "CAD"), ("$75", 75, "exact", "USD")]


def test_other_currency_is_no_named_dollar():
    # a wire story converts any currency into US dollars with a bare '$': only a named dollar sets '$' apart
    amounts = _amounts("Petrobras paid 5 million reais ($1.3 million) in Brazil.", SMH)
    assert ("$1.3 million", 1300000, "exact", "USD") in amounts
