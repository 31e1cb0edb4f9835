"""Round 97 dates of a text with no date: a year-less day told ahead is its coming occurrence after the latest day
the story tells, within story_ahead_days (find/date_undated.ahead_day). The real sentences are geowebnews:130's
(../shared/eval/news_gold/geowebnews.jsonl): "The Karnataka Assembly election is to be held on May 12." and "so that
farmers do not suffer during the irrigation season commencing from June 1.", after its days of March 2018."""

from __future__ import annotations

from conftest import gold_dates, text_facts


def _dates(text: str) -> dict[str, str | None]:
    return {f.text: f.value for f in text_facts(text, "date")}


def test_a_day_to_be_held_is_its_coming_occurrence():
    assert gold_dates("geowebnews.jsonl", "geowebnews:130", "is to be held on May 12") == [("May 12", "2018-05-12")]


def test_a_day_a_season_commences_from_is_its_coming_occurrence():
    assert ("June 1", "2018-06-01") in gold_dates("geowebnews.jsonl", "geowebnews:130", "commencing from June 1")


def test_not_beyond_half_a_year_after_the_story():
    # the same sentence after a story day of August 2017: May 12 is 283 days on, a year the text does not say
    text = "On August 2, 2017, Tamil Nadu moved the court. The Karnataka Assembly election is to be held on May 12."
    assert _dates(text)["May 12"] is None


def test_not_a_plan_told_in_the_past():
    # "was to be held": a plan of the past, which may have been kept or not, and no day told ahead of the page
    text = "On March 23, 2018, Tamil Nadu moved the court. The Karnataka Assembly election was to be held on May 12."
    assert _dates(text)["May 12"] is None


def test_not_a_yearly_day_told_in_the_present():
    # geowebnews:213's sentence: "starts June 1" is the season's yearly start, no day told ahead
    text = (
        "On March 23, 2018, the forecasters released their outlook. Although hurricane season in the Atlantic starts "
        "June 1, the majority of storms occur between mid-August and mid-October."
    )
    assert _dates(text)["June 1"] is None
