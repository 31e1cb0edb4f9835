"""Every year's season is no date (judged news_gold sample, seeds 20261436-41): a span of months or days on a
simple-present verb of lasting (recurring_lasting_verbs) whose subject is a kind of season tells the length every
such season has, with a region's name before the kind too (date_nonrefs.recurring_months); a season of one year keeps
its dates."""

from __future__ import annotations

from conftest import gold_article, sentence_dates


def _dates(facts, snippet):
    return [(f.text, f.value) for f in facts if f.kind == "date" and snippet in (f.sentence or "")]


def test_a_named_regions_season_lasting_from_june_through_november_is_no_date():
    facts = gold_article("geowebnews.jsonl", "geowebnews:213").facts or []
    assert _dates(facts, "season lasts from June through November") == []


def test_a_season_of_one_year_keeps_its_days():
    text = "The 2018 Atlantic hurricane season runs from June 1 to Nov. 30."
    assert ("from June 1 to Nov. 30", "2018-06-01/2018-11-30") in sentence_dates(text, "2018-04-10")


def test_a_kind_of_season_running_between_two_days_is_no_date():
    text = "The Atlantic hurricane season runs from June 1 to Nov. 30."
    assert sentence_dates(text, "2018-04-10") == []
