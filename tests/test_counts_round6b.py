"""Numbers that score, price or measure though no unit or sign is written (issue 17, round 6): a basketball
'three', money written without its currency after a verb of money, a currency range with the sign on its low end
only, an age said loosely, a time unit set apart from its number for stress, a decade written "the 80's" and
the total of a line score. Rules: find/count_loose.py
(words in data/count_loose.json) and amounts.py's `_signed_low_end`.

Each test reads a real page of ../shared/eval in place through the whole pipeline (test_counts_real.page_facts),
fails without its rule or its words in extractor/data, and checks that a true count beside it stays a count.
"""

from __future__ import annotations

from test_counts_real import page_facts

_SIXERS = "phillyvoice.com/sixers-76ers-score-record-news-analysis-celtics"
_DEBATE = "huffpost.com/entry/third-republican-presidential-debate-takeaways"
_TARIFF = "deccanherald.com/business/economy-business/beijing-tariff-demands"


def test_a_basketball_three_after_a_verb_of_shooting():
    # "He knocked down a three over his nemesis in Horford, got his mid-range game working ..."
    assert "three" not in page_facts(_SIXERS, "He knocked down a three over his nemesis", "count")
    # "• After his strong debut, Batum hit an early three but didn't do much else of note."
    assert "three" not in page_facts(_SIXERS, "Batum hit an early three", "count")
    # "... playing solid defense against Jayson Tatum and knocking down a big three that helped spark the Sixers'"
    assert "three" not in page_facts(_SIXERS, "knocking down a big three that helped", "count")
    # "He scored six points and grabbed four rebounds, with three of those boards coming on the offensive glass"
    facts = page_facts(_SIXERS, "with three of those boards", "count")
    assert "three" in facts and "four" in facts


def test_money_without_its_sign_after_a_verb_of_money():
    # "“Corrupt politicians in both parties spent trillions, killed millions, made billions for themselves ...":
    # the sums go, the people killed stay
    facts = page_facts(_DEBATE, "spent trillions, killed millions", "count")
    assert "trillions" not in facts and "billions" not in facts
    assert facts["millions"]["low"] == 2_000_000 and "thousands" in facts
    # "hospitals are poised to save millions annually by taking advantage of AI."
    assert "millions" not in page_facts("appen.com/blog/artificial-intelligence", "save millions annually", "count")
    # "Save hundreds on the 16-inch MacBook Pro" (a heading)
    page = "appleinsider.com/articles/19/11/18/16-inch-macbook-pro-review"
    assert "hundreds" not in page_facts(page, "Save hundreds on the 16-inch MacBook Pro", "count")
    # "the purpose of business is to produce happiness not to pile up millions."
    page = "weltwoche.ch/ausgaben/2019-4/artikel/forbes"
    assert "millions" not in page_facts(page, "not to pile up millions", "count")


def test_a_currency_range_with_the_sign_on_its_low_end():
    # "... to achieve the $40-50 billion in annual Chinese purchases of American farm goods touted by Trump"
    marker = "the $40-50 billion in annual Chinese purchases"
    assert "50 billion" not in page_facts(_TARIFF, marker, "count")
    amount = page_facts(_TARIFF, marker, "amount")["$40-50 billion"]
    assert (amount["low"], amount["high"], amount["unit"]) == (40e9, 50e9, "USD")


def test_an_age_said_loosely():
    # "She looked no more than twenty."
    page = "royalroad.com/fiction/34798/melas/chapter/535107"
    assert page_facts(page, "She looked no more than twenty.", "count") == {}
    # "Biden, the country’s oldest ever president at 81, is doing shockingly badly with young voters ..."
    assert "81" not in page_facts(_DEBATE, "the country’s oldest ever president at 81", "count")
    # "The current age to collect full Social Security benefits is 67 for people born in 1960 and later."
    assert "67" not in page_facts(_DEBATE, "The current age to collect full Social Security", "count")
    # "—Jaden, 11": the age of a joke's young writer, signed under it
    assert "11" not in page_facts("redtri.com/best-jokes-for-kids", "—Jaden, 11", "count")
    # "The following four jokes were written by Kaleb, age 4, ..." still counts jokes
    assert "four" in page_facts("redtri.com/best-jokes-for-kids", "The following four jokes", "count")
    # "Biden’s reelection campaign issued nine press releases blasting Republicans on Wednesday." still counts
    assert "nine" in page_facts(_DEBATE, "issued nine press releases", "count")


def test_a_time_unit_set_apart_from_its_number():
    # "Python 3.5 was released in September 2015, almost 7 years after Python 3.0 was released in December 2008.
    # Seven. Years. An ecosystem that falters for that long is generally not healthy."
    assert "Seven" not in page_facts("750955e516e256de", "Seven. Years.", "count")


def test_a_decade_written_with_an_apostrophe():
    # "... which traces back to the 80's enables similar functionality —"
    page = "emacspeak.blogspot.com/2019/10/meta-programming-in-emacs"
    assert "80" not in page_facts(page, "which traces back to the 80's", "count")


def test_the_total_of_a_line_score():
    # "Rockledge 14 11 6 15 — 44" and "Palm Bay 18 22 13 17 — 70": the totals of a basketball line score
    page = "floridatoday.com/story/sports/high-school/2019/11/20/hs-roundup-viera-defeats-rockledge"
    assert "44" not in page_facts(page, "Rockledge 14 11 6 15 — 44", "count")
    assert "70" not in page_facts(page, "Palm Bay 18 22 13 17 — 70", "count")
    # "Palm Bay (1-0): Tolivert 25 points." still counts points
    assert "25" in page_facts(page, "Tolivert 25 points", "count")
