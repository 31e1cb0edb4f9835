"""A holiday's name written in lower case that is also a common word is no holiday ("a day of national
thanksgiving": giving thanks; date_matches._case_ok, dates.json ambiguous_lowercase); "in one day" is a span, no day
ahead (dates.json idioms). The documents are read in place from ../shared/eval/news_gold, run as articles with no
reference date."""

from __future__ import annotations

from conftest import gold_dates, text_as_article


def test_a_day_of_national_thanksgiving_is_no_holiday():
    # tr_news.jsonl, tr-news:1030004: "1789 - President George Washington issues a proclamation naming November 26 a
    # day of national thanksgiving."
    dates = gold_dates("tr_news.jsonl", "tr-news:1030004", "a day of national thanksgiving")
    # the line's "1789" is the timeline entry's year (round 83, test_dates_round83_timeline_year.py)
    assert [text for text, _ in dates] == ["1789", "November 26"]


def test_the_capitalised_holiday_stays_a_date():
    facts = text_as_article("We will see the family at Thanksgiving this year.", "t").facts or []
    assert [f.text for f in facts if f.kind == "date"] == ["Thanksgiving this year"]


def test_in_one_day_is_a_span_not_a_day_ahead():
    # tr_news.jsonl, tr-news:1020007: '"Can you imagine nine people dying from another cause in one day in our
    # city?" he said' (dates.json idioms: within a single day)
    assert gold_dates("tr_news.jsonl", "tr-news:1020007", "in one day") == []
