"""Dates of news never tuned on (round 53): a holiday named as the custom, not a day ("Thanksgiving is a family
holiday", "will be observed as Thanksgiving Day", "Common holidays include Christmas, ..."), and a year-less month
read in the year its clause names ("the fourth homicide of 2016 ... the first since September") on a page with no
date. Each document is read in place from ../shared/eval/news_gold, run as an article with no reference date."""

from __future__ import annotations

from conftest import gold_dates, text_facts


def test_a_holiday_said_to_be_a_kind_of_holiday_is_the_custom():
    # tr_news.jsonl, tr-news:1060001: '"Of course, Thanksgiving is a family holiday as much as a national one.'
    found = gold_dates("tr_news.jsonl", "tr-news:1060001", "Thanksgiving is a family holiday")
    assert "Thanksgiving" not in [text for text, _ in found]


def test_a_holiday_named_by_a_verb_of_observance_is_the_custom():
    # tr_news.jsonl, tr-news:1030004: "1941 - Congress rules that the fourth Thursday in November will be observed as
    # Thanksgiving Day and a federal legal holiday."
    found = gold_dates("tr_news.jsonl", "tr-news:1030004", "will be observed as Thanksgiving Day")
    assert "Thanksgiving Day" not in [text for text, _ in found]


def test_a_holiday_of_the_story_next_to_the_custom_stays():
    # tr-news:1030004: "In 2016, Thanksgiving is on November 24." (a copula with a preposition, not a kind of day)
    found = gold_dates("tr_news.jsonl", "tr-news:1030004", "In 2016, Thanksgiving is on November 24")
    assert ("Thanksgiving", "2016-11-24") in found


def test_a_since_month_takes_the_year_its_clause_names():
    # tr_news.jsonl, tr-news:1110003: "This death marks the fourth homicide of 2016 in London and the first since
    # September." (no full day in the article anchors it)
    found = gold_dates("tr_news.jsonl", "tr-news:1110003", "the first since September")
    assert ("since September", "2016-09") in found


def test_a_month_of_a_clause_naming_its_year_takes_it():
    # geowebnews.jsonl, geowebnews:292: "Clover also discussed the six trends that will shape the inverter landscape in
    # 2018 , in January including: a continuing Chinese dominance; ..."
    assert ("January", "2018-01") in gold_dates("geowebnews.jsonl", "geowebnews:292", "Clover also discussed")


def test_a_month_of_another_clause_than_the_year_stays_null():
    # geowebnews.jsonl, geowebnews:278: "The project is expected to completed by October 2019, but the work which is
    # having an impact on the water quality is due to be completed before May." (the year is a date's own)
    found = gold_dates("geowebnews.jsonl", "geowebnews:278", "due to be completed before May")
    assert ("May", None) in found


def test_holidays_given_as_examples_of_a_kind_of_day_are_the_custom():
    # a public page (hdboksi.fi/category/holidays; news_gold and the audit pages hold no such list): "Common holidays
    # include Christmas, Thanksgiving, New Year’s Day, Easter, and Independence Day, among others."
    text = (
        "Common holidays include Christmas, Thanksgiving, New Year’s Day, Easter, and Independence Day, among others."
    )
    assert [f.text for f in text_facts(text, "date")] == []


def test_a_holiday_naming_an_example_thing_stays():
    # webpages (the audit's Nevada coronavirus page): "Gov. Steve Sisolak announced plans Sunday to tighten
    # restrictions on casinos, restaurants and private gatherings such as Thanksgiving dinner ..." (a dinner, not a
    # kind of day, is the example)
    text = (
        "Gov. Steve Sisolak announced plans Sunday to tighten restrictions on casinos, restaurants and private "
        "gatherings such as Thanksgiving dinner in an effort to contain the spread of the coronavirus."
    )
    assert "Thanksgiving" in [f.text for f in text_facts(text, "date")]


def test_a_year_opening_a_timeline_entry_is_a_date():
    # tr_news.jsonl, tr-news:1030004: "1939 - President Franklin D. Roosevelt moves Thanksgiving Day one week
    # earlier ..." (the model tags the year CARDINAL; "1941 - Congress rules ..." it tags DATE)
    found = gold_dates("tr_news.jsonl", "tr-news:1030004", "1939 - President Franklin D. Roosevelt")
    assert ("1939", "1939") in found


def test_a_year_joined_to_the_next_shares_its_noun():
    # tr_news.jsonl, tr-news:1060006: "At the time, the FA was hoping to host the 2018 or 2022 World Cups." ("the 2018"
    # before "or" is no model year: it shares "World Cups" with 2022)
    found = gold_dates("tr_news.jsonl", "tr-news:1060006", "the 2018 or 2022 World Cups")
    assert ("2018", "2018") in found and ("2022", "2022") in found
