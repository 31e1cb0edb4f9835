"""Count classes of the fourth judged audit (issue 17): shares, the pronoun "one", "N out of M", code, names.

One test per class, each on a real page of ../shared/eval read in place through the whole pipeline (see
test_counts_real.page_facts), each failing without its rule (extractor/find/count_forms.py, count_context.py's
fraction rule) or its words in the data; where the block has one, a true count near it stays a count.
"""

from __future__ import annotations

from test_counts_real import page_facts

ADS = "dfd43bc0d46e7aaa78ba10fbcb5b9fdfe78771d36cb4c7497e17fb6f69170ec5"
LAPTOP = "65bf3048b500bbd84928d9122f99617ca898216b91add1d8b2ac09c670484a5c"
POLLUTION = "16c30add7e96315e9cc957d85aa876ccb6b70055f0ddab51547a586117cc1f56"
MOON = "686bb170effe273eaff1c0f88e412172e8d972518a6d1454c896f52aafaa9643"
SOCCER = "9a440270bf8625d586039dfae1b8df409b467524e075124cd7a5424a5806901b"


def test_a_fraction_before_of_is_a_share():
    # "LVMH is financially covering two-thirds of the cost, while another private company is donating..."
    assert "two-thirds" not in page_facts("6325c122928ae5ff", "two-thirds of the cost", "count")
    # "in-ad units generate about one quarter of the revenue of recommendation widgets" (of the three ad units)
    facts = page_facts(ADS, "one quarter of the revenue", "count")
    assert "about one quarter" not in facts and "three" in facts


def test_one_as_a_pronoun():
    # "Especially one Apple has already adopted en masse with millions of iPhones."
    facts = page_facts(LAPTOP, "Especially one Apple", "count")
    assert "one" not in facts and "millions" in facts
    # "the “right” side of any one partisan divide"; "No one sector wants to sign up for regulations"
    assert "one" not in page_facts("c7ad74e759d1e6c1", "any one partisan divide", "count")
    assert "one" not in page_facts(POLLUTION, "No one sector", "count")


def test_n_out_of_m_is_a_proportion():
    # "often enough to be noted more than one night out of 17"
    facts = page_facts(MOON, "one night out of 17", "count")
    assert "17" not in facts and "more than one" not in facts
    # "converted half of its four chances to make it seven victories out of eight in all competitions"
    facts = page_facts(SOCCER, "seven victories out of eight", "count")
    assert "seven" not in facts and "eight" not in facts and "four" in facts


def test_numbers_in_code_and_identifiers():
    # "$ python foo.py 1 key error 1 $ python foo.py 2 value error 2"
    assert not page_facts("e832f18b8815be11", "value error 2", "count")
    # "the only rules are that \0 terminates the filename and / is special"
    assert "0" not in page_facts("750955e516e256de", "terminates the filename", "count")
    # "contact police online or by calling 101 quoting serial 497 of 04/09"
    assert "497" not in page_facts("7108cef170b2414c", "quoting serial 497", "count")


def test_a_small_number_hyphened_into_a_name():
    # "1-Bedroom Sunset Ocean Front Villa, or 1-Bedroom Sunrise Ocean Front Villa"
    assert "1" not in page_facts("9a4152770379fa84", "1-Bedroom Sunset", "count")
    # "Two-Factor Authentication"
    assert "Two" not in page_facts("2e18be727db2f4b8", "Two-Factor Authentication", "count")
    # "Penny's 8-Heart and 10-Heart Events" (the block still counts "six hearts")
    facts = page_facts("936ff4fe484cc870", "8-Heart and 10-Heart", "count")
    assert "8" not in facts and "10" not in facts and "six" in facts
