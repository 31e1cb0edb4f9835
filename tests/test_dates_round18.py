"""A count "N days/weeks/months later/earlier" with no date of its own counts from the story's last stated full day
(find/date_frames.story_offset), at the count's own unit; with no such day before it it is a date of null value at
its unit (round 84: the audit guide's vague period that still places a time). Each page is
a saved page of ../shared/eval, read in place through the whole pipeline."""

from __future__ import annotations

from conftest import dates_reader

PAGES = {
    "boiler": ("webpages", "013c29ec6b30cc66"),
    "ford": ("articles", "851498a2b9f4f0b578ac9700c245253dbc147a06c0fb3499adebf1c2d5663c29"),
}


dates_in = dates_reader(PAGES)


def test_months_later_count_from_the_story_s_stated_day():
    # "On July 27, 2006, he emailed Gaiman ..." then "Two months later, he died of natural causes" (page of 2019):
    # September 2006, not a day and not two months from the page's date
    assert dates_in("ford", "Two months later, he died") == [("Two months later", "2006-09")]


def test_a_week_later_is_the_week_after_the_story_s_day():
    # after "the boiler job on December 16, 2010" (page of 2012): "... returned a week later to spend Christmas" is
    # the week of 2010-12-23 (ISO week 51); "Christmas" beside it stays the story's
    found = dates_in("boiler", "returned a week later to spend Christmas")
    assert found == [("a week later", "2010-W51"), ("Christmas", "2010-12-25")]


def test_an_offset_with_no_stated_day_before_it_is_an_unresolved_date():
    # "... the dodgy boiler flue pipe fitted 12 days earlier by Andrew Hartley ...": the story states no day before it
    assert dates_in("boiler", "fitted 12 days earlier") == [("12 days earlier", None)]
