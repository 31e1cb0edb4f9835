"""A season set before the subject of a verb of action in the simple present is every such season, a habit, no date
(round 100, a judged audit page): "There's about 8,000 square feet of space up there, and in the summer it cycles up
to 110 degrees." (chicagoreader.com's 18th Street Distillery, dated 2023-11-01) was read as summer 2023. A season
after the verb ("The RAV4 Prime goes on sale in the summer", ctpost.com), a past clause ("In the fall as the virus
2010, members of a New York-based FBI squad ... met Steele", tr_news; "In the summer we moved"), a fronted verb of a scheduled event ("In the summer, the museum opens a
new wing") and a season with a shift word or a year keep their season (find/date_generic._season_habit)."""

from __future__ import annotations

from conftest import dates_reader, sentence_dates
from test_counts_real import corpus_line

PAGES = {
    "distillery": ("webpages", "ce5be1ee6a00a5c8"),
    "suvs": ("articles", "05844573ca7e1fba714d715bb11ca08c26e25328999c74a1cb3bc8a0e4399f0f"),
}

dates_in = dates_reader(PAGES)


def test_a_season_before_the_subject_of_a_present_habit_is_no_date():
    assert dates_in("distillery", "in the summer it cycles up to 110 degrees") == []


def test_a_season_after_a_present_verb_of_a_plan_keeps_its_season():
    assert dates_in("suvs", "The RAV4 Prime goes on sale in the summer") == [("summer", "2020-SU")]


def test_a_fronted_season_of_a_past_clause_keeps_its_season():
    line = corpus_line("tr_news.jsonl", "in the summer of 2010, members")
    sentence = line[line.index("Emails seen by Reuters") :]
    assert ("the summer of 2010", "2010-SU") in sentence_dates(sentence, "2018-04-10")
    assert sentence_dates("In the summer we moved to Ohio.", "2024-05-01") == [("summer", "2023-SU")]


def test_the_same_habit_in_other_words_is_no_date():
    assert sentence_dates("In the winter the lake freezes.", "2024-05-01") == []
    assert sentence_dates("During the winter, the bears sleep in caves.", "2024-05-01") == []


def test_a_fronted_season_of_a_scheduled_event_or_a_tense_keeps_its_season():
    ref = "2024-05-01"
    assert sentence_dates("In the summer, the museum opens a new wing.", ref) == [("summer", "2024-SU")]
    assert sentence_dates("In the summer the plant will cycle up to 110 degrees.", ref) == [("summer", "2024-SU")]


def test_a_season_with_a_shift_word_or_a_year_keeps_its_date():
    ref = "2024-05-01"
    assert sentence_dates("This summer it cycles up to 110 degrees.", ref) == [("This summer", "2024-SU")]
    assert sentence_dates("In the summer of 2019 it cycles up to 110 degrees.", ref) == [
        ("the summer of 2019", "2019-SU")
    ]
