"""Round 99 dates of a text with no date: a deictic in apposition with a day ("Tonight, Friday 6th April,", "today
(Thursday)") is that day once the passes that read a page's days from its own text dated it
(find/date_deictic.apposed_days). The real sentence is geowebnews:307's (../shared/eval/news_gold/geowebnews.jsonl):
"Tonight, Friday 6th April, JJ McNamara plays with the Navan Silver Band in St Patrick's and St Seachnails Church in
Dunshaughlin ..."; on that page the day itself stays null (its years are a bio's: weekday_year), and so does the
deictic, as the same day."""

from __future__ import annotations

from conftest import gold_dates, sentence_dates, text_facts
from test_counts_real import corpus_line

# a day of the story stating its year, three days before: weekday_year dates "Friday 6th April" (a Friday in 2018)
_ANCHOR = "The CD was launched on Tuesday, April 3, 2018 in Navan."


def _dates(text: str) -> dict[str, str | None]:
    return {f.text: f.value for f in text_facts(text, "date")}


def _real() -> str:
    """The real sentence, from "Tonight" to its full stop."""
    line = corpus_line("geowebnews.jsonl", "Tonight, Friday 6th April")
    start = line.index("Tonight, Friday 6th April")
    return line[start : line.index(". ", start) + 1]


def test_tonight_takes_its_apposed_day():
    dates = _dates(f"{_ANCHOR} {_real()}")
    assert dates["Friday 6th April"] == "2018-04-06"
    assert dates["Tonight"] == "2018-04-06"


def test_tonight_is_the_same_as_its_day_on_the_real_page():
    rows = dict(gold_dates("geowebnews.jsonl", "geowebnews:307", "Tonight, Friday 6th April"))
    assert rows["Tonight"] == rows["Friday 6th April"]


def test_today_takes_its_apposed_weekday():
    text = "The Friday, March 30, 2018, drawing was held. He returns to action today (Thursday) in Leeds."
    assert _dates(text)["today"] == "2018-03-29"


def test_not_a_day_in_another_sentence():
    # "Tonight" ends its sentence: the day after it is no apposition, and "tonight" keeps no day
    text = f"{_ANCHOR} The band plays tonight. Friday 6th April is the day JJ McNamara plays in Dunshaughlin."
    dates = _dates(text)
    assert dates["Friday 6th April"] == "2018-04-06"
    assert dates["tonight"] is None


def test_a_dated_page_still_reads_the_apposed_day():
    # with a page date the apposed day set the deictic already (dates_deictic); unchanged
    assert sentence_dates(_real(), "2018-04-05") == [("Tonight", "2018-04-06"), ("Friday 6th April", "2018-04-06")]
