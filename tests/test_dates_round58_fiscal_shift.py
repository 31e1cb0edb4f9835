"""Dates of round 58 (issue 17), a fiscal year counted by a shift word: "next fiscal year", "the current fiscal
year", "the last financial year" are dates of the article (a year of accounts), their value null as a fiscal
year's bounds depend on the organisation (find/date_fiscal._shifted_fiscal); "next year" stays the calendar's."""

from __future__ import annotations

from conftest import gold_dates, text_facts


def test_next_fiscal_year_is_a_date_with_no_value():
    # geowebnews:244: "The bill adds more than $10 million next fiscal year to help 31 school districts"
    found = gold_dates("geowebnews.jsonl", "geowebnews:244", "next fiscal year", "granularity")
    assert ("next fiscal year", None, "year") in found


def test_the_current_fiscal_year_is_a_date_with_no_value():
    # the sentence of geowebnews:12 alone, its gloss's sentence left out: a year of accounts with no bounds it gives
    text = "Exports fell during the first nine months of the current fiscal year (March 20-Dec. 21)."
    found = [(f.text, f.value, f.granularity) for f in text_facts(text, "date")]
    assert ("the current fiscal year", None, "year") in found
    # round 99: in geowebnews:12 itself it is the year the article's first gloss bounded (date_fiscal._counted_years)
    found = gold_dates("geowebnews.jsonl", "geowebnews:12", "Trade Promotion Organization", "granularity")
    assert ("the current fiscal year", "2017-03-20/2018-03-19", "day") in found
    # round 59: its own stated start gives it bounds ("the current fiscal year (started March 20, 2017)")
    found = gold_dates("geowebnews.jsonl", "geowebnews:12", "witnessed decrease during", "granularity")
    assert ("the current fiscal year", "2017-03-20/2018-03-19", "day") in found


def test_next_year_stays_the_calendar_year():
    # the same sentence with no fiscal word: a plain "next year" is unchanged (null on a page with no date)
    facts = text_facts("The bill adds more than $10 million next year to help 31 school districts.", "date")
    assert [(f.text, f.granularity) for f in facts] == [("next year", "year")]
