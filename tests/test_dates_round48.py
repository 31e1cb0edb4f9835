"""Dates of news with no date of its own (round 48): a bare weekday is the one full day of its own year the article
writes that falls on that weekday (find/date_undated.weekday_day); "this year", "last year" take the year of the
copyright notice closing the article (find/date_undated.present_year); "coming" after a form of "be" is the verb, no
shift word; a window left unresolved has its unit's granularity ("the last decade": decade). Each document is read
in place from ../shared/eval/news_gold, run as an article with no reference date."""

from __future__ import annotations

from conftest import gold_dates


def test_a_bare_weekday_is_the_one_full_day_of_the_article_falling_on_it():
    # geowebnews.jsonl, geowebnews:193: "... Wang Yi said in Moscow, Russia Thursday." with "Wang Yi met with Russian
    # Foreign Minister Sergei Lavrov in Moscow, Russia on April 5th, 2018." (a Thursday; no weekday written with it)
    found = gold_dates("geowebnews.jsonl", "geowebnews:193", "said in Moscow, Russia Thursday", "relative")
    assert found == [("Thursday", "2018-04-05", False)]


def test_a_weekday_s_possessive_is_the_full_day_falling_on_it():
    # tr_news.jsonl, tr-news:1030016: "Sunday's explosion came just two days after two bombs killed six police
    # officers" with a caption's "... Coptic Orthodox Church ... on December 11, 2016" (a Sunday)
    found = gold_dates("tr_news.jsonl", "tr-news:1030016", "Sunday's explosion came just two days after")
    assert found == [("Sunday", "2016-12-11")]


def test_a_day_opening_a_stretch_of_days_dates_no_weekday():
    # geowebnews.jsonl, geowebnews:131: "For several days beginning on July 9, 2015, more than 200 Chinese human
    # rights lawyers ... were detained" is a Thursday, but the story of "When AFP called the Tianjin No. 2 Detention
    # Centre on Thursday" is of years later: a day opening a stretch (its clause looks ahead from it) recalls history
    found = gold_dates("geowebnews.jsonl", "geowebnews:131", "Detention Centre on Thursday")
    assert found == [("Thursday", None)]


def test_last_year_takes_the_year_of_the_closing_copyright_notice():
    # geowebnews.jsonl, geowebnews:291: "... a massive influence-peddling case that removed her from office last year."
    # and the article closes "Copyright 2018 by CNN NewSource. All rights reserved."
    found = gold_dates("geowebnews.jsonl", "geowebnews:291", "removed her from office last year", "relative")
    assert found == [("last year", "2017", False)]


def test_coming_after_is_is_the_verb_not_a_date():
    # geowebnews.jsonl, geowebnews:213: "meaning this prediction is coming four months before the bulk of hurricane
    # activity": "coming four months" is no date (nor are "mid-August" and "mid-October" of "the majority of storms
    # occur between ...", every year's months: date_nonrefs.recurring_months)
    found = gold_dates("geowebnews.jsonl", "geowebnews:213", "this prediction is coming four months")
    assert [text for text, _ in found] == ["June 1"]


def test_an_unresolved_window_has_its_units_granularity():
    # geowebnews.jsonl, geowebnews:116: "the last two decades" (no reference date: the value stays null; the grain
    # is the unit's, not a day interval's). geowebnews:248's "in 2017 was the lowest seen in the last decade" is no
    # longer unresolved: its clause's year ends it (test_date_round70_windows)
    found = gold_dates("geowebnews.jsonl", "geowebnews:116", "the last two decades", "granularity")
    assert ("the last two decades", None, "decade") in found
