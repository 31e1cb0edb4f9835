"""Dates a reader dates by the text's own years (judged news_gold sample, seeds 20261432-35): on a page with no date,
a month alone told in the past is of the year the text states as its present (date_undated.present_year): "2018 has
already pulled the unit in numerous directions. 'In January and February we had the honor of working at Super Bowl
52'" (a year the subject of a present perfect with "already" is still running); not in a text that names a month of
last year ("last October ... In November, Barr tweeted"), whose past months may follow it."""

from __future__ import annotations

from conftest import gold_article


def _dates(doc_id, snippet):
    facts = gold_article("geowebnews.jsonl", doc_id).facts or []
    return [(f.text, f.value) for f in facts if f.kind == "date" and snippet in (f.sentence or "")]


def test_a_past_month_is_of_the_year_told_as_still_running():
    found = _dates("geowebnews:227", "In January and February we had the honor")
    assert ("January", "2018-01") in found and ("February", "2018-02") in found


def test_a_past_month_is_of_the_year_of_the_closing_copyright_notice():
    # "... removed her from office last year. ... Copyright 2018 by CNN NewSource": Choi's sentence of February 2018
    assert _dates("geowebnews:291", "In February, Choi was sentenced") == [("February", "2018-02")]


def test_a_past_month_after_a_month_of_last_year_stays_null():
    assert _dates("geowebnews:108", "In November, Barr tweeted") == [("November", None)]
