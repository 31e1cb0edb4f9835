"""Amounts: qualifiers of a hedge, of a requirement's bound and of a conversion.

- "perhaps", "possibly" and "maybe" right before a number make it approximate: "a narrow area, perhaps 30 miles
  across" (quantity_qualifiers.json before.approximate).
- A bound that opens a line of requirements (or follows a colon) bounds the amount after it: "Minimum 4 GB of
  memory" is at least 4 GB; "allotted the maximum 10 per cent" is the maximum itself, exact (find/amounts.py
  _spec_bound; quantity_qualifiers.json dimension_bounds).
- An exact amount right after a qualified one, in brackets or after "or", in another unit or currency restates it
  and shares its qualifier: "about 2,750 tons, or 2,500 metric tons", "up to 6,000 metres (20,000 feet)", "more
  than 60 million rupees ($935,000)" (find/amounts.py carried_qualifiers; quantity_qualifiers.json
  conversion_joiners). One with its own qualifier keeps it ("8,000 Egyptian pounds (about $453)").
"""

from __future__ import annotations

from conftest import gold_quantities, text_facts


def _amounts(text: str) -> dict[str, tuple]:
    return {f.text: (f.value, f.low, f.high, f.qualifier, f.unit) for f in text_facts(text, "amount")}


def test_perhaps_is_approximate():
    text = (
        "If the sting jet does hit, it will most likely affect only a narrow area, perhaps 30 miles across, and last "
        "only a few hours."
    )
    assert _amounts(text)["perhaps 30 miles"] == (30, None, None, "approximate", "mi")


def test_minimum_opening_a_requirement():
    found = _amounts("Minimum 4 GB of memory, 16 GB is recommended")
    assert found["Minimum 4 GB"] == (4, 4, None, "at_least", "GB")
    assert found["16 GB"][3] == "exact"
    text = "Applicants bidding for so many shares they will be allotted the maximum 10 per cent of the total."
    assert _amounts(text)["10 per cent"][3] == "exact"


def test_conversion_shares_the_qualifier():
    text = (
        "That's almost enough to fill an Olympic-size swimming pool (which contains about 2,750 tons, or 2,500 "
        "metric tons, of water)."
    )
    assert _amounts(text)["2,500 metric tons"] == (2500, None, None, "approximate", "t")
    assert ("20,000 feet", 20000, None, 20000, "ft") in gold_quantities(
        "geowebnews.jsonl", "geowebnews:14", "can operate in depths up to 6,000 metres", "amount"
    )
    assert ("$935,000", 935000, 935000, None, "USD") in gold_quantities(
        "geowebnews.jsonl", "geowebnews:299", "more than 60 million rupees", "amount"
    )


def test_a_conversion_with_its_own_qualifier_keeps_it():
    found = _amounts("The fine was 8,000 Egyptian pounds (about $453), his lawyer said.")
    assert found["8,000 Egyptian pounds"][3] == "exact"
    assert found["about $453"][3] == "approximate"
