"""Round 89: a count ahead in the clause a verb of saying reports counts from the day that verb names.

"announced Monday that work will start in 10 days" on a page of Thursday 2018-03-29 is ten days after Monday
2018-03-26, not after the page's date (date_deictic.reported_ahead); outside the reported clause, or with no weekday
on the verb, the count stays on the page's date.
"""

from conftest import sentence_dates

# news_gold geowebnews:23, published 2018-03-29 (a Thursday), quoted as in its text
REAL = (
    "TIJUANA & SAN DIEGO,, MARCH 29, 2018 -- The Mexican government announced Monday that work will start in 10 days "
    "to improve Tijuana's sewage and wastewater infrastructure along the border."
)


def test_count_ahead_reported_on_a_weekday_counts_from_that_day() -> None:
    assert ("in 10 days", "2018-04-05") in sentence_dates(REAL, "2018-03-29")


def test_tomorrow_reported_on_a_weekday_is_the_day_after_it() -> None:
    dates = sentence_dates("Officials said Monday the talks will resume tomorrow.", "2018-03-29")
    assert ("tomorrow", "2018-03-27") in dates


def test_no_weekday_on_the_verb_counts_from_the_page() -> None:
    dates = sentence_dates("The Mexican government announced that work will start in 10 days.", "2018-03-29")
    assert ("in 10 days", "2018-04-08") in dates


def test_outside_the_reported_clause_counts_from_the_page() -> None:
    dates = sentence_dates("The plan announced Monday takes effect tomorrow.", "2018-03-29")
    assert ("tomorrow", "2018-03-30") in dates
