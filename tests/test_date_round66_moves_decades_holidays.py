"""Dates of round 66 (audit pages), three classes:
- a from-to range on a verb that moves a planned date ("will be postponed from Tuesday to Friday", "was moved from
  September to January") is the old day and the new one, two dates, not a range (date_compose.split_moved;
  dates.json change_verbs, change_particle_verbs);
- a part-of-period word before "the next/last/this decade" ("by the end of the next decade") is a part of the
  calendar decade, not of the rolling ten years (resolvers._calendar_part); "the end of the decade", "the end of
  the century" are the calendar decade or century (the this_period atom after a part word);
- a bare holiday before a head noun of a name ("The Good Friday Agreement", "the christmas truce of 1914") is part
  of that name, no date (date_names.holiday_name; dates.json holiday_name_heads). Each page is a saved page of
  ../shared/eval, read in place through the whole pipeline."""

from __future__ import annotations

from conftest import dates_reader, sentence_dates

from extractor.normalize.periods import tables

PAGES = {
    "wework": ("articles", "bc13ff87b2630ffbebc33bc37b11178b14f03109055e1d17bf644f804b63d98a"),
    "strike": ("webpages", "3fe0349483f69038"),
    "solar": ("articles", "b0cf2bbf0192315eec95ede9c59bbf4ae58699275739d590edc24b012e3e8800"),
    "dating": ("webpages", "92da28367d4f79d5"),
}


dates_in = dates_reader(PAGES)


def test_a_range_on_a_verb_that_moves_a_date_is_the_old_day_and_the_new_one():
    # dated 2019-11-18 (a Monday): the meeting was planned for Tuesday the 19th and now is on Friday the 22nd
    assert dates_in("wework", "will be postponed from Tuesday to Friday") == [
        ("this week", "2019-W47"),
        ("Tuesday", "2019-11-19"),
        ("Friday", "2019-11-22"),
    ]
    # dated 2023-11-08: the Emmys of September 2023 were moved to January 2024
    assert dates_in("strike", "which was moved from September to January") == [
        ("September", "2023-09"),
        ("January", "2024-01"),
    ]


def test_a_particle_makes_a_verb_move_a_date_and_a_range_without_one_stays():
    assert {"change_particle_verbs", "change_verbs"} <= tables().keys()
    assert [t for t, _ in sentence_dates("The meeting was brought forward from Friday to Tuesday.", "2019-11-18")] == [
        "Friday",
        "Tuesday",
    ]
    assert sentence_dates("The festival runs from Tuesday to Friday.", "2019-11-18") == [
        ("from Tuesday to Friday", "2019-11-19/2019-11-22")
    ]


def test_a_part_of_the_next_decade_is_a_part_of_the_calendar_decade():
    # dated 2019-11-20: the end of the 2020s, not of the ten years to 2029-11-20
    assert dates_in("solar", "to 24% by the end of the next decade") == [("the end of the next decade", "202")]
    assert sentence_dates("Prices fell early in the last decade.", "2019-11-20") == [
        ("early in the last decade", "200")
    ]
    # "the next decade" alone and "the past decade" stay the rolling ten years
    assert sentence_dates("Sales will double over the next decade.", "2019-11-20") == [
        ("the next decade", "2019-11-21/2029-11-20")
    ]


def test_the_end_of_the_decade_or_the_century_is_the_calendar_one():
    assert sentence_dates("Sales should double by the end of the decade.", "2019-11-20") == [
        ("the end of the decade", "201")
    ]
    assert sentence_dates("Sea levels could rise a metre by the end of the century.", "2019-11-20") == [
        ("the end of the century", "20")
    ]
    assert sentence_dates("Prices rose over the decade.", "2019-11-20") == []  # no part word: no calendar decade


def test_a_holiday_naming_an_accord_an_event_or_a_place_is_no_date():
    # dated 2020-06-02: "the christmas truce of 1914" is an event of 1914, not Christmas 2019
    assert dates_in("dating", "the christmas truce of 1914") == [("1914", "1914")]
    assert sentence_dates("The Good Friday Agreement was signed in 1998.", "2019-11-18") == [("1998", "1998")]
    # a noun of something held on the day keeps the date, and so does a lower-case noun after a capitalised holiday
    assert sentence_dates("They would strike on Christmas Day and Boxing Day.", "2019-11-18") == [
        ("Christmas Day", "2019-12-25"),
        ("Boxing Day", "2019-12-26"),
    ]
    assert [t for t, _ in sentence_dates("The rivals agreed a Christmas truce.", "2019-11-18")] == ["Christmas"]
    assert {"agreement", "rising", "island"} <= set(tables()["holiday_name_heads"])
