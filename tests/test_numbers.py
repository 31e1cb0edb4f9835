import pytest

from extractor.normalize.numbers import find_numbers, parse_number


@pytest.mark.parametrize(
    "text, value",
    [
        ("1,684", 1684),
        ("96.4 billion", 96.4e9),
        ("1.2 trillion", 1.2e12),
        ("3 1/2", 3.5),
        ("2½", 2.5),
        ("½", 0.5),
        ("twenty-one", 21),
        ("a hundred and two", 102),
        ("one and a half", 1.5),
        ("two thirds", 2 / 3),
        ("15bn", 15e9),
        ("10 bln", 10e9),
        ("13 lakh", 1.3e6),
        ("three lakh crore", 3e12),
        ("half a dozen", 6),
        ("minus five point five", -5.5),
        ("-9.2321312", -9.2321312),
        ("1e10", 1e10),
        (".08", 0.08),
        ("minus 5", -5),
        ("negative 0.3", -0.3),
        ("1 414 021 100", 1414021100),
        ("40 000", 40000),
        ("10^6", 1e6),
        ("2.5^-1", 0.4),
        ("2  1/4", 2.25),
        # a dozen after a hundred takes only what follows the hundred
        ("three hundred and two dozen", 324),
        ("two hundred dozen", 2400),
        ("1.5 dozen", 18),
        # scientific notation with a power of ten, as science stories print it
        ("2.48×10^-5", 2.48e-5),
        ("6.02 x 10^23", 6.02e23),
        ("1.5×10⁶", 1.5e6),
        ("2.48×10−5", 2.48e-5),
        ("5.5x10-3", 5.5e-3),
        # word fractions: a tens word before a unit ordinal is part of the denominator unless "and" ties it to the
        # numerator; a proper fraction after "and" is added to the whole before it
        ("one twenty-fifth", 1 / 25),
        ("three twenty-firsts", 3 / 21),
        ("three twenty firsts", 3 / 21),
        ("twenty twenty fifths", 20 / 25),
        ("twenty fifths", 4),
        ("one hundred thirty fifths", 100 / 35),
        ("one hundred thirty-fifths", 100 / 35),
        ("one hundred and thirty fifths", 26),
        ("one hundred and thirty-two fifths", 26.4),
        ("minus one hundred thirty fifths", -100 / 35),
        ("two hundred & forty", 240),
        ("one & a half", 1.5),
        ("two and three quarters", 2.75),
        ("one millionth", 1e-6),
        ("three hundredths", 0.03),
        ("two-third", 2 / 3),
    ],
)
def test_parse_number(text, value):
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize(
    "text",
    [
        "three four",
        "twenty thirty",
        "billion",
        "a",
        # ordinals, not fractions: no numerator, or a singular after a whole hundred
        "thirty-fifth",
        "twenty-first",
        "one hundred fifth",
        "two millionth",
    ],
)
def test_not_one_number(text):
    assert parse_number(text) is None or not find_numbers(text)


@pytest.mark.parametrize(
    "text, spans",
    [
        ("invested 96.4 billion yuan", ["96.4 billion"]),
        ("tens of thousands of people", ["tens of thousands"]),
        ("the third day", []),
        ("two patients and 2,772 officials", ["two", "2,772"]),
        ("On May 5 100 people marched", ["5", "100"]),
        ("In 2019 100 000 people died", ["2019", "100 000"]),
        ("1 234 567.89 is not grouped by spaces", ["1", "234", "567.89"]),
        ("it fell to minus 20 degrees", ["minus 20"]),
        ("plus or minus 3 points", ["3"]),
        ("between three and seven percent", ["three", "seven"]),
        ("one one hundred fifth", []),
        ("the twenty-fifth anniversary", []),
        ("the twenty-first century", []),
        ("its two millionth visitor", []),
        ("twenty first-time buyers", ["twenty"]),
        # a comma groups written-out digits after a scale of a thousand or more; lists stay apart
        ("three million, two hundred & forty, you say?", ["three million, two hundred & forty"]),
        ("one million, two million, three million", ["one million", "two million", "three million"]),
        ("three thousand, 200 people and five & six", ["three thousand", "200", "five", "six"]),
        # a digit fraction is proper: "24/7", "20/20" are names and slogans, not numbers
        ("open 24/7 with 20/20 vision, 1/2 cup and 2 1/2 in", ["1/2", "2 1/2"]),
        ("three quarter-finals and twenty fifth-graders", ["three", "twenty"]),
        ("a two and a half-hour drive", ["two and a half"]),
        ("a factor of 2.48×10−5, with 6.0-sigma", ["2.48×10−5", "6.0"]),
        ("about 6.02 x 10^23 atoms", ["6.02 x 10^23"]),
        ("a 2 x 10 grid, a 3 x 10-5 win", ["2", "10", "3", "10", "5"]),  # no marked exponent: sizes and scores
    ],
)
def test_find_numbers(text, spans):
    assert [text[n.start : n.end] for n in find_numbers(text)] == spans
