"""A bare 'one' that shares out a group beside sibling counts of its series, round 97 (issue 17, r97ca).

Found by the judged recall audit of seed 20261594: fivethirtyeight.com's "The 2020 endorsement race is getting
interesting" counts the House Democrats of Trump districts, "(Six are with Biden, one with Michael Bloomberg, another
with Buttigieg.)", and gave "Six" but not "one". A "one" that opens an item of a series, its noun left out as its
sibling's is ("Six" counts no noun of its own), in a parallel frame (the same preposition or verb, or one of the
same part of speech) counts like the sibling (count_elided.series_one). mercurynews.com's stranded Bay Area
travelers hold the same class: "two in Bolivia and one, unannounced, in Puerto Rico".

A "one" beside a sibling that counts its own noun ("two SLS missions, one carrying Orion": thespacereview.com) is
"one of them", a pronoun; so are "one of them", "one by one", "one after another", a rate "one in five" and a "one"
after a pointing "the two".
"""

from __future__ import annotations

from conftest import eval_facts, texts_of, webpage_article


def _sentence_counts(article, snippet: str) -> list[str]:
    return [f.text for f in article.facts or [] if f.kind == "count" and snippet in (f.sentence or "")]


def test_one_beside_six_with_biden_counts():
    article = webpage_article("fivethirtyeight.com/features/the-2020-endorsement-race-is-getting-interesting")
    assert _sentence_counts(article, "Six are with Biden, one with Michael Bloomberg") == ["Six", "one"]


def test_one_past_a_parenthetic_word_counts():
    article = webpage_article("bay-area-travelers-got-stranded-in-bolivia")
    counts = _sentence_counts(article, "two in Bolivia and one, unannounced, in Puerto Rico")
    assert "two" in counts and "one" in counts


def test_parallel_verbs_count_one():
    assert texts_of("Three voted yes, one voted no.", "count") == ["Three", "one"]
    assert texts_of("Two were killed and one wounded in the blast.", "count") == ["Two", "one"]
    assert texts_of("Four were arrested in Texas, one in Ohio.", "count") == ["Four", "one"]


def test_one_of_a_thing_named_with_its_noun_stays_a_pronoun():
    # thespacereview.com/article/3834/1: "a lunar landing could be achieved with two SLS missions, one carrying
    # Orion and the other an integrated lander"
    facts = eval_facts("articles", "c00962aabe7bdd1fca78f5360ea7fa93cd7674863b05157e00827506a7aa58c4")
    counts = [f["text"] for f in facts if f["kind"] == "count" and "one carrying Orion" in f["sentence"]]
    assert "two" in counts and "one" not in counts


def test_pronoun_idiom_rate_and_pointing_one_stay_as_they_were():
    # each of the first three has a sibling in a parallel frame: only the pronoun's word or the rate keeps it out
    texts = [
        "Two of the bills passed, one of them in the Senate.",
        "Two by two they entered, and one by one they left.",
        "Two in five adults smoke, one in five drinks.",
        "Three voted yes, one of them a Republican.",
        "Three left the room, one after another.",
        "The two with Biden and one with Sanders left.",
        "Two were arrested on Tuesday, one with a gun.",
    ]
    for text in texts:
        assert "one" not in texts_of(text, "count"), text
