"""Amounts of round 91: a scale word glued to the number after a currency sign ('£1.4million') is read with its scale,
1,400,000 GBP. The news_gold text of geowebnews:220 lost its pound signs; there the bare numbers are no amounts
(the audit guide: no amount without a unit), which the same text with its signs restored must not change."""

from __future__ import annotations

from conftest import gold_quantities, rows_of

SENTENCE = (
    "The county council was recently handed {0}512,339 on top of the {0}1.4million secured in March this year to "
    "help repair potholes on the county's ravaged roads."
)


def test_the_gold_text_without_its_signs_has_no_amount():
    # geowebnews.jsonl, geowebnews:220, as its text stands (the signs lost)
    assert gold_quantities("geowebnews.jsonl", "geowebnews:220", "1.4million", "amount") == []


def test_a_glued_million_after_the_pound_sign_is_read_with_its_scale():
    assert rows_of(SENTENCE.format("£"), "amount", "value", "unit") == [
        ("£512,339", 512339, "GBP"),
        ("£1.4million", 1400000, "GBP"),
    ]
    assert rows_of(SENTENCE.format(""), "amount") == []
