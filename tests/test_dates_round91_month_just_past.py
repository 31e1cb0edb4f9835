"""Dates on real news (issue 17, round 91): a bare month just before the page's month is the one just past.

'"Despite the policy support so far, and our expectations of more, we believe that the nationwide shutdown, and
rising public anxiety about the virus are likely to lead to a sharp deterioration in economic activity in March, and
in the next quarter," it said.' (moneycontrol.com, a page of 2020-04-08): 'March' was 2021-03, the future clause
pushing it a year ahead; a reader reads March 2020, a forecast of a month whose data are not out. Before the rule,
the bare months of a future clause on the audit pages and news_gold docs fell 1 to 7 months ahead, and the only one
11 months ahead was this one (date_resolve._month_just_past). 'the next quarter' was 2020-Q3; joined to 'March' by
'and' it is the quarter after March, 2020-Q2 (date_resolve._joined_to_month).
"""

from __future__ import annotations

from conftest import sentence_dates

REAL = (
    '"Despite the policy support so far, and our expectations of more, we believe that the nationwide shutdown, and '
    "rising public anxiety about the virus are likely to lead to a sharp deterioration in economic activity in March, "
    'and in the next quarter," it said.'
)


def test_real_march_just_past():
    assert ("March", "2020-03") in sentence_dates(REAL, "2020-04-08")


def test_other_future_months_stay_ahead():
    # two months before the page's month, and a month ahead: the future clause reads them ahead as before
    assert sentence_dates("Sales will fall in February.", "2020-04-08") == [("February", "2021-02")]
    assert sentence_dates("Sales will fall in May.", "2020-04-08") == [("May", "2020-05")]
    # a year stated keeps its year
    assert sentence_dates("The tournament will be held in March 2021.", "2020-04-08") == [("March 2021", "2021-03")]


def test_real_next_quarter_counts_from_march():
    assert ("the next quarter", "2020-Q2") in sentence_dates(REAL, "2020-04-08")


def test_next_quarter_across_a_verb_counts_from_the_page():
    # not joined to the month as a second time of one clause: the quarter after the page's
    dates = sentence_dates("Sales rose in March and will grow in the next quarter.", "2020-04-08")
    assert ("the next quarter", "2020-Q3") in dates
