""" "this/last/next holiday season" on a dated page is that year's holiday season (resolvers._holiday_season).

- The year-end holidays' weeks run from Thanksgiving (dates.json holiday_season_start) to December 31; the shift
  picks the year as it does for "this summer": the one under way, the last one ended, the next one begun, or in a
  past clause the one gone by. No TIMEX3 code names it: the value is the interval of days, granularity day
  (as an observance's span of days).
- A sport's "next season" stays null; an undated text's "this holiday season" too (nothing to resolve against).
"""

from __future__ import annotations

from conftest import dates_on, sentence_dates

PAGE = "4219d096902dad9fd9d57e881e7928ca66bdf5334c2bc7dfddaa264887777a7a"


def test_this_holiday_season_on_the_page():
    # articles (theantijunecleaver.com/2017/12/spiced-honey-pear-jam-recipe, a page of 2017-12-06)
    assert dates_on("articles", PAGE, "This holiday season I was thinking of flavors") == [
        ("This holiday season", "2017-11-23/2017-12-31")
    ]


def test_holiday_season_shifted_from_the_reference_date():
    text = "This holiday season I was thinking of flavors that would put me in the holiday spirit when it came to me."
    assert sentence_dates(text, "2017-12-06") == [("This holiday season", "2017-11-23/2017-12-31")]
    assert sentence_dates("Retailers expect strong sales this holiday season.", "2018-04-10") == [
        ("this holiday season", "2018-11-22/2018-12-31")
    ]
    assert sentence_dates("Sales this holiday season were weak.", "2018-04-10") == [
        ("this holiday season", "2017-11-23/2017-12-31")
    ]
    assert sentence_dates("Last holiday season was weak.", "2018-12-06") == [
        ("Last holiday season", "2017-11-23/2017-12-31")
    ]


def test_a_sports_season_and_a_generic_holiday_season_stay():
    assert sentence_dates("Any sanctions would only apply next season.", "2018-04-10") == [("next season", None)]
    assert sentence_dates("Every holiday season, stores hire extra staff.", "2018-04-10") == []
    assert sentence_dates("During the holiday season, stores hire extra staff.", "2018-04-10") == []
