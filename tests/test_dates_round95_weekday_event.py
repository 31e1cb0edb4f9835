"""Dates, round 95: a weekday that modifies a noun of a thing done once, a capitalised name between them, is that day
(date_matches.weekday_event, dates.json weekday_event_nouns).

'Putnam County already declared a state of emergency on Friday, and Westchester County Executive George Latimer said
in a Saturday Facebook post that he intends to do the same on Monday.' (recordonline.com, 2020-03-16; a recall
judge's miss): the model tags 'Saturday Facebook' a work of art, and a weekday that opens a run of capitalised words
reads as a name's ('the Sunday Times'), so the post's day was lost. After "a" and before a noun of a thing done once
in a past clause it is the day (Saturday 2020-03-14), as "in a Saturday statement" already was. A paper's or a show's
name that opens with a weekday ('a Sunday Times interview', 'a Saturday Night Live sketch') and a clause of no past
(a post that may be any Saturday's) stay no date.
"""

from __future__ import annotations

from conftest import dates_on, sentence_dates

LATIMER_PAGE = ("webpages", "724a9c7fa1704cf6")


def test_a_weekday_before_a_named_platforms_post_is_that_day() -> None:
    assert ("Saturday", "2020-03-14") in dates_on(*LATIMER_PAGE, "George Latimer said in a Saturday Facebook post")


def test_a_papers_or_a_shows_name_opening_with_a_weekday_is_no_day() -> None:
    # near sentences: the weekday is a word of the paper's or the show's name
    assert sentence_dates("He said in a Sunday Times interview that the deal was dead.", "2020-03-16") == []
    assert sentence_dates("She starred in a Saturday Night Live sketch about the senator.", "2020-03-16") == []


def test_a_weekday_before_a_post_in_a_clause_of_no_past_is_no_day() -> None:
    # near sentence: nothing says which Saturday
    assert sentence_dates("A Saturday Facebook post is planned for each store.", "2020-03-16") == []
