"""Dates of round 58 (issue 17), a schedule's day named again: on a page with no date, a year-less day whose month and
day fall within an entry of a schedule that states its year ("2018 calendar. ... 28/29 July: Snetterton, Norfolk.")
is that entry's day, wherever the text names it (find/date_undated.schedule_year, _listed_again)."""

from __future__ import annotations

from conftest import gold_dates


def test_a_race_day_named_before_the_calendar_takes_its_year():
    # geowebnews:296: "To mark the BTCC's 60th season, the third race at Snetterton on 29 July will be a 60-mile
    # 'Diamond Double'." and, in a later block, "2018 calendar. ... 28/29 July: Snetterton, Norfolk."
    found = gold_dates("geowebnews.jsonl", "geowebnews:296", "the third race at Snetterton")
    assert found == [("29 July", "2018-07-29")]


def test_the_calendar_entries_keep_their_year():
    found = gold_dates("geowebnews.jsonl", "geowebnews:296", "Snetterton, Norfolk")
    assert ("28/29 July", "2018-07-28/2018-07-29") in found
