"""Date classes of round 20 over the facts of main on the audit pages (the judged sample judged20-date): each case is
a sentence of a saved page in ../shared/eval, read in place and run through the whole pipeline (its publication date
is the reference date), and the date a careful reader expects there, or none. Each failed before its rule."""

from __future__ import annotations

from conftest import dates_on

from extractor.normalize.periods import tables

EURO_PAGE = ("articles", "9a440270bf8625d586039dfae1b8df409b467524e075124cd7a5424a5806901b")  # Euro 2020 qualifiers


def test_the_year_of_a_brand_event_name_is_no_date():
    # "Euro 2020" was played in 2021 under its name: the year names the tournament, not a time of the story
    assert dates_on(*EURO_PAGE, "UEFA Euro 2020 qualifying") == []
    assert dates_on(*EURO_PAGE, "Euro 2020 qualifying is over") == []
    # the month before it stays: "next March's Euro 2020 playoffs" (a page of November 2019)
    assert dates_on(*EURO_PAGE, "next March's Euro 2020 playoffs") == [("next March", "2020-03")]
    assert not {"Euro", "Expo"} & set(tables()["name_year_date_heads"])
