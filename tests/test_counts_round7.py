"""Counts a careful news reader would sign, round 7 of issue 17 (the classes the audit of seed 20261215 found):
"one" as the indefinite article in the complement of "be" ("is one easy way", "is but one dish"), in a label
before a colon ("One drawback: ...") and as the first of a contrast that the next sentence closes ("One party
... . The other ..."); "for 17 NBA seasons", a span of time; "a two-state solution", a kind of design.

Each test reads a real page of ../shared/eval in place through the whole pipeline (test_counts_real.page_facts),
fails without its rule or its words in extractor/data, and checks that a true count beside it stays a count.
"""

from __future__ import annotations

from test_counts_real import page_facts

_PIPENV = "pythonspeed.com/articles/pipenv-docker"
_AXIOS = "axios.com/newsletters/axios-future-7120a6cf"


def test_one_in_the_complement_of_be_with_an_adjective():
    # "pip-tools is one easy way to do this."
    assert "one" not in page_facts(_PIPENV, "pip-tools is one easy way", "count")


def test_but_one_in_the_complement_of_be():
    # "The goat soup is but one dish in a long line of outstanding culinary offerings brought to life by ..."
    page = "riverfronttimes.com/food-drink/levels-nigerian-cuisine"
    assert "one" not in page_facts(page, "is but one dish in a long line", "count")


def test_one_before_a_colon_that_opens_a_sentence():
    # "One drawback: a major blow to student privacy."
    assert "One" not in page_facts(_AXIOS, "One drawback:", "count")


def test_one_and_the_other_in_the_next_sentence():
    # "One party is comfortable with America’s now-inevitable demographic trajectory (...). The other longs for ..."
    page = "nymag.com/intelligencer/2020/05/polarization-republicans-democracy"
    assert "One" not in page_facts(page, "One party is comfortable", "count")
    # "One company, Avigilon, sells these capabilities ... Another, Pelco, announced last April ..."
    assert "One" not in page_facts(_AXIOS, "One company, Avigilon", "count")


def test_one_that_counts_stays():
    # "“All it took was one bad infection and Mike would wipe out every penny he had,” ... explained."
    facts = page_facts(
        "slate.com/culture/2019/11/john-ford-science-fiction", "All it took was one bad infection", "count"
    )
    assert facts["one"]["counted"] == "bad infection"


def test_for_a_number_of_seasons_is_a_duration():
    # "... all-around play he has been dishing out for 17 NBA seasons, with no slowdown in sight."
    # ("governor for three terms" counts terms since round 94: test_counts_round94_terms_of_office.py)
    page = "mysanantonio.com/sports/article/LeBron-sets-triple-double-mark"
    assert "17" not in page_facts(page, "for 17 NBA seasons", "count")


def test_a_number_hyphened_before_a_noun_of_a_design_names_a_kind():
    # "... threaten the physical viability of a two-state solution"."
    page = "albawaba.com/news/world-community-lashes-out-us"
    assert "two" not in page_facts(page, "viability of a two-state solution", "count")
    # "... that our present two-party system is preferable to the one that preceded it."
    page = "nymag.com/intelligencer/2020/05/polarization-republicans-democracy"
    # (the paragraph's "the asymmetries between the two major parties" still counts)
    facts = page_facts(page, "our present two-party system", "count")
    assert facts["two"]["counted"] == "major parties"
    # "The most common assessments are called 3-compartment and 4-compartment models."
    facts = page_facts("healthline.com/nutrition/ways-to-measure-body-fat", "4-compartment models", "count")
    assert "3" not in facts and "4" not in facts


def test_a_number_hyphened_before_a_thing_still_counts():
    # "... a five-bedroom double storey residence with six-car garage and a smaller three-bedroom home ..."
    page = "realestate.com.au/news/live-in-your-own-jurassic-park"
    facts = page_facts(page, "six-car garage", "count")
    assert facts["five"]["counted"] == "bedroom"  # round 59: "six-car garage" is a capacity, no count
    # "The 400-page book, still called “Apropos of Nothing,” ..."
    assert "400" in page_facts("thestar.com/news/world/us/2020/03/23/ap-exclusive-allen", "The 400-page book", "count")
