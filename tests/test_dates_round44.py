"""Dates of round 44: a year-less day of a note of revision about the text itself ("This blog post was edited on 9
July to include ...") is read on or after the page's date (find/date_resolve._revised_after); a day with an ordinal
full stop before its month and year ("5. Apr 2018") is that day (an atom of dates.json); a plain text's full date that
ends its line right above a "By NAME" byline is the text's date (html/pubdate.text_dateline_date). Each case is a real
sentence read in place from ../shared/eval (a saved page, its publication date the reference date; or a news_gold
text run with no reference date). Each failed before its rule."""

from __future__ import annotations

from conftest import dates_on, gold_dates, gold_record

from extractor.html.pubdate import text_dateline_date
from extractor.normalize.periods import tables

MAPS_PAGE = ("webpages", "be32d5e3e088d92a")  # interactive maps in your language, a blog post of 2018-06-28


def test_a_revision_note_about_the_post_is_dated_after_the_page():
    # "This blog post was edited on 9 July to include a mention of OpenStreetMap's best practices.": the edit of
    # 2018-07-09, eleven days after the post, not 2017-07-09 (the past tense read back from the page's date)
    assert dates_on(*MAPS_PAGE, "This blog post was edited on") == [("9 July", "2018-07-09")]


def test_the_revision_tables_have_the_shape_the_code_reads():
    t = tables()
    assert isinstance(t["revision_window_days"], int) and 0 < t["revision_window_days"] < 180
    for key in ("revision_verbs", "revision_nouns"):
        assert t[key] and all(w == w.lower() and " " not in w for w in t[key])


def test_a_day_with_an_ordinal_full_stop_before_its_month_and_year_is_that_day():
    # geowebnews.jsonl, geowebnews:132: "... Ivan Matušík. 5. Apr 2018 at 13:51 | Compiled by Spectator staff": the
    # byline's day 2018-04-05, not the month "Apr 2018"
    found = gold_dates("geowebnews.jsonl", "geowebnews:132", "Compiled by Spectator staff", "granularity")
    assert found == [("5. Apr 2018", "2018-04-05", "day")]


def test_a_date_ending_its_line_above_a_byline_dates_a_plain_text():
    # geowebnews.jsonl, geowebnews:274: "Drivers are needed to help take patients to appointments 6 April 2018\n\nBy
    # Cristina Harris Become a volunteer ...": the standfirst runs into the byline's date, 2018-04-06; its "Last
    # year" is then 2017 (before: no reference date, a value of null)
    text = gold_record("geowebnews.jsonl", "geowebnews:274")["text"]
    assert str(text_dateline_date(text)) == "2018-04-06"
    assert gold_dates("geowebnews.jsonl", "geowebnews:274", "Last year, the volunteer car driver team") == [
        ("Last year", "2017")
    ]


def test_a_date_ending_a_sentence_above_a_byline_is_not_the_byline_s():
    # the same text with a full stop after the date: a sentence of the story that ends there, not a byline's date
    text = gold_record("geowebnews.jsonl", "geowebnews:274")["text"].replace("6 April 2018\n", "6 April 2018.\n")
    assert text_dateline_date(text) is None
