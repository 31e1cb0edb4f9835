"""Round 70 dates: a vague count "later" or "earlier" right before a date with a year of its own is no date of its
own (the story_offset atom of vague counts in dates.json): the date after it says when."""

from __future__ import annotations

from conftest import dates_on

MERCURIAL_PAGE = ("webpages", "750955e516e256de")  # Mercurial's port to Python 3


def test_a_vague_count_later_before_a_dated_month_is_that_month_alone():
    assert dates_on(*MERCURIAL_PAGE, "to be released several months later in September 2015") == [
        ("September 2015", "2015-09")
    ]
