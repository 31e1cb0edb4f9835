"""Dates of a page with no date at all, read from the text (find/date_undated.py): a holiday written with its year
anchors no bare weekday (weekday_day); the one day weekday_day gave the story's weekdays dates its other bare
weekdays as a day written with its weekday does (weekday_day, _around); a shifted week, month or year is read from
the days those weekdays fall on when every day of the story's present gives it the same (story_shift); "today"
between a subject and its present state, set against the past, is nowadays (date_generic._state_against_past); a
holiday spaCy tags as a name alone, after "on" in a past clause, is the holiday (date_matches._holiday_on).
Texts are news_gold documents of ../shared/eval, run with no reference date."""

from __future__ import annotations

from conftest import gold_dates, text_facts


def test_a_holiday_with_its_year_anchors_no_weekday():
    # "Christmas 2016 travel: When should I avoid the roads?" names the feast: the fog story's Sunday, before the
    # Christmas strikes, is not Christmas Day 2016 (a Sunday)
    assert gold_dates("tr_news.jsonl", "tr-news:1020008", "grey and murky") == [("Sunday", None)]
    assert ("Christmas Day", "2016-12-25") in gold_dates("tr_news.jsonl", "tr-news:1020008", "strike on Christmas")


def test_the_day_a_weekday_was_found_to_be_dates_the_other_weekdays():
    # "On Wednesday, a man jumped on top of King's Mercedes-Benz" and "On April 4, 2018, at approximately 4.43 p.m."
    assert gold_dates("geowebnews.jsonl", "geowebnews:268", "On Wednesday") == [("Wednesday", "2018-04-04")]
    assert gold_dates("geowebnews.jsonl", "geowebnews:268", "Airport Courthouse") == [("Friday", "2018-04-06")]


def test_a_weekday_the_day_after_the_story_day():
    # "Security fears swept across Cairo on Monday as police probed the deadly bomb blast" of "December 11, 2016"
    assert ("Monday", "2016-12-12") in gold_dates("tr_news.jsonl", "tr-news:1030016", "Security fears")


def test_next_week_read_from_the_story_days():
    # "the Friday, March 30, 2018, (3/30/18) drawing ... sold Thursday ... a phone interview Saturday"
    assert gold_dates("geowebnews.jsonl", "geowebnews:122", "decide a charity", "relative") == [
        ("next week", "2018-W14", False)
    ]


def test_a_shifted_month_near_the_month_end_stays_null():
    # the story's present runs to the day after its last told day (September 30): "last month" may be September's.
    # Round 78: the day is told in the past; a deadline looked ahead to ("must move out by 30 September") ends the
    # present instead (tests/test_dates_round78_present_ahead.py)
    text = (
        "The vote was held on Tuesday, Sept. 29, 2020. The results came out on Tuesday. "
        "Students moved out on 30 September. In a paper last month, Yamey warned of the risk."
    )
    dates = {f.text: f.value for f in text_facts(text, "date")}
    assert dates["Tuesday"] == "2020-09-29"
    assert dates["last month"] is None


def test_a_day_told_relative_to_the_present_stays_null():
    # the story's day is not the day it is told: "today" after "died on Thursday" may be Friday
    text = (
        "The Ministry of Defence has named the serviceman who died on Thursday, March 29, 2018. "
        "The soldier died on Thursday. An MoD spokesman said today that he was a hero."
    )
    assert ("today", None) in [(f.text, f.value) for f in text_facts(text, "date")]


def test_today_between_a_subject_and_its_state_against_the_past_is_nowadays():
    # "unlike in the days of the Soviet Union, our country today is part of the global economy": no day
    assert gold_dates("geowebnews.jsonl", "geowebnews:247", "our country today") == []
    assert gold_dates("geowebnews.jsonl", "geowebnews:142", "more murals than ever before") == []


def test_today_between_a_subject_and_its_state_without_the_past_keeps_the_day():
    text = "The council met on Monday, April 9, 2018. The forecast today is for heavy rain."
    assert ("today", None) in [(f.text, f.value) for f in text_facts(text, "date")]


def test_a_holiday_tagged_as_a_name_after_on_in_a_past_clause_is_the_day():
    # spaCy tags "Easter" FAC here; "the photo, which was taken on Easter" is the day it was taken (no year given)
    assert gold_dates("geowebnews.jsonl", "geowebnews:137", "taken on Easter") == [("Easter", None)]


def test_a_holiday_tagged_as_a_name_over_a_span_of_years_stays_vetoed():
    # "3.5 deaths on Queensland's roads over Easter since records began in 1992": every Easter, no day
    dates = gold_dates("tr_news.jsonl", "tr-news:1090004", "over Easter since records began")
    assert "Easter" not in [text for text, _ in dates]
