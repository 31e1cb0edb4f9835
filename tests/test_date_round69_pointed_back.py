"""Year-less months a text dates itself, with no publication date or against the page's:
- a month or season pointed back to by "that" ("sentenced ... that August" after "in June 1998") is of the year of
  the last period mentioned in one year, as "that year" is (find/date_resolve._pointed_back); a clause's "that"
  ("said that August was ...") and a "that" pointing back to another noun ("that October hearing") read nothing;
- on a page with no date, "since January" is read from the story's present that its dated weekdays give
  (find/date_undated.story_shift, _since_month).
News_gold documents run as a user's JSONL record with no reference date; the audit page read in place."""

from __future__ import annotations

from conftest import dates_reader, gold_dates, text_facts

PAGES = {"surgery": ("articles", "3d8f3404cf975af824d7866b7679bc45189c3eea6adb32f0a125a0904b1abbb2")}

dates_in = dates_reader(PAGES)


def test_that_month_takes_the_year_last_told():
    # geowebnews:281: "But in June 1998, Jacobs is back before a jury again ... sentenced ... that August"
    assert gold_dates("geowebnews.jsonl", "geowebnews:281", "in prison that August") == [("August", "1998-08")]


def test_that_season_on_a_dated_page_takes_the_year_last_told():
    # indiewire, dated 2019-11-13: "began 10 years ago ... She wrote hundreds of songs that summer": 2009, not 2019
    assert dates_in("surgery", "hundreds of songs that summer") == [("summer", "2009-SU")]


def test_a_clause_that_or_another_nouns_that_points_back_to_no_year():
    text = (
        "But in June 1998, Jacobs is back before a jury again. He said that August was the hottest month. "
        "At that October appropriations hearing, he spoke."
    )
    assert [(f.text, f.value) for f in text_facts(text, "date")] == [
        ("June 1998", "1998-06"),
        ("August", None),
        ("October", None),
    ]


def test_since_a_month_is_read_from_the_story_present():
    # geowebnews:122: "the Friday, March 30, 2018, (3/30/18) drawing ... sold Thursday ... hit since January"
    assert gold_dates("geowebnews.jsonl", "geowebnews:122", "hit since January") == [("since January", "2018-01")]
