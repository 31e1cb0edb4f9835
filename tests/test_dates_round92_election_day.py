"""Dates on real news (issue 17, round 92): 'Election Day', the US general election day, as a floating holiday.

'“Governor @MattBevin has done a wonderful job for the people of Kentucky!” Trump tweeted before Election Day.'
(nytimes.com, a page of 2019-11-19; articles/ground-truth.json): no date; a reader reads the Tuesday after the first
Monday of November, 2019-11-05, the past one (dates.json floating_holidays "election day"). Capitalised only (a
country's own 'election day' has no fixed rule: ambiguous_lowercase), and on a US page or one of no known country
(holiday_countries). A sentence that writes the election with a year says which one (holiday_event_years).
"""

from __future__ import annotations

import datetime as dt

from conftest import sentence_dates

from extractor.find.dates import find_dates
from extractor.nlp import parse

REAL = "“Governor @MattBevin has done a wonderful job for the people of Kentucky!” Trump tweeted before Election Day."


def test_real_election_day_past():
    assert ("Election Day", "2019-11-05") in sentence_dates(REAL, "2019-11-19")


def test_election_day_ahead():
    # a page of 2020-09-24 (wickedlocal.com): the coming one
    text = "McConnell has said he has plenty of time to approve a judicial pick before Election Day."
    assert ("Election Day", "2020-11-03") in sentence_dates(text, "2020-09-24")


def test_lower_case_election_day_is_no_date():
    text = "Voters in the UK went to the polls on election day."
    assert [v for t, v in sentence_dates(text, "2019-12-20") if "election" in t.lower()] == []


def test_foreign_page_has_no_us_election_day():
    docs = parse(["Trump tweeted before Election Day."])
    ref = dt.date(2019, 11, 19)
    assert [f["value"] for f in find_dates(docs, ref, country="US")] == ["2019-11-05"]
    assert [f["value"] for f in find_dates(docs, ref)] == ["2019-11-05"]
    assert find_dates(docs, ref, country="GB") == []


def test_election_year_in_sentence():
    # nationalreview.com, a page of 2019-11: the 2012 election's day, not the one before the page
    text = (
        "Obama had confirmed his prior promise if Putin would give “space” to Obama before the 2012 election — with "
        "“space” perhaps defined as the Russians keeping quiet in the run-up to Election Day."
    )
    assert ("Election Day", "2012-11-06") in sentence_dates(text, "2019-11-19")
