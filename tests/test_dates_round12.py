"""Times of a habit, not of the calendar (round 12 audit pages): a named month or holiday with no year or shift
word on a verb a habitual adverb modifies ("April is when typically when campaigns begin", "winter wheat, which is
typically sown mid-November") is any year's, no date; a month beside it in a clause of its own ("With a late
October rice harvest") stays. Each page is a saved page of ../shared/eval, read in place through the whole
pipeline."""

from __future__ import annotations

from conftest import dates_on

from extractor.data import load

PAGES = {
    "hurricanes": ("webpages", "f3bad3f8e7901dc3"),
    "delhi": ("articles", "16c30add7e96315e9cc957d85aa876ccb6b70055f0ddab51547a586117cc1f56"),
}


def dates_in(page: str, snippet: str) -> list[tuple[str, str | None]]:
    return dates_on(*PAGES[page], snippet)


def test_a_month_as_the_subject_of_a_habit_is_no_april():
    # "April is when typically when campaigns begin about preparing for hurricanes." (page of 2020-04-02): every April
    assert dates_in("hurricanes", "April is when typically") == []
    assert "typically" in load("date_nonrefs")["habitual_adverbs"]


def test_a_habitual_sowing_time_is_no_date_but_the_harvest_month_beside_it_stays():
    # "... for winter wheat, which is typically sown mid-November.": any year's mid-November; "a late October rice
    # harvest" is told with no habit adverb on its own verb
    found = dates_in("delhi", "which is typically sown mid-November")
    assert [text for text, _ in found] == ["late October"]
