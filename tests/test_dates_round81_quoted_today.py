"""Dates of round 80 (issue 17): "Today" opening its sentence before a present verb of being ("Today, plague
infections are rare") is nowadays, no day (date_generic._fronted_state). A quote's opening mark before it hid that it
opened its sentence. After the mark, only a clause of what exists ("there are ...") said after a year earlier in its
block is read so ('"A census report conducted in 2010 ... "Today, there are approximately 15,000 constituents'); a
speaker's '"Today, I am proud to announce ...' is the day the words were said, and so is a quoted "Today, there are"
with no past year before it. The sentence is a real one of ../shared/eval (news_gold geowebnews:245)."""

from __future__ import annotations

from conftest import gold_dates, sentence_dates

CENSUS = '"A census report conducted in 2010 for Bains and Grants Town notes the following. '
TODAY = '"Today, there are approximately 15,000 constituents in Bains and Grants Town of which over 54 per cent are unemployed.'


def test_quoted_today_there_are_after_a_census_year_in_the_text():
    assert gold_dates("geowebnews.jsonl", "geowebnews:245", "there are approximately 15,000 constituents") == []


def test_quoted_today_after_a_year_and_without_one():
    assert sentence_dates(CENSUS + TODAY, "2018-04-10") == [("2010", "2010")]
    assert sentence_dates(TODAY, "2018-04-10") == [("Today", "2018-04-10")]
    assert sentence_dates('In 2010 it began. "Today, I am proud to announce our plan," he said.', "2018-04-10")[-1] == (
        "Today",
        "2018-04-10",
    )
