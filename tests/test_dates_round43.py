"""Dates of news with no date of its own (round 43): a holiday with no year takes the one year the text writes a
holiday of its season with ("Christmas Day" and "Boxing Day" next to "Christmas 2016"; find/date_undated.holiday_year).
Each document is read in place from ../shared/eval/news_gold, run as an article with no reference date."""

from __future__ import annotations

from conftest import gold_dates

from extractor.normalize.periods import tables


def test_a_yearless_holiday_takes_the_year_the_text_writes_its_season_with():
    # tr_news.jsonl, tr-news:1020008: "On Friday, BA cabin crew based at Heathrow said they would strike on Christmas
    # Day and Boxing Day in a row over pay and conditions." ... "Christmas 2016 travel: When should I avoid the roads?"
    found = gold_dates(
        "tr_news.jsonl", "tr-news:1020008", "would strike on Christmas Day", "relative", "reference_date"
    )
    assert ("Christmas Day", "2016-12-25", False, None) in found
    assert ("Boxing Day", "2016-12-26", False, None) in found


def test_a_bare_christmas_takes_the_year_too():
    # tr_news.jsonl, tr-news:1020008: "There will be further disruption for travellers over Christmas because of
    # industrial action over pay disputes."
    found = gold_dates("tr_news.jsonl", "tr-news:1020008", "disruption for travellers over Christmas")
    assert ("Christmas", "2016-12-25") in found


def test_every_holiday_season_lists_known_holidays():
    t = tables()
    known = {*t["holidays"], *t["floating_holidays"], *t["easter_holidays"]}
    for names in t["holiday_seasons"]:
        assert set(names) <= known, names
