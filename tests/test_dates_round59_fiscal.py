"""Round 59, dates: a numbered fiscal year a country owns ("India's FY21 GDP") is that country's year of accounts
(date_fiscal._national_year, national_fiscal_years in dates.json), a company's stays null; a fiscal year counted by
a shift word with its own first or last day stated right after it ("the current fiscal year (started March 20,
2017)") is the twelve months from or to that day (date_fiscal._own_bounds, fiscal_bound_between)."""

from conftest import text_facts


def _dates(text: str) -> dict:
    return {f.text: (f.value, f.granularity) for f in text_facts(text, "date")}


def test_a_countrys_fiscal_year_is_its_year_of_accounts():
    text = "Goldman Sachs says India’s FY21 GDP may plummet to a multi-decade low of 1.6%, the bleakest forecast so far"
    assert _dates(text)["FY21"] == ("2020-04/2021-03", "month")


def test_a_companys_fiscal_year_stays_null():
    text = "Looking ahead, Home Depot sees fiscal year 2019 sales growth of 1.8 percent and comparable sales growth of 3.5 percent."
    assert _dates(text)["year 2019"] == (None, "year")
    assert _dates("SPH had also paid a special dividend of one cent for FY19.")["FY19"] == (None, "year")


def test_a_fiscal_year_with_its_own_stated_start_is_the_twelve_months_from_it():
    text = (
        "By Trend Iran's mutual trade with the Commonwealth of Independent States (CIS) has witnessed decrease during "
        "the current fiscal year (started March 20, 2017)."
    )
    assert _dates(text)["the current fiscal year"] == ("2017-03-20/2018-03-19", "day")
    text = "The bill adds more than $10 million next fiscal year to help 31 school districts."
    assert _dates(text)["next fiscal year"] == (None, "year")
