"""Round 89: on a page with no date, a year-less range whose start repeats the month and day of a full date the
article wrote takes that date's year (date_resolve._restated_day_year); a range of other days stays unplaced."""

from conftest import rows_of

# news_gold geowebnews:12 (no published date), quoted as in its text
REAL = (
    "By Trend Iran's mutual trade with the Commonwealth of Independent States (CIS) has witnessed decrease during the "
    "current fiscal year (started March 20, 2017). The latest data released by Trade Promotion Organization of Iran "
    "(TPOI)\u200e indicates that the Islamic Republic's export to CIS countries has registered a fall by 4 percent in "
    "terms of value to $1,430 million during the first nine months of the current fiscal year (March 20-Dec. 21)."
)


def test_range_starting_on_a_restated_day_takes_its_year() -> None:
    assert ("March 20-Dec. 21", "2017-03-20/2017-12-21") in rows_of(REAL, "date", "value")


def test_range_of_other_days_stays_unplaced() -> None:
    near = "The fiscal year started March 20, 2017. Exports fell from April 3 to May 9."
    assert ("from April 3 to May 9", None) in rows_of(near, "date", "value")
