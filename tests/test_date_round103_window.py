"""Round 103 windows from now with a part or an alternative after the unit. One unit and a half with 'of' after it
("spending the next year and a half of their life") is the window of a year and a half from the reference date, not
the calendar year "the next year" names cut before "and a half"; one unit and 'or two' / 'or so' ("the next year or
two", "the past week or two", "the last week or so") is a window counted with two numbers (the far end, as "over the
next 10 or 15 years") or the one unit's window hedged, never the calendar period the shift word names (data/dates.json
rolling patterns, normalize/resolvers._window_count). The real sentences are the audit page foxnews.com/politics/
republican-candidates-clash-third-presidential-primary-debate-while-trump-tries-steal-spotlight (a page of
2023-11-08, ../shared/eval/articles) and news_gold geowebnews:178."""

from __future__ import annotations

from conftest import gold_dates, sentence_dates
from test_counts_real import page_facts

_FOX = "foxnews.com/politics/republican-candidates-clash-third-presidential-primary-debate-while-trump-tries-steal-spotlight"
_CHRISTIE = "spending the next year and a half of their life focusing on keeping themselves out of jail"


def test_a_window_ahead_with_a_half_keeps_of_after_it():
    facts = page_facts(_FOX, _CHRISTIE, "date")
    assert "the next year" not in facts
    assert facts["the next year and a half"]["value"] == "2023-11-09/2025-05-08"


def test_a_look_back_with_a_half_of_a_term_is_no_window_nor_calendar_year():
    # "the last year and a half of his term" may be the close of a term that ended before the page: no date at all
    assert sentence_dates("He spent the last year and a half of his term in court.", "2023-11-08") == []


def test_or_so_after_the_unit_is_the_units_window():
    rows = gold_dates("geowebnews.jsonl", "geowebnews:178", "the last week or so", "granularity")
    assert ("the last week or so", None, "week") in rows  # no reference date: the window unresolved at its unit
    assert "the last week" not in [row[0] for row in rows]
    assert sentence_dates("It will take the next year or so.", "2023-11-08") == [
        ("the next year or so", "2023-11-09/2024-11-08")
    ]


def test_or_two_after_the_unit_reaches_the_far_end():
    assert sentence_dates("It will take the next year or two.", "2023-11-08") == [
        ("the next year or two", "2023-11-09/2025-11-08")
    ]
    assert sentence_dates("Prices rose in the past week or two.", "2023-11-08") == [
        ("the past week or two", "2023-10-25/2023-11-08")
    ]


def test_not_without_the_nor_with_a_comma_before_or():
    # no "the": the calendar year and a count of years after it; a comma: "or so they say" is no hedge of the unit
    assert sentence_dates("We will visit next year or two years later.", "2023-11-08")[0] == ("next year", "2024")
    assert sentence_dates("He leaves the next year, or so they say.", "2023-11-08") == [("the next year", "2024")]
    assert sentence_dates("I saw him last week or so.", "2023-11-08") == [("last week", "2023-W44")]
