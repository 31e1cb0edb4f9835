"""Dates: a sentence that opens with a preposition and a part of a period ("By the end of the year it had 300
staff") goes on with its main clause, so the part is a date, not a period a clause defines
(date_rejects._main_clause_after_opening). No eval text has the shape without a comma, so the sentences are
written; the clause readings it must keep are the ones date_rejects._contact_clause was written for."""

from conftest import sentence_dates


def test_opening_part_of_the_year_is_a_date():
    assert ("the end of the year", "2018") in sentence_dates("By the end of the year it had 300 staff.", "2018-04-10")


def test_opening_part_with_a_relative_clause_in_the_main_clause():
    text = "At the start of the month it had 40 beds that were full."
    assert ("the start of the month", "2018-04") in sentence_dates(text, "2018-04-10")


def test_a_second_clause_keeps_the_defining_reading():
    assert sentence_dates("On the day she got it she cried.", "2018-04-10") == []


def test_a_bare_period_keeps_the_defining_reading():
    # no part "of" a period: the parse cannot tell where the main clause starts
    assert sentence_dates("In the year it opened the museum drew 2 million visitors.", "2018-04-10") == []
