"""Dates a careful news reader would sign, round 46 (issue 17): a season of how things are in any such season, and
the year of a custom's superlative.

- "These blooms are at their peak in mid-summer through fall", "The best time to plant hydrangeas is when
  temperatures are mild in spring and fall": a season set by "in"/"during" on "be" in the simple present beside a
  state (an adjective, "at their peak") is any such season, no date (find/date_generic._present_state). A past
  clause ("were at their peak in the summer"), a schedule ("Results are due in the spring") and an event in the
  present ("goes on sale in the summer") keep their season.
- "(The Easter Vigil), seen as the longest Mass of the year, is held on Holy Saturday", "Black Friday is traditionally
  the busiest shopping day of the year": "the year" ranking a superlative in a present clause of reputation ("seen
  as", "known as") or habit is any year (find/date_generic.generic_superlative_year). "It was the hottest day of the
  year" (past), "marks the first major price drop of the year" (an ordinal) and "The game, seen as the biggest of
  the year, was won" (past) keep their year.
"""

from __future__ import annotations

import datetime as dt

from conftest import gold_dates
from test_counts_real import page_facts

from extractor.find.dates import find_dates
from extractor.nlp import load

# webpages: realsimple.com, a hydrangea care page
_HYDRANGEA = "realsimple.com/home-organizing/gardening"


def _values(text: str) -> dict[str, str | None]:
    return {text[f["start"] : f["end"]]: f["value"] for f in find_dates([load()(text)], dt.date(2018, 4, 1))}


def test_a_season_of_a_present_state_is_any_such_season():
    assert "mid-summer" not in page_facts(_HYDRANGEA, "These blooms are at their peak in mid-summer", "date")
    assert "spring" not in page_facts(_HYDRANGEA, "when temperatures are mild in spring and fall", "date")


def test_a_past_state_a_schedule_and_an_event_keep_their_season():
    assert _values("The blooms were at their peak in the summer.") == {"summer": "2017-SU"}
    assert _values("Results are due in the spring.") == {"spring": "2018-SP"}
    assert _values("The RAV4 Prime goes on sale in the summer.") == {"summer": "2018-SU"}


def test_the_year_of_a_reputed_or_habitual_superlative_is_any_year():
    # news_gold/geowebnews.jsonl geowebnews:111 (Rappler, Easter Vigil): the caption's "March 31, 2018" stays
    assert gold_dates("geowebnews.jsonl", "geowebnews:111", "longest Mass of the year") == []
    assert gold_dates("geowebnews.jsonl", "geowebnews:111", "Manila Cathedral on March 31") == [
        ("March 31, 2018", "2018-03-31")
    ]
    assert "the year" not in _values("Black Friday is traditionally the busiest shopping day of the year.")


def test_a_story_s_superlative_keeps_its_year():
    assert _values("It was the hottest day of the year in London.")["the year"] == "2018"
    assert _values("Today's offer marks the first major price drop of the year.")["the year"] == "2018"
    assert _values("The game, seen as the biggest of the year, was won by Boston.")["the year"] == "2018"
