"""A number inside a fixed English idiom, round 83 (issue 17, c83).

'Why aren't dogs good dancers? They have two left feet.' is clumsy, not a count of 2 feet; 'my two cents' is an
opinion, not $0.02; 'killed two birds with one stone' weighs no stone. One table (quantity_exclusions.json
number_idioms, count_context.number_idioms) read once after both finders (counts._outside_story_links): a count or
an amount whose span lies inside a matched idiom is no fact. The idioms that have a literal reading in news carry a
frame: 'the fire claimed nine lives' counts deaths, 'six feet under the ground' measures a depth, 'two cents' worth
of candy' is a price, a worker's '10-foot pole' is a length.
"""

from __future__ import annotations

import re

import pytest
from conftest import text_facts

from extractor.data import load
from extractor.find.count_context import number_idioms


def _facts(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.text) for kind in ("count", "amount") for f in text_facts(text, kind)]


def test_two_left_feet_on_a_jokes_page_is_no_count():
    # audit page redtri.com, best jokes for kids: judged wrong as a count of 2 "left feet"
    assert _facts("Why aren’t dogs good dancers? They have two left feet.") == []


def test_my_two_cents_in_a_comment_is_no_count():
    # ../shared/eval/webpages 232a43fb15ab, a reader's comment on a laptop: read as a count of 2 before
    assert _facts("Just my 2¢.") == []
    # the same comment's sizes are read as before
    facts = _facts("The situation is to sell your 15” and buy the 16” and stop pounding on concrete. Just my 2¢.")
    assert [text for _, text in facts] == ["15”", "16”"]


def test_back_to_square_one_is_no_count():
    # news_gold text: a liver patient's wait starts over
    assert _facts("Now Walsh is back to square one, waiting in the queue for a liver donation.") == []


@pytest.mark.parametrize(
    "text",
    [
        "That's just my two cents.",
        "He put in his two cents' worth.",
        "He killed two birds with one stone.",
        "I am of two minds about the plan.",
        "They went the whole nine yards.",
        "He'll be six feet under by then.",
        "The senator has nine lives.",
        "Those gadgets are a dime a dozen.",
        "She was on cloud nine after the win.",
        "He put two and two together.",
        "It takes two to tango.",
        "They are like two peas in a pod.",
        "The office was at sixes and sevens.",
        "She was dressed to the nines.",
        "They are two sides of the same coin.",
        "I'll be back in two shakes of a lamb's tail.",
        "Two heads are better than one.",
        "Two wrongs don't make a right.",
        "It's six of one, half a dozen of the other.",
        "I wouldn't touch that deal with a ten-foot pole.",
        "He grabbed forty winks on the bus.",
        "The players gave 110 percent.",
        "He gave her a high five.",
        # ../shared/eval/webpages: a game report's comment, an interview
        "I think I saw him doing high fives when Rivers spiked the ball",
        "How can you diversify what you have and not be a one-trick pony?",
    ],
)
def test_idioms_are_no_facts(text: str):
    assert _facts(text) == []


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("They signed two left-footed players.", ("count", "two")),
        ("Two of them left.", ("count", "Two")),
        ("The ball stopped nine yards short of the line.", ("amount", "nine yards")),
        ("He bought two cents' worth of candy.", ("amount", "two cents")),
        ("The fire claimed nine lives.", ("count", "nine")),
        ("Nine lives were lost in the crash.", ("count", "Nine")),
        ("The crash, with nine lives lost, was the worst in a decade.", ("count", "nine")),
        ("The coffin lies six feet under the ground.", ("amount", "six feet")),
        ("The workers carried a 10-foot pole.", ("amount", "10-foot")),
        ("The fund gave 110 percent of its target.", ("amount", "110 percent")),
        ("They shot two birds with a rifle.", ("count", "two")),
        ("The two sides met to talk.", ("count", "two")),
    ],
)
def test_literal_uses_stay_facts(text: str, fact: tuple[str, str]):
    assert fact in _facts(text)


def test_a_stone_weight_stays_an_amount():
    assert [f.text for f in text_facts("He weighed 1 stone 4 lb at birth.", "amount")] == ["1 stone 4 lb"]


def test_the_idiom_spans_only_its_words():
    text = "They have two left feet, and 12 players."
    ((start, end),) = number_idioms(text)
    assert text[start:end] == "two left feet"


def test_every_idiom_holds_a_number_word():
    # an entry without a number would veto nothing but cost a match on every block
    number = re.compile(r"one|two|three|five|six|nine|ten|forty|dozen|110|\b2\b", re.I)
    assert all(number.search(p) for p in load("quantity_exclusions")["number_idioms"])
