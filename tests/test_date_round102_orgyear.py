"""Round 102 a company's year of results: a bare year between a company's name and a lower-case noun of its
results or measures ("Volkswagen's Skoda Auto 2019 deliveries dip to 1.24 million cars due to weaker sales in
China") is the year those results are of, as "Skoda's 2019 deliveries" is, though spaCy reads the year into the
company's name (ORG "Skoda Auto 2019") and the parse hangs it on "Auto" as a name's number (date_names.ends_name).
Read by find/date_matches.org_year_results: only after an ORG entity ending at the year or right before it; a
product's or an event's name before the year ("Football Manager 2020 sales") keeps the year as its number. The real
sentence is the audit page reuters.com/article/us-volkswagen-skoda-idUSKBN1ZC1DA (../shared/eval/webpages id
3362661650eb007f)."""

from __future__ import annotations

from conftest import sentence_dates
from test_counts_real import page_facts

_PAGE = "3362661650eb007f"  # the webpages manifest id of the Reuters story (its feed URL ends idUSKBN1ZC1DA)
_SENTENCE = "Volkswagen's Skoda Auto 2019 deliveries dip to 1.24 million cars due to weaker sales in China"


def test_the_real_headline_dates_the_deliveries():
    facts = page_facts(_PAGE, "Skoda Auto 2019 deliveries dip", "date")
    assert (facts["2019"]["value"], facts["2019"]["granularity"]) == ("2019", "year")


def test_a_company_before_its_years_results():
    assert sentence_dates(_SENTENCE, "2020-01-10") == [("2019", "2019")]
    assert sentence_dates("Toyota Motor 2018 sales rose 2 percent.", "2020-01-10") == [("2018", "2018")]


def test_not_a_products_name_nor_a_year_before_another_noun():
    assert sentence_dates("Football Manager 2020 sales topped a million copies.", "2020-01-10") == []
    assert sentence_dates("Westedge 2014 was a conference.", "2020-01-10") == []
    # no noun of results after the year: the year still numbers the name spaCy reads it into
    assert sentence_dates("Volkswagen's Skoda Auto 2019 lineup was shown in Prague.", "2020-01-10") == []
