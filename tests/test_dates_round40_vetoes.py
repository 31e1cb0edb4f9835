"""Dates of round 40: "the day" as the first word of a compound noun ("take her child to the day care facility") is
no date, and a window that looks ahead told in the simple past ("The next two months were tough.") is counted from
the story's time, not the page's date: no value. Each page is read in place from ../shared/eval."""

from __future__ import annotations

from conftest import dates_reader, gold_dates

from extractor.normalize.periods import tables

PAGES = {
    "surgery": ("articles", "3d8f3404cf975af824d7866b7679bc45189c3eea6adb32f0a125a0904b1abbb2"),
    "budget": ("articles", "7de5241947a5f7147fe9787c6f6fa16685bfe66e6c35510a68780f27690dc4f0"),
    "duvet": ("articles", "9eef8162bbb67b0bd73792313b91b87dc9304f43f85f479e67e71c166417451e"),
    "carbon": ("webpages", "9636a7117d7566d3"),
}

dates_in = dates_reader(PAGES)


def test_the_day_before_a_noun_it_compounds_with_is_no_date():
    # news_gold geowebnews.jsonl, geowebnews:222: a day care facility is a kind of care, no day of the story
    assert gold_dates("geowebnews.jsonl", "geowebnews:222", "day care facility") == []
    assert {"care", "trip", "job", "shift", "school"} <= set(tables()["kind_heads"]["day"])


def test_a_window_ahead_told_in_the_past_has_no_value():
    # indiewire, dated 2019-11-13, on a surgery in 2009: not the two months after the page
    assert dates_in("surgery", "The next two months were tough.") == [("The next two months", None)]
    # detroitnews, 2019-11-19: the budget "approved ... in April that boosted ... each of the next two years"
    assert ("the next two years", None) in dates_in("budget", "each of the next two years")
    # cnn, 2019-11-19: "continued to decline" tells what went on then
    assert dates_in("duvet", "continued to decline over the next three months") == [("the next three months", None)]


def test_a_window_ahead_told_ahead_keeps_its_value():
    # vancouversun (webpages), 2020-01-16: "will invest" counts from the page's date
    assert ("the next four years", "2020-01-17/2024-01-16") in dates_in(
        "carbon", "will invest US$1 billion over the next four years"
    )


def test_a_holiday_before_a_thing_made_for_it_is_no_date():
    # news_gold geowebnews.jsonl, geowebnews:30: cookies and a turkey of the holiday's kind, no day of it
    assert gold_dates("geowebnews.jsonl", "geowebnews:30", "Christmas cookie decorating") == []
    assert gold_dates("geowebnews.jsonl", "geowebnews:30", "Thanksgiving turkey in a deep fryer") == []
    assert {"cookie", "turkey"} <= set(tables()["kind_heads"]["holiday"])
