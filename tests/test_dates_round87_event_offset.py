"""A count of days, weeks or months before or after a named event, round 87 (issue 17, cd87).

"11 days before the presidential election" places a day of the story counted from an event whose day the phrase does
not state: a date of null value at its unit (dates.json story_offset with before/after and coming_event_nouns,
date_frames.story_offset), as "a month later" with no day to count from is. A duration ("for two days before the
vote", "lasted three days after the summit") is no date.
"""

from __future__ import annotations

from conftest import gold_dates, sentence_dates


def test_days_before_the_election_is_an_unplaced_day():
    # tr-news:1020006
    dates = gold_dates("tr_news.jsonl", "tr-news:1020006", "11 days before the presidential election", "granularity")
    assert ("11 days before the presidential election", None, "day") in dates


def test_weeks_after_the_vote_is_an_unplaced_week():
    assert ("two weeks after the vote", None) in sentence_dates("They met two weeks after the vote.", "2018-04-10")


def test_a_duration_before_an_event_is_no_date():
    for text in (
        "Protesters camped there for two days before the vote.",
        "The talks lasted three days after the summit.",
    ):
        assert sentence_dates(text, "2018-04-10") == []
