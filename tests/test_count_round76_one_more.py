"""Counts, issue 17: 'one more' before a noun of discourse, illustration, a step or a time is 'another' or
'again', a figure of speech ('just one more way that ...'), not how many; 'one more person died' still counts."""

import pytest
from conftest import gold_quantities, text_facts


def test_just_one_more_way_is_no_count() -> None:
    quantities = gold_quantities("geowebnews.jsonl", "geowebnews:262", "just one more way", "count")
    assert not [q for q in quantities if q[0] == "one"]


@pytest.mark.parametrize(
    "text",
    [
        "When US President Donald Trump visited Riyadh last year he boasted that the desert kingdom would spend"
        " $110 billion on US equipment and the howitzer contract is one more step towards that goal.",
        'The invitation reads, "One more thing...", the teasing tagline of Steve Jobs.',
    ],
)
def test_one_more_figure_is_no_count(text: str) -> None:
    assert not [f for f in text_facts(text, "count") if f.text.lower() == "one"]


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        (
            "A few months ago, during a long day spent styling and photographing products for H&M's website, no one"
            " on the Stockholm set appeared to raise concerns about one more item to process.",
            "item",
        ),
        ("One more person died in hospital on Sunday, the ministry said.", "person"),
    ],
)
def test_one_more_thing_counted_stays(text: str, counted: str) -> None:
    facts = [f for f in text_facts(text, "count") if f.text.lower() == "one"]
    assert facts and counted in (facts[0].counted or "")
