"""Amounts: the sides of a dimension of which only the last names a unit of length ("In 13x9-inch pan": 13 in and
9 in, each side an amount in that unit, as '10" x 8"' reads; amounts.dimension_sides, units.json dimension_units).
A dimension with no unit or in another unit ("3440x1440", "Fiat Panda 4×4") gives no amount by it."""

import pytest
from conftest import rows_of, text_facts

# ../shared/eval/webpages: a Betty Crocker recipe for a pineapple upside-down cake
PAN = "In 13x9-inch pan, melt butter in oven."


def test_glued_sides_are_each_inches():
    assert rows_of(PAN, "amount", "value", "unit") == [("13", 13, "in"), ("9-inch", 9, "in")]


@pytest.mark.parametrize(
    "pan, first, last",
    [
        # the same recipe's pan in the other spellings of a dimension
        ("9x13 inch", ("9", 9, "in"), ("13 inch", 13, "in")),
        ("9 x 13 inch", ("9", 9, "in"), ("13 inch", 13, "in")),
        ("8-by-8-inch", ("8", 8, "in"), ("8-inch", 8, "in")),
        ("30 x 40 cm", ("30", 30, "cm"), ("40 cm", 40, "cm")),
    ],
)
def test_spaced_and_by_sides_share_the_last_unit(pan, first, last):
    text = PAN.replace("13x9-inch", pan)
    assert rows_of(text, "amount", "value", "unit") == [first, last]
    assert text_facts(text, "count") == []  # "8-by-8-inch" was a count of 8 "inch"


def test_a_dimension_without_a_length_unit_gives_no_amount():
    # ../shared/eval/webpages: a deals page on monitors, and a memoir's car
    assert rows_of(
        'Specs include a 34" 3440x1440 curved IPS panel display with super fast response.', "amount", "value", "unit"
    ) == [('34"', 34, "in")]
    assert (
        rows_of(
            "Yet, when the new version of the Fiat Panda 4×4 arrived on the scene I was very happy.",
            "amount",
            "value",
            "unit",
        )
        == []
    )


def test_legs_of_a_relay_are_no_side():
    # the legs times a distance, no dimension: the first number is no length
    assert rows_of("He anchored the 4 x 100 m relay.", "amount", "value", "unit") == [("100 m", 100, "m")]
    assert rows_of("He anchored the 4x100m relay.", "amount", "value", "unit") == []
    assert rows_of("Run 5 x 1 km repeats.", "amount", "value", "unit") == [("1 km", 1, "km")]
