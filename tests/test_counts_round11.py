"""Counts a careful news reader would sign, round 11 (issue 17): "one" as "a certain" in more turns of phrase.

Not counts: the subject "One N" of "be" with a state after it ("One Sanders organizer was just 16 years old",
"one long chapter in the saga is over"); the subject of a negated active verb ("One Napa County reporting station
hasn’t seen a measurable drop of rain"); the subject of a participle of saying ("with one passage relating
“...”"). Still counts: a casualty state ("One man is dead"), a passive ("One person was injured").

Each test reads real text of ../shared/eval in place through the whole pipeline (test_counts_real), fails
without its rule or its words in extractor/data, and checks that a true count beside it stays a count.
"""

from __future__ import annotations

from test_counts_real import corpus_line, found, page_facts


def test_one_as_the_subject_of_a_state():
    # "One Sanders organizer was just 16 years old."
    page = "cbsnews.com/news/2020-presidential-election-south-carolina-black-voters"
    assert "One" not in page_facts(page, "One Sanders organizer was just 16 years old", "count")
    # "With the end of Julian Assange's legal troubles in Sweden, one long chapter in the saga is over."
    assert "one" not in page_facts("bbc.com/news/world-europe-50473792", "one long chapter in the saga", "count")


def test_one_dead_stays_a_count():
    # "(WBKO) -- One man is dead following a hunting related accident in Metcalfe County" (TR-News)
    line = corpus_line("tr_news.jsonl", "One man is dead following a hunting")
    assert found(line, kind="count")["One"]["counted"] == "man"


def test_one_as_the_subject_of_a_negated_verb():
    # "One Napa County reporting station hasn’t seen a measurable drop of rain since mid-September — ..."
    page = "timesunion.com/news/us/article/PG-E-begins-new-mass-power-shutoff"
    assert "One" not in page_facts(page, "One Napa County reporting station", "count")


def test_one_as_the_subject_of_a_participle_of_saying():
    # "..., Hitler believed books were for the weak-hearted, with one passage relating “let it be said to all ..."
    page = "villagevoice.com/party-like-its-1923"
    assert "one" not in page_facts(page, "with one passage relating", "count")
