"""Places, round 56 (issue 17): a region's name written in lower case. The class: a region's name that is no common
word, lower case after 'the' ('spirits to the midwest'; data lower_case_regions), is the region; the model tags it a
place, but a lower-case entity reads as no name (untagged._lower_case_regions). Not one a lower-case noun follows
('the caribbean sun')."""

from __future__ import annotations

from conftest import text_facts


def places_of(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(f.text, f.name, f.place_type) for f in text_facts(text, "place")]


def test_a_lower_case_region_after_the_is_the_region() -> None:
    # chicagoreader.com (audit pages): the article's headline
    assert places_of("18th Street Distillery brings weird, wonderful new spirits to the midwest") == [
        ("midwest", "Midwest", "region")
    ]


def test_a_lower_case_region_before_a_noun_is_left_alone() -> None:
    assert places_of("He loved the caribbean sun.") == []
