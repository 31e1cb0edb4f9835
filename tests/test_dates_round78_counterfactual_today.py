"""Dates of round 78 (issue 17), a counterfactual's "today": "If I didn't choose to get clean when I did, then I'd
probably be dead today" sets the present as it would stand had the past gone otherwise, the present age, no day (a
judged audit's "today meaning nowadays"): a copula of "would" with a complement of state under a condition in the
unreal past (date_figurative.counterfactual_today). Without a condition, with a verb of an event or a condition in the
present, the day stays. The sentences are real ones of ../shared/eval where they can be."""

from __future__ import annotations

from conftest import dates_on, gold_dates, sentence_dates

JOKES = ("webpages", "e4f69fefbda2d807")  # redtri, 2021-09-19


def test_a_counterfactual_state_today_is_no_day():
    assert gold_dates("tr_news.jsonl", "tr-news:1010011", "I'd probably be dead today") == [("Saturday", None)]


def test_an_inverted_had_condition_is_one_too():
    assert sentence_dates("Had we maintained those growth rates, GDP would be 50% larger today.", "2019-01-23") == []


def test_would_without_a_condition_keeps_the_day():
    assert dates_on(*JOKES, "Manatee would be better than a sweater today") == [("today", "2021-09-19")]


def test_an_event_or_an_open_condition_keeps_the_day():
    text = "If he had not been injured, he would be playing today."
    assert sentence_dates(text, "2019-01-23") == [("today", "2019-01-23")]
    assert sentence_dates("If it rains, the field would be wet today.", "2019-01-23") == [("today", "2019-01-23")]
