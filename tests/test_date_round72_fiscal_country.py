"""Round 72 dates: an article that names one country's numbered fiscal year as its own (the title's "India's FY21
GDP") reads its other numbered fiscal years with no owner of their own ("in FY21 on March 22", "for FY20") in that
country's convention (date_fiscal._article_country), not as a null year; one with an owner of its own stays that
owner's."""

from __future__ import annotations

from conftest import dates_on, sentence_dates

GOLDMAN_INDIA = ("webpages", "6a259c172b43829f")  # moneycontrol.com: Goldman Sachs on India's FY21 GDP, 2020-04-08
TITLE = (
    "Goldman Sachs says India\u2019s FY21 GDP may plummet to a multi-decade low of 1.6%, the bleakest forecast so far"
)


def test_a_bare_fiscal_year_takes_the_convention_of_the_country_the_article_names():
    body = "on a real basis in FY21 on March 22"
    assert ("FY21", "2020-04/2021-03") in dates_on(*GOLDMAN_INDIA, body)
    assert ("FY20", "2019-04/2020-03") in dates_on(*GOLDMAN_INDIA, "a decadal low of 5 per cent for FY20")


def test_a_fiscal_year_with_an_owner_of_its_own_is_not_the_countrys():
    text = TITLE + ".\n\nThe company's FY20 profit fell by half."
    assert ("FY20", None) in sentence_dates(text, "2020-04-08")
