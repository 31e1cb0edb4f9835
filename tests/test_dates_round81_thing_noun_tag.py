"""Dates of round 80 (issue 17): a holiday set before a noun it dates ("Walmart's Black Friday adscan") in a past
clause of another act is the coming one when the past one lies far back (date_resolve._far_past_thing). The tagger
took the lowercase "adscan" for a proper noun, so the holiday dated no thing and the past verb ("went up") gave last
year's Black Friday; a word in lowercase is no name, and dates_a_thing (date_tense) now reads it as the common noun
it is. A holiday the past clause tells of itself ("Shoppers flocked to stores on Black Friday") keeps the past one.
The sentence is a real one of ../shared/eval (IGN daily deals, 2019-11-18)."""

from __future__ import annotations

from conftest import dates_on, sentence_dates

IGN = ("articles", "287e4d9f4af31733aad6534aefb2bd00fb344ec8d6ebf1ac99dbc4d762da0ca4")
ADSCAN = "Walmart's Black Friday adscan just went up last night and several deals are already available."


def test_a_holiday_before_a_mistagged_thing_noun_on_the_page():
    assert ("Black Friday", "2019-11-29") in dates_on(*IGN, "Black Friday adscan just went up")


def test_the_same_sentence_and_a_holiday_told_in_the_past():
    assert sentence_dates(ADSCAN, "2019-11-18") == [("Black Friday", "2019-11-29"), ("last night", "2019-11-17")]
    assert sentence_dates("Shoppers flocked to stores on Black Friday.", "2019-11-18") == [
        ("Black Friday", "2018-11-23")
    ]
