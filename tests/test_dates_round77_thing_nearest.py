"""Year-less days that date a thing in a clause telling another act (judged audit sample, seeds 20261436-41): "invited
... to the Sept. 9 meeting" on a page of Aug. 17 takes its past only from the inviting, which does not bound the
meeting; when the past reading is more than thing_nearest_ratio times as far as the coming one, the nearest is meant
(date_resolve._far_past_thing). A past that near, and an event the past verb tells itself, keep the past."""

from __future__ import annotations

from conftest import sentence_dates

INVITED = (
    "According to the county, the U.S. Army Corps of Engineers invited a comprehensive list of people and groups to "
    "the Sept. 9 meeting who could be potentially impacted by the proposed work to provide testimony."
)


def test_a_meeting_invited_to_is_the_coming_one():
    assert sentence_dates(INVITED, "2020-08-17") == [("Sept. 9", "2020-09-09")]


def test_a_thing_months_back_keeps_the_past():
    text = "He was arrested in April for the March 21 call to the offices of Omar."
    assert ("March 21", "2019-03-21") in sentence_dates(text, "2019-11-19")


def test_an_event_the_verb_tells_keeps_the_past():
    assert sentence_dates("She won the Nov. 5 election.", "2020-10-20") == [("Nov. 5", "2019-11-05")]
