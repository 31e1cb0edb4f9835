"""Amounts: computing power, a qualifier before an article, kilobits a second and a storm's millibars.

- Computing power in FLOPS is a measure: "10.7 teraflop hardware" is 10.7 `Tcount/s` (pint has no FLOPS: the rate
  is its count of operations a second, the prefix kept), "9 TFLOPs" too; no count of "teraflops" (data/units.json,
  the count/s entries).
- A qualifier bounds an amount across the article of the noun it modifies: "more than a $147 savings" is more
  than $147, "up to a $250,000 fine" at most $250,000 (find/amounts.py _article_qualifier;
  quantity_qualifiers.json before_article); a preposition of place does not ("under a 5in (12cm) concrete slab").
- "kbps" is kilobits a second (units.json kbit/s), and a lower-case "mb" in a sentence on a storm's pressure, at a
  reading the air takes, is millibars (normalize/units.py _is_pressure; units.json pressure_cues, pressure_range).
  No text of ../shared/eval writes either: the sentences here are written for the test.
- An area hyphened into a modifier is an amount: "the same 37,000-square-foot building" is 37,000 `ft**2`, no fact
  before (units.json: the square-foot, square-mile, square-metre and square-kilometre names).
- A value carries no binary noise: "fined $16.6 million" is 16600000, not 16600000.000000002 (models.py
  _without_float_noise: the 15 significant digits a float holds).
"""

from __future__ import annotations

from conftest import gold_quantities, text_facts


def _amounts(text: str) -> dict[str, tuple]:
    return {f.text: (f.value, f.low, f.high, f.qualifier, f.unit) for f in text_facts(text, "amount")}


def test_teraflops_are_computing_power_not_a_count():
    text = (
        "Prior to launch Google promised players would be able to tap into powerful 10.7 teraflop hardware, "
        "allowing anybody to play games at 4k and 60fps on high settings, but the reality seems to be somewhat "
        "different."
    )
    assert _amounts(text)["10.7 teraflop"] == (10.7, None, None, "exact", "Tcount/s")
    title = "AMD Radeon Pro W5700 With Navi 10 GPU Announced For Workstations – USB Type-C & 9 TFLOPs For $799 US"
    assert _amounts(title)["9 TFLOPs"][4] == "Tcount/s"
    assert not [f for f in text_facts(title, "count") if "FLOP" in (f.counted or "")]


def test_lower_case_flops_are_failures():
    assert not text_facts("The studio had two flops and 10 flops in a row.", "amount")


def test_qualifier_before_the_article_of_the_noun():
    savings = (
        "That’s $200 off the regular rate, more than a $147 savings compared to Amazon’s current sale price, and "
        "happens to be a match for the lowest Amazon offer we can find."
    )
    assert _amounts(savings)["more than a $147"] == (147, 147, None, "more_than", "USD")
    fine = "Carlineo faces a maximum of 10 years in prison and up to a $250,000 fine."
    assert _amounts(fine)["up to a $250,000"] == (250000, None, 250000, "at_most", "USD")
    angle = "when the cable is pulled from less than a 40-degree angle from center on the horizontal plane"
    assert _amounts(angle)["less than a 40-degree"][3] == "less_than"


def test_a_preposition_of_place_before_the_article_bounds_nothing():
    slab = (
        "County detectives found a skeleton buried 7ft (2.1m) in the dirt floor basement under a 5in (12cm) "
        "concrete slab."
    )
    assert _amounts(slab)["5in"] == (5, None, None, "exact", "in")


def test_kbps_is_kilobits_a_second():
    assert _amounts("The service ran over a 56 kbps modem.")["56 kbps"][4] == "kbit/s"


def test_millibars_of_a_storm():
    assert _amounts("The storm's central pressure fell to 960mb overnight.")["960mb"][4] == "mbar"
    assert _amounts("The update is a 960mb download.")["960mb"][4] == "Mbit"


def test_an_area_hyphened_into_a_modifier():
    text = (
        "He’s not as famous for his whiskeys, but for the past five years he’s distilled, aged, and bottled a dozen "
        "of them in downtown Hammond out of the same 37,000-square-foot building where he runs the brewery and its "
        "brewpub. That’s just down the block from his 8,000-square-foot Fermentorium warehouse, special events space, "
        "and Airbnb."
    )
    amounts = _amounts(text)
    assert amounts["37,000-square-foot"] == (37000, None, None, "exact", "ft**2")
    assert amounts["8,000-square-foot"][4] == "ft**2"


def test_a_scaled_decimal_has_no_float_noise():
    facts = gold_quantities("geowebnews.jsonl", "geowebnews:291", "fined $16.6 million", "amount")
    assert ("$16.6 million", 16600000, None, None, "USD") in facts
    assert all(type(value) is int for _, value, *_ in facts if value == 16600000)
