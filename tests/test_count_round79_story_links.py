"""A linked headline after 'MUST READ |', round 79 (issue 17, c79).

'MUST READ | Thousands of Australians are calling for their prime minister's resignation' on a page about a
megablaze names another story: page furniture, no count (guide: linked headlines; quantity_exclusions.json
story_link_openers, count_context.story_links). The same headline without its marker, and 'must read' as a verb,
count.
"""

from __future__ import annotations

from conftest import texts_of


def test_must_read_headline_is_no_count():
    # audit page news24.com, the Australian megablaze brought under control
    assert (
        texts_of("MUST READ | Thousands of Australians are calling for their prime minister's resignation", "count")
        == []
    )
    assert texts_of("MUST WATCH | Three firefighters rescue a koala from a burning tree", "count") == []


def test_without_the_marker_it_counts():
    assert texts_of("Thousands of Australians are calling for their prime minister's resignation", "count") == [
        "Thousands"
    ]
    assert texts_of("You must read 10 books a year.", "count") == ["10"]
