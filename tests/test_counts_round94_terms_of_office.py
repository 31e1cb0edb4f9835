"""Counts a careful news reader would sign, round 94 (issue 17): 'for N terms' counts terms of office.

"Cuomo was governor for three terms, from 1983 to 1995." (TR-News, tr-news:1030003 in ../shared/eval/news_gold) gave
no count, while "He served three terms in Congress." counts three terms: round 7 had put terms beside seasons in
count_measures.json span_units, so 'for' made the number a duration. A term of office is no stretch of the calendar
but a thing won and served (its length differs by office), so round 94's recall judge marks "three" missed; terms
left span_units. Seasons and semesters stay there: round 7's precision judge read "for 17 NBA seasons" as a duration
(count_measures._span_of_time).
"""

from __future__ import annotations

import pytest
from test_counts_real import corpus_line, found, page_facts


def test_governor_for_three_terms_counts_terms():
    line = corpus_line("tr_news.jsonl", "Cuomo was governor for three terms")
    assert found(line, kind="count")["three"]["counted"] == "terms"


@pytest.mark.parametrize(
    "sentence",
    ["He served for three terms.", "She was mayor for two more terms.", "He held the seat for four straight terms."],
)
def test_for_a_number_of_terms_counts(sentence: str):
    counts = found(sentence, kind="count")
    assert len(counts) == 1 and next(iter(counts.values()))["counted"].endswith("terms")


def test_for_a_number_of_seasons_stays_a_duration():
    # "... all-around play he has been dishing out for 17 NBA seasons, with no slowdown in sight."
    page = "mysanantonio.com/sports/article/LeBron-sets-triple-double-mark"
    assert "17" not in page_facts(page, "for 17 NBA seasons", "count")
    assert found("He played for three seasons.", kind="count") == {}
