"""Dates: a year-less day of a past clause of time ("after she was seen ... at a September 11 commemoration") hung on
a clause that names a past year as a time ("an issue in the 2016 campaign") is of that year, not of the page's
(date_frames.time_clause_year)."""

from conftest import sentence_dates

# ../shared/eval/articles/ground-truth.json, a CNN page of 2019-11-18
CAMPAIGN = (
    "(Trump, it's also worth noting, repeatedly sought to make Hillary Clinton's health an issue in the 2016 "
    "campaign -- particularly after she was seen feeling faint at a September 11 commemoration.)"
)


def test_time_clause_takes_the_head_clause_year():
    assert ("September 11", "2016-09-11") in sentence_dates(CAMPAIGN, "2019-11-18")


def test_date_of_the_head_clause_keeps_the_page_year():
    # a date in the head clause itself, beside a year of another phrase, is the page's (same audit set)
    text = (
        "In a Nov. 5 letter, the doctors pleaded with the administration to reconsider its decision to not "
        "vaccinate detained migrants for flu despite the deaths of at least three children in CBP custody during "
        "the 2018 flu season."
    )
    assert ("Nov. 5", "2019-11-05") in sentence_dates(text, "2019-11-19")
