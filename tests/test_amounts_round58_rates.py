"""Amounts a careful news reader would sign, round 58 (issue 17): recall classes.

- A rate whose unit symbol stands only glued to a number elsewhere ("20t", "-10C"): "A boiler produces 30 t/h of
  superheated steam" (tr_news) is 30 `t/h`; the slash and a unit of time make the spaced "t" a unit
  (normalize/units._spaced_rate).
- A nutrition label's columns run together: "Protein 22g44%" is 22 g and 44% of the daily value (units._END lets a
  unit end before a glued percentage; normalize/numbers.glued_percents finds the percentage's digits).
- A number with a group of two digits glued after its comma ("The £120,00-a-year SNP health secretary") lost a digit
  or writes a decimal comma: £120 is neither reading, so no amount (find/amounts._broken_group).
- A currency's letter sign glued to a number with a scale word is money: "estimated at R2bn" (geowebnews) is ZAR,
  "Demand N500m" and "at N60 million" NGN (the naira's N, currencies.json prefix_symbols, glued_prefixes;
  normalize/numbers.glued_sums); without a scale word the letter and digits name a model ("an N95 mask", "R2").
"""

from __future__ import annotations

from conftest import gold_quantities, rows_of


def test_a_spaced_tonne_per_hour_is_a_rate():
    found = gold_quantities("tr_news.jsonl", "tr-news:1240001", "A boiler produces 30 t/h", "amount")
    assert ("30 t/h", 30, None, None, "t/h") in found


def test_a_glued_nutrition_column_is_a_measure_and_a_percent():
    # webpages: foxyfolksy.com, chocolate buttercream frosting (nutrition facts)
    assert rows_of("Protein 22g44%", "amount", "value", "unit") == [("22g", 22, "g"), ("44%", 44, "%")]
    assert rows_of("Sodium 1738mg72%", "amount", "value", "unit") == [("1738mg", 1738, "mg"), ("72%", 72, "%")]


def test_a_unit_glued_to_digits_without_a_percent_stays_unread():
    assert rows_of("The 3g4 chip is fast.", "amount", "value", "unit") == []


def test_a_comma_group_of_two_digits_is_no_amount():
    # webpages: thescottishsun.co.uk, SNP cabinet minister racks up roaming charges
    text = "“The £120,00-a-year SNP health secretary should do the decent thing and repay this money.”"
    assert rows_of(text, "amount", "value", "unit") == []
    assert rows_of("The £120,000-a-year SNP health secretary should resign.", "amount", "value", "unit") == [
        ("£120,000", 120000, "GBP")
    ]


def test_a_glued_letter_sign_with_a_scale_word_is_money():
    found = gold_quantities("geowebnews.jsonl", "geowebnews:140", "are estimated at R2bn", "amount")
    assert ("R2bn", 2e9, None, None, "ZAR") in found
    found = gold_quantities("geowebnews.jsonl", "geowebnews:159", "Obinze at N60 million", "amount")
    assert ("N60 million", 6e7, None, None, "NGN") in found
    # webpages: theparadigmng.com, Saraki, Melaye, Ben Bruce drag IGP Idris to court
    assert rows_of("Saraki, Melaye, Ben Bruce Drag IGP Idris to Court, Demand N500m", "amount", "value", "unit") == [
        ("N500m", 5e8, "NGN")
    ]


def test_a_glued_letter_without_a_scale_word_names_a_model():
    assert (
        rows_of(
            "My friend posted a picture of herself wearing an N95 mask with an exhalation valve.",
            "amount",
            "value",
            "unit",
        )
        == []
    )
    assert (
        rows_of("What do you call a droid that takes the long way around? R2 detour.", "amount", "value", "unit") == []
    )
