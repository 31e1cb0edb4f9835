"""Round 59, dates: a year-less day of an undated text's timeline entry ("1789 - ... naming November 26 a day of
national thanksgiving") is of the year its line opens with (date_undated._entry_year, in story_year)."""

from conftest import gold_article


def test_a_timeline_entrys_day_is_of_the_entrys_year():
    facts = gold_article("tr_news.jsonl", "tr-news:1030004").facts or []
    days = {(f.text, f.value) for f in facts if f.kind == "date" and "naming November 26" in f.sentence}
    # the line's own "1789" is a date too since round 83 (test_dates_round83_timeline_year.py)
    assert days == {("1789", "1789"), ("November 26", "1789-11-26")}
    # a holiday of an entry is not read from it: "1939 - ... moves Thanksgiving Day one week earlier" is the custom
    # moved, no date at all (round 69: date_nonrefs.generic_occasion)
    moved = [f.value for f in facts if f.kind == "date" and f.text == "Thanksgiving Day" and "1939" in f.sentence]
    assert moved == []
