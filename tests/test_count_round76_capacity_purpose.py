"""Counts, issue 17: a bare number after what a thing is made or fit for ('big enough for two', 'a cell meant for
35') is how many it can take, a capacity, no count (count_measures._capacity_purpose); a noun after the number
('not enough for one day', 'designed for two players') leaves it to the other rules."""

from __future__ import annotations

import pytest
from conftest import text_facts


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            "Tres leches cake, big enough for two, was not the best I’ve had; I like my tres leches to be pure rich"
            " dairy, no cinnamon.",
            "two",
        ),
        (
            "In an El Paso facility, a cell meant for 35 held 155 adult males with only one toilet and sink, NBC News"
            " reported.",
            "35",
        ),
    ],
)
def test_bare_number_of_a_purpose_is_a_capacity(text: str, number: str) -> None:
    assert number not in [f.text for f in text_facts(text, "count")]


def test_the_held_number_still_counts() -> None:
    text = (
        "In an El Paso facility, a cell meant for 35 held 155 adult males with only one toilet and sink, NBC News"
        " reported."
    )
    assert "155" in [f.text for f in text_facts(text, "count")]
