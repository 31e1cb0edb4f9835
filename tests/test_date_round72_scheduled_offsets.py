"""Round 72 dates: an offset forward ("in 30 days") right after a present-tense phrase that sets when a thing takes
effect or comes due ("goes into effect", "go on sale", "are due": scheduled_onset_phrases in dates.json) is the
coming day it names, counted from the page's date; told in the past, or on a verb of no such phrase, it stays how
long a thing took, no date."""

from __future__ import annotations

from conftest import sentence_dates

# a related story's line on a page of ../shared/eval/webpages (606bb26fa476ac10, dated 2020-01-02)
VAPING_BAN = (
    "Additionally, large tank vaping systems, which are used to mix flavors, will be exempt under the ban, which goes "
    "into effect in 30 days."
)


def test_an_offset_after_a_present_phrase_of_taking_effect_is_the_coming_day():
    assert sentence_dates(VAPING_BAN, "2020-01-02") == [("in 30 days", "2020-02-01")]


def test_the_phrase_keeps_its_present_under_a_past_report_and_after_a_copula_of_due():
    ref = "2018-04-10"
    reported = "Tickets for the show go on sale in three days, the company said on Monday."
    assert ("in three days", "2018-04-13") in sentence_dates(reported, ref)
    assert sentence_dates("The results are due in six months.", ref) == [("in six months", "2018-10-10")]


def test_the_same_phrase_told_in_the_past_is_how_long_it_took():
    ref = "2020-01-02"
    assert sentence_dates("The tickets went on sale in three days.", ref) == []
    assert sentence_dates("The report was due in six months.", ref) == []
