"""Amounts of round 91: 'an inch or two deep' is one unit or a few, the either-or pair of 'one or two inches' with
'a' for its one: 1 to 2 in, approximate. A duration ('an hour or two') has no unit and stays no amount; a noun
that is no unit ('a sibling or two') stays the count finder's. One unit with an 'or' qualifier after it ('a foot or
so', 'a mile or more') is an amount; a bare 'a mile' stays none. The pages are read in place from
../shared/eval/webpages and news_gold."""

from __future__ import annotations

from conftest import gold_quantities, rows_of, webpage_article

FIELDS = ("low", "high", "qualifier", "unit")


def test_an_inch_or_two_on_the_page_is_one_to_two_inches():
    # realsimple.com, hydrangea care: "To find out if you need to water the plant, stick your fingers into the soil
    # about an inch or two deep to see if it feels dry or wet."
    article = webpage_article("realsimple.com/home-organizing/gardening/outdoor/hydrangea-care")
    found = [
        (f.text, f.low, f.high, f.qualifier, f.unit)
        for f in article.facts or []
        if f.kind == "amount" and "or two" in f.text
    ]
    assert found == [("an inch or two", 1, 2, "approximate", "in")]


def test_a_unit_or_a_few_reads_the_unit_and_its_factor():
    assert rows_of("It is a mile or two away.", "amount", *FIELDS) == [("a mile or two", 1, 2, "approximate", "mi")]
    assert rows_of("It costs a dollar or two.", "amount", *FIELDS) == [("a dollar or two", 1, 2, "approximate", "USD")]
    assert rows_of("The yield fell a basis point or three.", "amount", *FIELDS) == [
        ("a basis point or three", 0.01, 0.03, "approximate", "%")
    ]


def test_a_duration_or_a_noun_or_an_idiom_is_no_amount():
    assert rows_of("Wait an hour or two before watering.", "amount") == []
    assert rows_of("Give it a day or two.", "amount") == []
    assert rows_of("Bring a sibling or two.", "amount") == []
    assert rows_of("Bring a sibling or two.", "count", "low", "high") == [("two", 1, 2)]
    # the second number with a unit of its own is its own amount, not the top of the pair
    assert rows_of("Walk a mile or two miles.", "amount", "value", "unit") == [("two miles", 2, "mi")]


def test_a_mile_or_more_in_the_gold_text_is_at_least_one_mile():
    # geowebnews.jsonl, geowebnews:244: "State law requires that school districts provide bus service to any student
    # who lives a mile or more from a school, ..."
    amounts = gold_quantities("geowebnews.jsonl", "geowebnews:244", "a mile or more", "amount")
    assert [a[0] for a in amounts] == ["a mile or more"]
    assert rows_of("Any student who lives a mile or more from a school.", "amount", "low", "qualifier", "unit") == [
        ("a mile or more", 1, "at_least", "mi")
    ]


def test_a_unit_or_so_is_about_one_unit_and_a_bare_unit_stays_none():
    assert rows_of("Dig a foot or so deep.", "amount", "value", "qualifier", "unit") == [
        ("a foot or so", 1, "approximate", "ft")
    ]
    assert rows_of("Cut it by a percent or less.", "amount", "high", "qualifier", "unit") == [
        ("a percent or less", 1, "at_most", "%")
    ]
    # no 'or' word: the article need be no number; a duration has no unit
    assert rows_of("He walked a mile to school.", "amount") == []
    assert rows_of("Let it rest an hour or so.", "amount") == []
    assert rows_of("It started a year or so ago.", "amount") == []
