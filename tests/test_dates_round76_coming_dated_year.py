"""Dates a reader dates by the text's own years (judged news_gold sample, seeds 20261432-35): on a page with no date,
a date finer than a year stating its year in a clause told ahead ("will submit an application ... in the second
quarter of 2018") names the year of the text's coming events, as a year naming the subject of such a clause does
(date_undated.coming_year): a month alone told ahead is read in it; a month told in the past is not."""

from __future__ import annotations

from conftest import gold_article, text_facts


def _dates(facts, snippet):
    return [(f.text, f.value) for f in facts if f.kind == "date" and snippet in (f.sentence or "")]


def test_a_month_told_ahead_takes_the_year_of_a_dated_plan():
    facts = gold_article("geowebnews.jsonl", "geowebnews:238").facts or []
    assert _dates(facts, "will be completed in July") == [("July", "2018-07")]
    assert _dates(facts, "recommendations in August") == [("August", "2018-08")]


def test_a_month_told_in_the_past_stays_null():
    text = (
        "The group will submit an application to SEAI LED retrofit scheme in the second quarter of 2018. "
        "The date is about three months later than executives planned when the Seattle-based carrier was officially "
        "invited to join the alliance in July."
    )
    assert _dates(text_facts(text, "date"), "invited to join") == [("July", None)]
