"""Round 101 fiscal quarters: in an article that names an organisation's numbered fiscal year with no stated end and
no country's convention ("some of the benefits anticipated for fiscal 2019 will take longer": a company's year of
accounts, value null), a year-less quarter or half ("the retailer reported third-quarter earnings", "a hurricane
headwind in Q3") is a period of that year of accounts: value null, granularity kept, never the calendar quarter
(find/date_fiscal._names_company_year). The real sentences are the audit pages'
barrons.com/articles/home-depot-stock-earnings-report-51574168486 and foxbusiness.com/markets/
home-depot-sales-earnings-retail (../shared/eval/articles)."""

from __future__ import annotations

from conftest import sentence_dates
from test_counts_real import page_facts

_BARRONS = "barrons.com/articles/home-depot-stock-earnings-report-51574168486"
_FOX = "foxbusiness.com/markets/home-depot-sales-earnings-retail"
_SENTENCE = "Home Depot (ticker: HD) reported $2.53 in per-share earnings for the third quarter."


def test_the_companys_quarter_is_of_its_year_of_accounts():
    facts = page_facts(_BARRONS, "per-share earnings for the third quarter", "date")
    assert (facts["the third quarter"]["value"], facts["the third quarter"]["granularity"]) == (None, "quarter")
    facts = page_facts(_BARRONS, "hurricane headwind in Q3", "date")
    assert facts["Q3"]["value"] is None


def test_a_hyphened_quarter_of_results_too():
    facts = page_facts(_FOX, "reported third-quarter earnings that topped estimates", "date")
    assert facts["third-quarter"]["value"] is None
    assert page_facts(_FOX, "fiscal year 2019 sales growth", "date")["year 2019"]["value"] is None


def test_not_without_a_fiscal_year_in_the_article():
    assert sentence_dates(_SENTENCE, "2019-11-19") == [("the third quarter", "2019-Q3")]


def test_not_a_quarter_with_its_own_year_nor_the_calendars():
    text = (
        _SENTENCE + " Some of the benefits anticipated for fiscal 2019 will take longer. Sales fell in the second "
        "quarter of 2018 and in the calendar third quarter."
    )
    rows = dict(sentence_dates(text, "2019-11-19"))
    assert rows["the third quarter"] is None
    assert rows["the second quarter of 2018"] == "2018-Q2"
    assert rows["third quarter"] == "2019-Q3"  # "the calendar third quarter"


def test_not_a_countrys_fiscal_year():
    # a country's year of accounts is not a company's: its article's quarters are not made null by this rule
    text = "Goldman Sachs says India's FY21 GDP may plummet. " + _SENTENCE
    assert ("the third quarter", "2019-Q3") in sentence_dates(text, "2019-11-19")
