"""Dates on real news (issue 17, round 93): a deictic of an embedded post counts from the day the post was made.

"One lucky ticket sold at Riverdale Lukoil South in Riverdale was the sole winner of last night's $521 million
jackpot!! https://t.co/B6st9j0txx -- New Jersey Lottery (@TheNJLottery) March 31, 2018" (news_gold geowebnews:122, no
publication date) left "last night" null: the story's present runs from a Thursday to a Sunday, which gives a day
deictic no one day. The post's signature (a dash, a name, a handle, then the day) dates its words: "last night" is
2018-03-30 (date_deictic.posted_days; post_signature, post_reach_chars in dates.json), on a dated page too. A deictic
far before the signature, in the article's own prose, keeps its reading.
"""

from __future__ import annotations

from conftest import gold_dates, sentence_dates

POST = "Through our schools we have started distributing 50 lakh masks today pic.twitter.com/MYwRz9euaq"
SIGNATURE = "— Arvind Kejriwal (@ArvindKejriwal) November 1, 2019"


def test_last_night_of_a_tweet_is_the_night_before_it():
    assert gold_dates("geowebnews.jsonl", "geowebnews:122", "last night's $521 million") == [
        ("last night", "2018-03-30")
    ]


def test_the_weekdays_of_the_story_keep_their_days():
    assert gold_dates("geowebnews.jsonl", "geowebnews:122", "sold Thursday") == [("Thursday", "2018-03-29")]


def test_a_posts_today_on_a_dated_page_is_the_posts_day():
    assert ("today", "2019-11-01") in sentence_dates(f"{POST}\n\n{SIGNATURE}", "2019-11-08")
    assert ("today", "2019-11-01") in sentence_dates(f"{POST} {SIGNATURE}", "2019-11-08")


def test_prose_far_before_a_signature_keeps_the_pages_day():
    prose = (
        "The chief minister said today that schools would hand out masks. " + "The smoke stayed over the city. " * 10
    )
    assert ("today", "2019-11-08") in sentence_dates(f"{prose}\n\n{SIGNATURE}", "2019-11-08")
    assert ("today", "2019-11-08") in sentence_dates(f"{prose} {SIGNATURE}", "2019-11-08")


def test_a_handle_without_a_signatures_dash_dates_nothing():
    text = "He posted today on the account of the mayor (@CityMayor) November 1, 2019, the day of the vote."
    assert ("today", "2019-11-08") in sentence_dates(text, "2019-11-08")
