"""Counts and amounts of round 45: a North American phone number with its trunk prefix, a fraction word that heads
a subject, a spaced stat line 'N for M', a vague plural before 'of' and a unit, digits joined by middle dots. Each
document is read in place from ../shared/eval/news_gold, run as an article with no reference date."""

from __future__ import annotations

from conftest import gold_quantities, texts_of


def test_a_phone_number_after_its_trunk_prefix_is_no_count():
    # geowebnews.jsonl, geowebnews:258: "FrontCounter BC contact centre (enquire by phone, toll-free): 1 877 855-3222."
    assert gold_quantities("geowebnews.jsonl", "geowebnews:258", "1 877 855-3222", "count") == []
    # the same shape written with dashes or a bracketed area code
    assert texts_of("Call 1-877-855-3222 or 1 (877) 855-3222 for help.", "count") == []
    # space-grouped thousands with no four-digit group after them still count
    assert texts_of("The county has 1 877 855 residents.", "count") == ["1 877 855"]


def test_a_fraction_word_that_heads_a_subject_is_no_count():
    # geowebnews.jsonl, geowebnews:264: "Nearly nine out of 10 Indians held a favourable opinion of Modi and more than
    # two-thirds were satisfied with the direction he was taking the country, according to a Pew survey ..."
    counts = gold_quantities("geowebnews.jsonl", "geowebnews:264", "more than two-thirds were satisfied", "count")
    assert [c[0] for c in counts if "thirds" in c[0]] == []
    # quantulum3's "is exactly one sixth" (an attribute, no subject) stays a number
    assert "one sixth" in texts_of("The chance of a dice showing a certain face is exactly one sixth.", "count")


def test_a_spaced_stat_line_is_no_count():
    # geowebnews.jsonl, geowebnews:104: "… Mississippi State started the game against Louisville 0 for 10, then made
    # 25 of its final 52 shots."
    counts = gold_quantities("geowebnews.jsonl", "geowebnews:104", "Louisville 0 for 10", "count")
    assert [c[0] for c in counts] == ["25", "52"]
    assert texts_of("Smith was 3 for 12 from the field.", "count") == []
    # no game: a vote and a deal keep their numbers
    assert texts_of("The council voted 5 for 3 against.", "count") == ["5", "3"]
    assert "1" in texts_of("The shop offers 2 for 1 deals on pizza.", "count")


def test_a_vague_plural_of_a_unit_is_a_measure_not_a_count():
    # geowebnews.jsonl, geowebnews:184: "... but does so without eating up hundreds of gigabytes of storage -- a
    # feature particularly useful for large teams ..."
    snippet = "hundreds of gigabytes of storage"
    assert gold_quantities("geowebnews.jsonl", "geowebnews:184", snippet, "count") == []
    assert gold_quantities("geowebnews.jsonl", "geowebnews:184", snippet, "amount") == [
        ("hundreds of gigabytes", None, 200, None, "GB")
    ]
    # a unit word that is as often a counted thing is left to the count finder
    assert texts_of("The university awarded thousands of degrees last year.", "count") == ["thousands"]


def test_digits_joined_by_middle_dots_are_no_count():
    # geowebnews.jsonl, geowebnews:27: "“You want to bond with your tribe, and this facilitates that.” 4·1·1. Epicurean
    # Santa Barbara memberships are $195 for an individual, ..."
    assert gold_quantities("geowebnews.jsonl", "geowebnews:27", "4·1·1", "count") == []
