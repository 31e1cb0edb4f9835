"""Places, round 56 (issue 17): a region's name written in lower case. The class: a region's name that is no common
word, lower case after 'the' ('spirits to the midwest'; data lower_case_regions), is the region; the model tags it a
place, but a lower-case entity reads as no name (untagged._lower_case_regions). Not one a lower-case noun follows
('the caribbean sun')."""

from __future__ import annotations

from conftest import rows_of


def test_a_lower_case_region_after_the_is_the_region() -> None:
    # chicagoreader.com (audit pages): the article's headline
    assert rows_of(
        "18th Street Distillery brings weird, wonderful new spirits to the midwest", "place", "name", "place_type"
    ) == [("midwest", "Midwest", "region")]


def test_a_lower_case_region_before_a_noun_is_left_alone() -> None:
    assert rows_of("He loved the caribbean sun.", "place", "name", "place_type") == []
