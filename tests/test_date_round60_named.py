"""Dates of round 60: a holiday named alone before a noun of an event held for it ("which business was holding its
Christmas party there") is that event, not the holiday's day; a month and day that is a famous event's name, before a
noun of that event ("led to the January 6 attack on the Capitol", "after the September 11th attacks"), is that
event's day in its own year; "this election year" is the page's calendar year; a year before a journal citation's
volume and pages ("2015;72(6):984–91.") is the year the paper came out. Each page is read in place from
../shared/eval."""

from __future__ import annotations

from conftest import dates_reader, gold_dates, text_facts

PAGES = {
    "voice": ("webpages", "095da70304993703"),
    "election": ("webpages", "d99e3eb8c35ef5b8"),
    "cites": ("webpages", "205c0891b8841894"),
}

dates_in = dates_reader(PAGES)


def test_a_holiday_party_is_no_holiday_day():
    # news_gold tr_news.jsonl, tr-news:1110003: an office Christmas party falls any day of December
    assert gold_dates("tr_news.jsonl", "tr-news:1110003", "holding its Christmas party") == []
    assert gold_dates("tr_news.jsonl", "tr-news:1110003", "company Christmas party") == [("early Sunday", None)]


def test_a_party_named_for_its_day_stays_a_date():
    # the name says the day the party is held on
    assert [f.text for f in text_facts("Guests left a New Year's Eve party at 2 a.m.", "date")] == ["New Year's Eve"]


def test_a_famous_day_before_its_event_noun_is_that_event():
    # villagevoice, dated 2023-11-05: the attack of 2021, not January 6 of the page's year
    assert dates_in("voice", "led to the January 6 attack") == [
        ("November 2023", "2023-11"),
        ("2020", "2020"),
        ("January 6", "2021-01-06"),
    ]
    # news_gold geowebnews.jsonl, geowebnews:237 (no reference date): the attacks of 2001
    assert gold_dates("geowebnews.jsonl", "geowebnews:237", "September 11th attacks") == [
        ("September 11th", "2001-09-11")
    ]


def test_this_election_year_is_the_pages_year():
    # baltimoresun, dated 2020-12-23: an election year is a calendar year, here the page's own
    assert ("this election year", "2020") in dates_in("election", "its allies in this election year")


def test_a_citations_year_is_a_date_and_its_pages_are_not():
    # springer, a reference list: "2015;72(6):984–91." names the year the paper came out
    assert dates_in("cites", "2015;72(6):984") == [("2015", "2015")]
