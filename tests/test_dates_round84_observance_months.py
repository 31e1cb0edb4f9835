"""Observance months read as holidays are (dates.json observance_months, resolvers.holiday_period).

- 'Women's History Month' is March, 'Pride Month' June, 'Hispanic Heritage Month' September 15 to October 15: the
  one nearest the reference date (or the year the text gives), at month granularity (a span of days for the last).
- 'Black History Month' is February, but October on a British or Irish page, and 'Women's History Month' October on a
  Canadian one (observance_country_months, read with the page's country: find/dates.page_country).
- A generic use ('Every Black History Month') follows a holiday's rules: no date.
"""

from __future__ import annotations

import datetime as dt

from conftest import eval_facts, sentence_dates

from extractor.find.dates import find_dates
from extractor.nlp import load


def test_womens_history_month_on_the_page():
    # webpages/html/8cd71899784232a5.html.gz (github.blog, 2019-03-29)
    dates = [
        (f["text"], f["value"], f["granularity"])
        for f in eval_facts("webpages", "8cd71899784232a5")
        if f["kind"] == "date" and "we’re spending Women’s History Month with women leaders" in f["sentence"]
    ]
    assert dates == [("Women’s History Month", "2019-03", "month")]


def test_observance_month_nearest_the_reference_date():
    text = (
        "From driving software development in large companies, we’re spending Women’s History Month with women leaders."
    )
    assert sentence_dates(text, "2019-03-29") == [("Women’s History Month", "2019-03")]
    assert sentence_dates("The parade closed Pride Month in 2017.", "2019-03-29")[0] == ("Pride Month", "2017-06")


def test_hispanic_heritage_month_is_a_span_of_days():
    assert ("Hispanic Heritage Month last year", "2017-09-15/2017-10-15") in sentence_dates(
        "We celebrated Hispanic Heritage Month last year.", "2018-04-10"
    )


def test_generic_observance_month_is_no_date():
    assert sentence_dates("Every Black History Month, the school reads her poems.", "2018-04-10") == []


def _black_history(country: str | None) -> list[str | None]:
    doc = load()("The museum opened its exhibition during Black History Month last year.")
    facts = find_dates([doc], dt.date(2018, 4, 10), country=country)
    return [f["value"] for f in facts]


def test_black_history_month_by_the_pages_country():
    assert _black_history(None) == ["2017-02"]
    assert _black_history("US") == ["2017-02"]
    assert _black_history("GB") == ["2017-10"]


def test_womens_history_month_by_the_pages_country():
    # Canada keeps Women's History Month in October (since 1992), the US and Britain in March; a curly apostrophe,
    # as the pages write it, reads the same as a straight one
    doc = load()("The library held a reading during Women’s History Month last year.")
    facts = find_dates([doc], dt.date(2018, 4, 10), country="CA")
    assert [f["value"] for f in facts] == ["2017-10"]
    assert [f["value"] for f in find_dates([doc], dt.date(2018, 4, 10), country="GB")] == ["2017-03"]
