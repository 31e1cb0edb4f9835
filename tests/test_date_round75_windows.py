"""Dates read from this round's judged samples: a rolling window whose count is two numbers ("over the next 10 or 15
years") is the window of the larger count; on a page with no date, a day counted from a day the undated passes dated
("on Monday ... the day before") is read from that day; "the year ahead" is a window of one year."""

from conftest import gold_dates, sentence_dates


def test_window_of_two_counts_takes_the_larger():
    """tr-news:1010012: "I'm eager to see, over the next 10 or 15 years, how millennials' attitudes are going to
    drive changes" is the fifteen years from the day after the page's date, the far end the text allows."""
    text = "I'm eager to see, over the next 10 or 15 years, how millennials' attitudes are going to drive changes."
    assert ("the next 10 or 15 years", "2016-12-13/2031-12-12") in sentence_dates(text, "2016-12-12")


def test_window_of_two_counts_with_to():
    """The same window with "to" between its counts: "the next five to 10 years" is ten years ahead."""
    text = "I'm eager to see, over the next five to 10 years, how millennials' attitudes are going to drive changes."
    assert ("the next five to 10 years", "2016-12-13/2026-12-12") in sentence_dates(text, "2016-12-12")


def test_undated_day_before_follows_the_dated_weekday():
    """tr-news:1030016 has no date; story_weekday makes "Monday" 2016-12-12 from the text's "December 11, 2016", and
    "the day before" of the same sentence is the Sunday before it (shifted_day)."""
    dates = gold_dates("tr_news.jsonl", "tr-news:1030016", "Security fears swept across Cairo")
    assert dates == [("Monday", "2016-12-12"), ("the day before", "2016-12-11")]


def test_undated_day_before_after_a_null_day_stays_null():
    """tr-news:1010003: "had just opened the day before" after a "Friday" no pass dates stays null."""
    assert ("the day before", None) in gold_dates("tr_news.jsonl", "tr-news:1010003", "just opened the day before")


def test_the_year_ahead_is_a_year_from_the_reference_date():
    """tr-news:1010012: "predicts softer markets in Toronto and Vancouver in the year ahead" is the year from the
    page's date, as "the coming year" (not "the year", the present one)."""
    text = (
        "CIBC deputy chief economist Benjamin Tal predicts softer markets in Toronto and Vancouver in the year ahead, "
        "as government changes are felt."
    )
    assert sentence_dates(text, "2016-12-12") == [("the year ahead", "2016-12-13/2017-12-12")]
