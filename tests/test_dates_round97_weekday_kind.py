"""Dates, round 97: a weekday that modifies a noun of a standing thing held or done every such day names a kind, no
day (date_nonrefs.weekday_kind, dates.json weekday_kind_nouns and weekday_kind_compounds).

'McClatchy is planning to end Saturday publication of all its newspapers by the end of next year, though it will post
new articles online.' (latimes.com, 2019-11-19; an audit page): "Saturday publication" is the custom of printing on
Saturdays, and the project read it as the Saturday before (2019-11-16). After "a" or "an" the judges' sentences of
the class ("She sells jam at a Saturday market in the town.", "He works at a Sunday school.", "They run a Friday
night football league.") name a kind of market, school, league, no day; the guide counts a recurring time as no
date. A weekday before a noun of a thing done once ("wrote Fadem in a Tuesday research report", barrons.com), of a
gathering ("Oklahoma lawmakers will convene rare Friday sessions", news_gold geowebnews) or before a noun that is
itself a modifier ("a Saturday school trip") stays a day.
"""

from __future__ import annotations

from conftest import dates_on, gold_dates, sentence_dates

GANNETT_PAGE = ("articles", "8634d1211c3f2b73041e6cadd5d59676619838949999a83a23c51a3195b44892")
HOME_DEPOT_PAGE = ("articles", "f8ff621a0b9b7646cc0d57d37416feabba2bf78ef5dd0bfc5b080f9f97bbe584")


def test_a_weekdays_custom_in_a_fixed_compound_is_no_day() -> None:
    dates = dates_on(*GANNETT_PAGE, "McClatchy is planning to end Saturday publication")
    assert [text for text, _ in dates] == ["the end of next year"]


def test_a_weekday_before_a_kind_after_an_article_is_no_day() -> None:
    # the judges' sentences of the class
    assert sentence_dates("She sells jam at a Saturday market in the town.", "2020-06-03") == []
    assert sentence_dates("He works at a Sunday school.", "2020-06-03") == []
    assert sentence_dates("They run a Friday night football league.", "2020-06-03") == []


def test_a_weekday_before_a_thing_done_once_stays_a_day() -> None:
    # near sentences: a report written, sessions convened, one trip
    assert ("Tuesday", "2019-11-19") in dates_on(*HOME_DEPOT_PAGE, "wrote Fadem in a Tuesday research report")
    assert [text for text, _ in gold_dates("geowebnews.jsonl", "geowebnews:196", "rare Friday sessions")] == ["Friday"]
    assert sentence_dates("They went on a Saturday school trip.", "2020-06-03") == [("Saturday", "2020-05-30")]


def test_a_compound_after_a_preposition_of_time_stays_a_day() -> None:
    # near sentence: "On Saturday" dates the clause, "school" is its subject
    assert sentence_dates("On Saturday school was cancelled.", "2020-06-03") == [("Saturday", "2020-05-30")]
