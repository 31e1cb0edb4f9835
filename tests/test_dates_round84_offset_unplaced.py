"""A count "later"/"earlier" with no date to count from (date_frames.story_offset).

- With no full day said before it, "a month later" still places a time of the story: a date of null value at the
  count's unit (it was dropped before), as "a few days later" is.
- After a day read from the page's date ("on June 2 ... three days later") it counts from that day, relative too.
- On a verb that moves a date with a date as its object ("moves Thanksgiving Day one week earlier") it is the size
  of the move, no date (date_generic.moved_offset); on a verb whose subject is a share of a kind ("About half of
  rural residents ... six years later") a statistic's lag, no date (date_nonrefs.kind_lag).
"""

from __future__ import annotations

from conftest import gold_dates, sentence_dates


def test_a_month_later_with_no_stated_day_is_an_unplaced_date():
    # geowebnews:272: "... only to be contradicted a month later by Essebsi, who confirmed ..."
    dates = gold_dates("geowebnews.jsonl", "geowebnews:272", "only to be contradicted a month later", "granularity")
    assert dates == [("a month later", None, "month")]


def test_a_month_later_after_a_stated_day_still_counts_from_it():
    text = "He was arrested on March 3, 2010. He was released a month later."
    assert ("a month later", "2010-04") in sentence_dates(text, "2018-04-10")


def test_count_later_after_a_relative_day():
    # webpages (nationnews.com, 2022-04-29)
    text = (
        "With venues still to be determined, the Bajans will oppose Antigua and Barbuda on June 2 followed by an"
        " away fixture to Cuba three days later."
    )
    assert sentence_dates(text, "2022-04-29") == [("June 2", "2022-06-02"), ("three days later", "2022-06-05")]


def test_moving_a_date_by_a_week_is_no_date():
    # tr-news:1030004 (a 'this day in history' list)
    text = "1939 - President Franklin D. Roosevelt moves Thanksgiving Day one week earlier to boost the Christmas shopping season."
    assert [d for d, _ in sentence_dates(text, "2018-04-10")].count("one week earlier") == 0
    assert ("two years later", None) in sentence_dates("The family moved to Paris two years later.", "2018-04-10")


def test_lag_of_a_share_of_a_kind_is_no_date():
    # webpages (axios.com newsletter): a statistic's lag, each borrower's six years from their own loan
    text = (
        "About half of rural residents who took out student loans still lived in a rural area six years later,"
        " compared to two-thirds who had not taken out loans."
    )
    assert sentence_dates(text, "2019-11-14") == []
    assert sentence_dates("Half of the passengers were released a day later.", "2019-11-14") == [("a day later", None)]


def test_lag_of_a_readers_choice_is_no_date():
    # webpages/html/936ff4fe484cc870.html.gz (a game guide)
    text = (
        "Part 2: If you choose to let Penny redecorate, 3 days later when waking up in the morning, the bedroom will"
        " be redecorated with the chosen style."
    )
    assert sentence_dates(text, "2019-11-14") == []
    near = "If convicted, he will be sentenced two weeks later."
    assert sentence_dates(near, "2019-11-14") == [("two weeks later", None)]


def test_relative_day_of_an_earlier_paragraph_counts_nothing():
    # webpages (thestar.com, 2020-03-23): the release was cancelled a week after the announcement, not after April 7
    text = (
        "The initial announcement came earlier this month, when Grand Central Publishing confirmed that it would"
        " release his book April 7.\n\nHachette cancelled the release less than a week later."
    )
    assert ("a week later", None) in sentence_dates(text, "2020-03-23")
