"""Dates of round 82 (issue 17): a "Today," that opens its sentence before a present-tense verb of being or having
is nowadays, no day (date_generic._fronted_state); a coordinating conjunction alone before it ("But today, ...",
"And today ...") leaves "today" at its clause's head and the rule holds. "But today, Apple announced" (no verb of
being or having) and "But today, Apple is making donations" (a progressive event) keep the day. The real sentence of
../shared/eval ("But today, as I have explained before (including here and here), the global economy is
overflowing with excess savings.") stays a day: its verb is a progressive, which this rule leaves alone on purpose
("Today, Apple is making donations" is an event)."""

from __future__ import annotations

from conftest import sentence_dates

REF = "2018-04-10"


def test_conjunction_before_a_fronted_today_of_being_or_having():
    assert sentence_dates("But today, plague infections are rare.", REF) == []
    assert sentence_dates("But today, that fine stands at $7 million.", REF) == []
    assert sentence_dates("And today there are 15,000 members.", REF) == []
    assert sentence_dates("Yet today, plague infections are rare.", REF) == []


def test_conjunction_before_a_day_of_events_keeps_the_day():
    assert sentence_dates("But today, Apple announced a new phone.", REF) == [("today", REF)]
    assert sentence_dates("But today, Apple is making donations.", REF) == [("today", REF)]
    assert sentence_dates("But today we filed the suit.", REF) == [("today", REF)]


def test_other_words_before_today_still_keep_the_day():
    assert sentence_dates("Officials said today, the plant is closed.", REF) == [("today", REF)]
