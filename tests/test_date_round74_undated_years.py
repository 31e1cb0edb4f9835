"""Dates of round 74 (a page with no date at all whose text states its own year):
- a year told as still running, the subject of a present perfect "has been" ("Clearly 2016 has been, from a policy
  perspective, a very important year") or a year "so far", is the text's present year: "this fall" is that year's
  fall (find/date_undated._running_years, read by present_year);
- a year that is itself the subject of a clause told ahead ("What will 2018 bring?") names the text's coming year,
  and a month alone told ahead is read in it as a year-less day is ("will provide its hurricane outlook in May":
  find/date_undated.coming_year, _bare_month).
Texts are the news_gold documents (../shared/eval/news_gold), run as a user's record with no reference date."""

from __future__ import annotations

from conftest import gold_dates, text_facts


def test_year_that_has_been_is_the_present_one():
    assert gold_dates("tr_news.jsonl", "tr-news:1010012", "down payment on a condo this fall") == [
        ("this fall", "2016-FA")
    ]


def test_present_year_dates_no_bare_month():
    # the present year gives "this fall"; a month told ahead in a year-end piece may be of the next year
    assert gold_dates("tr_news.jsonl", "tr-news:1010012", "In January, the couple will be moving") == [
        ("January", None)
    ]


def test_what_will_year_bring_dates_months_told_ahead():
    assert gold_dates("geowebnews.jsonl", "geowebnews:213", "will provide its hurricane outlook") == [
        ("May", "2018-05")
    ]
    assert gold_dates("geowebnews.jsonl", "geowebnews:213", "will update its outlook") == [("May 31", "2018-05-31")]


def test_coming_year_not_for_a_present_habit():
    # "starts June 1": the season's yearly start, not told ahead
    assert gold_dates("geowebnews.jsonl", "geowebnews:213", "hurricane season in the Atlantic starts") == [
        ("June 1", None)
    ]


def test_year_so_far_is_the_present_one():
    # two real sentences (geowebnews:198's and an audit page's), run as one text with no reference date
    text = (
        "The council has agreed 12 house purchases so far in 2018, with two sales closed. "
        "Other teacher protests were held last year in West Virginia, Oklahoma and Arizona."
    )
    dates = [(f.text, f.value) for f in text_facts(text, "date")]
    assert ("last year", "2017") in dates
