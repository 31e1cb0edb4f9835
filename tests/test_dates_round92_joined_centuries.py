"""Dates on real news (issue 17, round 92): two centuries joined under one plural noun.

'For a half century in the late 19th and early 20th centuries, Redonda bustled with activity as the site of a mine
...' (nationalgeographic.co.uk, webpages/html/c7b39da662a96dc1.html.gz): no date; a reader reads two, the late 19th
century and the early 20th, as 'the 1980s and 1990s' are two decades (the century atoms in dates.json).
"""

from __future__ import annotations

from conftest import rows_of

REAL = (
    "For a half century in the late 19th and early 20th centuries, Redonda bustled with activity as the site of a "
    "mine that used a large pulley system to lower buckets of guano and phosphates—used as fertiliser—down to the "
    "shoreline below."
)


def test_real_two_centuries_with_parts():
    rows = rows_of(REAL, "date", "earliest", "latest")
    assert ("late 19th", "1850-01-01", "1899-12-31") in rows
    assert ("early 20th centuries", "1900-01-01", "1949-12-31") in rows


def test_plain_and_spelled_pairs():
    assert [r[1:] for r in rows_of("The houses date from the 18th and 19th centuries.", "date", "value")] == [
        ("17",),
        ("18",),
    ]
    assert [r[1:] for r in rows_of("The eighteenth and nineteenth centuries saw growth.", "date", "value")] == [
        ("17",),
        ("18",),
    ]


def test_plural_without_join_is_no_century():
    assert rows_of("The first centuries of the church were hard.", "date", "value") == []
    assert [r[0] for r in rows_of("It was built in the late 19th century.", "date")] == ["late 19th century"]
