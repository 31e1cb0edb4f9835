"""Dates a reader resolves differently (judged audit seed 20261215): a count of months back names a month, not a
day. Each page is a saved page of ../shared/eval, read in place through the whole pipeline."""

from __future__ import annotations

from conftest import dates_on

PAGES = {
    "stimulus": ("webpages", "843d2d7d7a5b9a81"),  # dated 2020-09-24
}


def dates_in(page: str, snippet: str) -> list[tuple[str, str | None]]:
    return dates_on(*PAGES[page], snippet)


def test_a_count_of_months_back_names_the_month():
    assert dates_in("stimulus", "Four months ago the House acted.") == [("Four months ago", "2020-05")]
