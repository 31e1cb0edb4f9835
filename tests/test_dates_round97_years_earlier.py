"""A count of years "earlier" with no date of its own (or "before" closing its clause) is a date of null value at year
(find/date_frames.story_offset; dates.json _story_offset_years_comment), found by the round-97 recall audit: "Four years
earlier Brexit came as a “huge” blow to him" (laprensalatina page), "the disgraced president was cashing in on the
national trauma he’d caused four years earlier" (villagevoice page), "exactly 100 years earlier" (chicagoreader page),
"served with talbot at quebec fifteen years before;" (optimussearch page). It is never counted back from the year said
last (a count back often runs from the story's present). No date: a wait before a clause or a noun ("three years
before it can produce lemons", "another two years before the return"), a duration ("for two years before."), and a
count back right after a figure or a word of comparison ("down from 6.2 percent a year earlier", chron page: the
figure's period a year back, date_nonrefs.compared_count_back). Pages are saved pages of ../shared/eval."""

from __future__ import annotations

from conftest import eval_facts, sentence_dates
from test_counts_real import corpus_line

PAGES = {
    "brexit": ("webpages", "77fb170ea85d71f5"),
    "nixon": ("webpages", "095da70304993703"),
    "distillery": ("webpages", "ce5be1ee6a00a5c8"),
    "quebec": ("webpages", "92da28367d4f79d5"),
    "lemons": ("webpages", "06c769c1cebf8491"),
    "car_sales": ("articles", "9ebb3af65694a953005df5bd3869b2cefc263e1dea0471e3ef361c66a264cdd3"),
}


def _dates(page: str, snippet: str) -> list[tuple[str, str | None, str | None]]:
    """(text, value, granularity) of the dates of a page whose sentence holds the snippet."""
    facts = eval_facts(*PAGES[page])
    return [
        (f["text"], f["value"], f["granularity"]) for f in facts if f["kind"] == "date" and snippet in f["sentence"]
    ]


def test_years_earlier_opening_a_sentence_is_a_null_year():
    assert _dates("brexit", "Brexit came as a") == [("Four years earlier", None, "year")]


def test_years_earlier_is_not_counted_back_from_the_year_said_last():
    # "a White House fundraising operation started in 1971. The boycotters were appalled ...": not 1967
    assert _dates("nixon", "the national trauma he’d caused") == [("four years earlier", None, "year")]
    assert _dates("distillery", "exactly 100 years earlier") == [("100 years earlier", None, "year")]


def test_years_before_closing_a_clause_is_a_null_year():
    assert _dates("quebec", "fifteen years before;") == [("fifteen years before", None, "year")]
    # near: "for" makes it a duration
    assert sentence_dates("He had served with Talbot at Quebec for fifteen years before.", "2020-06-02") == []


def test_years_before_a_clause_or_a_noun_is_a_wait():
    assert _dates("lemons", "three years before it can produce lemons") == []
    line = corpus_line("geowebnews.jsonl", "another two years before the return")
    assert [t for t, _ in sentence_dates(line, "2018-04-10") if "years before" in t] == []


def test_a_year_earlier_after_a_compared_figure_is_no_date():
    # "averaged 5.7 percent in October, down from 6.2 percent a year earlier": October's figure a year back
    assert [t for t, _, _ in _dates("car_sales", "down from 6.2 percent a year earlier")] == ["October"]
    # near: no comparison before it, a time of the story; "more than" is a bound of the count, no comparison
    assert sentence_dates("The plant had closed a year earlier.", "2020-06-02") == [("a year earlier", None)]
    assert sentence_dates("He had left more than two years earlier.", "2020-06-02") == [("two years earlier", None)]
    assert sentence_dates("He moved to Boston with 3 friends two years earlier.", "2020-06-02") == [
        ("two years earlier", None)
    ]
