"""A year-less day in brackets after its weekday ("on Tuesday (May 16)") on a text with no date at all is read as
"Tuesday, May 16" is (round 100): in the year, next to a full day the article states within story_weekday_days, in
which it falls on that weekday (find/date_undated.weekday_year). The judged news_gold text geowebnews:167 ("in
Beverly Hills, California on Wednesday (April 4th) when a man leapt onto the back of the car") states no year at all:
it has no anchor and its day stays null, as the guide allows when the text gives no way to resolve it. tr-news:1160001
("Trump on Tuesday (May 16), in a meeting with Turkish President ...") states none either; with a full day of 2017
added it is read in 2017, and a weekday the day does not fall on, or a bracket that does not close on the day, reads
nothing."""

from __future__ import annotations

from conftest import gold_dates, gold_record, text_as_article

ANCHOR = " The White House repeated its call on July 20, 2017."


def _dates(text: str) -> dict[str, str | None]:
    return {f.text: f.value for f in text_as_article(text).facts or [] if f.kind == "date"}


def test_a_text_stating_no_year_leaves_the_bracketed_day_null():
    found = gold_dates("geowebnews.jsonl", "geowebnews:167", "on Wednesday (April 4th)")
    assert ("April 4th", None) in found


def test_a_bracketed_day_takes_the_year_its_weekday_fits_next_to_a_full_day():
    text = gold_record("tr_news.jsonl", "tr-news:1160001")["text"]
    assert "Trump on Tuesday (May 16)" in text
    # 65 days before July 20, 2017 (past story_anchor_days), and May 16 was a Tuesday in 2017
    assert _dates(text + ANCHOR)["May 16"] == "2017-05-16"


def test_a_bracketed_day_its_weekday_does_not_fit_stays_null():
    text = gold_record("tr_news.jsonl", "tr-news:1160001")["text"]
    assert _dates(text.replace("Tuesday (May 16)", "Wednesday (May 16)") + ANCHOR)["May 16"] is None
    assert _dates(text.replace("Tuesday (May 16)", "Tuesday (see May 16 above)") + ANCHOR)["May 16"] is None
