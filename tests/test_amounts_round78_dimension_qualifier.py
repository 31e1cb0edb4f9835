"""Amounts: a qualifier before a dimension's first side covers every side ("about 30 x 40 cm": both sides about;
amounts._shared_qualifier), and a last side's abbreviated "in." with its period before text going on in lower case
is inches ("a 2x4 in. board"; units.py _cued_regex), as "ft." always was.

No English page of ../shared/eval writes a qualified dimension or "in." inside a sentence; the tests put those
spellings into the one real dimension of the audit pages (a Betty Crocker recipe), as round 77's did."""

import pytest
from conftest import rows_of, text_facts

# ../shared/eval/webpages: a Betty Crocker recipe for a pineapple upside-down cake
PAN = "In 13x9-inch pan, melt butter in oven."


@pytest.mark.parametrize(
    "pan, qualifier",
    [
        ("about 30 x 40 cm", "approximate"),
        ("roughly 10 by 12 feet", "approximate"),
        ("about 13x9-inch", "approximate"),
        ("up to 30 x 40 cm", "at_most"),
    ],
)
def test_a_qualifier_before_the_first_side_covers_every_side(pan, qualifier):
    facts = rows_of(PAN.replace("13x9-inch", pan), "amount", "value", "unit", "qualifier")
    assert len(facts) == 2
    assert {q for *_, q in facts} == {qualifier}


def test_three_sides_share_the_bound():
    facts = text_facts(PAN.replace("13x9-inch", "up to 60 x 40 x 20 cm"), "amount")
    bounds = [(f.value, f.high, f.qualifier) for f in facts]
    assert bounds == [(60, 60, "at_most"), (40, 40, "at_most"), (20, 20, "at_most")]


def test_an_unqualified_dimension_stays_exact():
    # the real sentence: no qualifier, both sides exact
    assert rows_of(PAN, "amount", "value", "unit", "qualifier") == [
        ("13", 13, "in", "exact"),
        ("9-inch", 9, "in", "exact"),
    ]


def test_a_qualifier_after_the_last_side_stays_its_own():
    # "or more" bounds what it follows; the first side is read by its own words
    facts = rows_of(PAN.replace("13x9-inch", "6 x 9 feet or more"), "amount", "value", "unit", "qualifier")
    assert facts == [("6", 6, "ft", "exact"), ("9 feet or more", 9, "ft", "at_least")]


@pytest.mark.parametrize(
    "pan, last",
    [
        ("2x4 in. board", ("4 in.", 4, "in", "exact")),
        ("2 x 4 in. board", ("4 in.", 4, "in", "exact")),
        ("4 x 8 ft. sheet", ("8 ft.", 8, "ft", "exact")),
    ],
)
def test_an_abbreviated_last_unit_with_its_period_gives_every_side(pan, last):
    facts = rows_of(PAN.replace("13x9-inch pan", pan), "amount", "value", "unit", "qualifier")
    assert facts[-1] == last
    assert len(facts) == 2 and facts[0][2] == last[2]


def test_the_word_in_is_no_inch():
    # "in" without a period stays the word: "a 2x4 in board" names no unit
    assert rows_of("There were 2 in the car.", "amount", "value", "unit", "qualifier") == []
    assert rows_of(PAN.replace("13x9-inch pan", "2x4 in board"), "amount", "value", "unit", "qualifier") == []
