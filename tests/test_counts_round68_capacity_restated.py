"""Counts that are a size or a restatement, not how many: a housing of animals sized by what it holds ('a 200-bird
aviary': count_measures.json capacity_heads) and 'N times' after 'the equivalent of', a measure restated as a
multiple of a yardstick (count_measures.json restating_before). Real sentences of ../shared/eval: a real-estate
news page of the audit sheets and GeoWebNews.
"""

from __future__ import annotations

from conftest import text_facts


def _counts(text: str) -> dict[str, str | None]:
    return {f.text: f.counted for f in text_facts(text, "count")}


def test_bird_aviary_is_a_size():
    # the audit page's sentence: room for 200 birds, no bird counted
    facts = _counts("There is also a 200-bird aviary and some sheep on the property.")
    assert "200" not in facts
    # a kennel, a hangar hold dogs and planes as a garage holds cars
    assert "20" not in _counts("The farm has a 20-dog kennel behind the house.")
    # a number hyphened to the things a place is made of still counts them
    assert "114" in _counts("The 114-room resort is set on the beach.")


def test_times_after_the_equivalent_of_is_a_multiple():
    text = (
        "Last year, the volunteer car driver team took 21,876 patients to and from appointments and covered "
        "527,121 miles – the equivalent of driving coast-to-coast across America around 165 times."
    )
    facts = _counts(text)
    assert not any("165" in t for t in facts)
    assert facts.get("21,876") == "patients"  # the true count beside it stays
    # times that happened still count
    assert "three" in _counts("She has visited the island three times since 2010.")
