"""Moveable feasts of a page with no date: the Easter days (holiday_seasons' Easter list in dates.json) with no year
of their own take the year whose Easter Sunday lies within a week of a day the text dates itself
(find/date_undated.holiday_year, _easter_years). Texts are news_gold documents of ../shared/eval, run with no
reference date."""

from __future__ import annotations

from conftest import gold_dates, text_facts


def test_easter_sunday_of_the_year_a_holy_saturday_states():
    # "Ahead of Easter Sunday, Manila Archbishop Luis Antonio Cardinal Tagle ... leads the Easter Vigil at the Manila
    # Cathedral on March 31, 2018 ... During the Easter Vigil Mass on Holy Saturday, March 31": Easter 2018 is April 1
    assert ("Easter Sunday", "2018-04-01") in gold_dates("geowebnews.jsonl", "geowebnews:111", "Ahead of Easter")


def test_a_day_far_from_easter_anchors_no_feast():
    text = "The council met on June 4, 2018. Shops will close on Good Friday."
    assert [(f.text, f.value) for f in text_facts(text, "date")] == [
        ("June 4, 2018", "2018-06-04"),
        ("Good Friday", None),
    ]
