"""A year-less quarter in a game report is the game's, not the calendar's (issue 17, audit seed 20261208): an
article with game words in two places reads "The third quarter belonged to Embiid." and the headings "First
Quarter" ... "Fourth Quarter" as periods of play, while a company's "third-quarter earnings" stay a date: a quarter
of its year of accounts (round 101: value null beside its "fiscal 2019", find/date_fiscal). Each page is a saved
page of ../shared/eval, read in place through the whole pipeline."""

from __future__ import annotations

from conftest import dates_reader, eval_facts

PAGES = {
    "basketball": ("webpages", "8194f0e8e8434016"),
    "football": ("webpages", "9cab727b6f7cda20"),
    "earnings": ("articles", "f8ff621a0b9b7646cc0d57d37416feabba2bf78ef5dd0bfc5b080f9f97bbe584"),
}


dates_in = dates_reader(PAGES)


def test_a_quarter_without_a_game_word_in_a_game_report_is_the_games():
    assert dates_in("basketball", "The third quarter belonged to Embiid.") == []
    assert dates_in("basketball", "to close the quarter") == []
    assert dates_in("football", "entering the fourth quarter") == []


def test_quarter_headings_of_a_game_report_are_no_dates():
    quarters = [f["text"] for f in eval_facts(*PAGES["basketball"]) if f["kind"] == "date"]
    assert not any("quarter" in text.lower() for text in quarters)


def test_a_company_s_quarter_stays_a_date():
    # no period of play: a quarter of the company's year of accounts, whose bounds the page does not state
    assert ("third-quarter", None) in dates_in("earnings", "reported third-quarter earnings")
