"""Day words that name no day of the page (round 11 audit pages): "today" and "tomorrow" as the object of "live for"
(a maxim's day) and the day words of a general truth about a generic "you" (a zero conditional: "if you need ...,
you don't ..."). Real days beside them stay: "Today only, Amazon offers", "tonight's GOP debate" after an "Unless
you're" whose main clause is no generic "you". Each page is a saved page of ../shared/eval, read in place through
the whole pipeline."""

from __future__ import annotations

from conftest import dates_reader

from extractor.data import load

PAGES = {
    "maxim": ("webpages", "0cf59dcbcf504c49"),
    "goats": ("webpages", "c7b39da662a96dc1"),
    "debate": ("webpages", "9a26f205974e308a"),
    "deals": ("articles", "ad826691a8a2f9c4ce50cf0b885af933c4b5119c1f6235cd7df1dfb83f255bcc"),
}


dates_in = dates_reader(PAGES)


def test_today_and_tomorrow_after_live_for_are_a_maxim_s_days():
    # "to live for today – not for tomorrow, for today": advice for any day, not the page's 2019-07-18 or 19
    assert dates_in("maxim", "live for today") == []
    assert "live" in load("date_nonrefs")["maxim_verbs"]


def test_today_in_a_general_truth_about_a_generic_you_is_anyone_s_day():
    # "But if you need a dollar today to feed your children today, you don't really have time to see the long-term
    # effects.": a zero conditional, present on both sides, of whoever is poor; no day of the page
    assert dates_in("goats", "if you need a dollar today") == []


def test_a_conditional_on_you_before_a_clause_of_another_subject_keeps_its_day():
    # "Unless you're a fan of cheap knockoffs ..., tonight's GOP debate was a complete waste": that night's debate
    assert dates_in("debate", "Unless you're a fan of cheap knockoffs") == [("tonight", "2023-11-08")]


def test_today_only_of_a_deal_stays_the_page_s_day():
    assert dates_in("deals", "Today only, Amazon offers") == [("Today", "2019-11-18")]
