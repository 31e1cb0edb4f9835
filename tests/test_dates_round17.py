"""Date classes of round 17 over the facts of main on the audit pages (the judged sample judged17-date and the recall
sheet recalled17): each case is a sentence of a saved page in ../shared/eval, read in place and run through the whole
pipeline (its publication date is the reference date), and the date a careful reader expects there, or none. Each
failed before its rule."""

from __future__ import annotations

import re

from conftest import dates_on, eval_facts

from extractor.find.date_names import _quoted_title_rx
from extractor.normalize.periods import tables


def test_a_year_quoted_after_a_noun_of_a_work_is_its_title():
    assert dates_on("webpages", "1103dff69988fa63", "immersive World War One film") == [("Saturday", "2020-01-18")]
    assert _quoted_title_rx().search("the album “")
    assert not _quoted_title_rx().search("in “")
    assert all(w == w.lower() for w in tables()["title_work_nouns"])
    assert re.search(r"\bfilm\b", " ".join(tables()["title_work_nouns"]))


def test_this_coming_week_on_a_monday_is_the_week_it_begins():
    # a page of Monday 2020-06-01: "this coming week" is W23 (June 1-7), not the calendar week after (W24)
    assert dates_on("webpages", "6f4cb16b95a6fce5", "you’ll be hearing more this coming week") == [
        ("coming week", "2020-W23")
    ]
    assert {"coming", "upcoming"} <= set(tables()["starting_shifts"])


def _bounds(folder: str, name: str, text: str, snippet: str) -> list[tuple[str, str, str]]:
    facts = eval_facts(folder, name)
    return [(f["value"], f["earliest"], f["latest"]) for f in facts if f["text"] == text and snippet in f["sentence"]]


def test_later_and_earlier_this_year_run_from_and_to_the_pages_date():
    # a page of 2020-01-20: the strikes may come any time after it, not only from July
    assert _bounds("webpages", "1dca15fb3f89065d", "later this year", "further strikes across British") == [
        ("2020", "2020-01-21", "2020-12-31")
    ]
    # a page of 2020-10-06: the peak came any time before it, not only by June 30
    assert _bounds("webpages", "2fc951f9a1ecac76", "earlier this year", "At the peak of the curve") == [
        ("2020", "2020-01-01", "2020-10-05")
    ]


def test_a_vague_window_up_to_the_pages_date_is_a_date_with_a_null_value():
    # the audit guide: a vague period that still places a time is a date, its value null when it cannot be resolved
    slumped = "702d1da63b8e064cb70617620e45c2d116b4912c9bc9d518dcf5ce54bb8057ed"
    assert _bounds("articles", slumped, "the past several months", "which has slumped over") == [
        (None, None, "2019-11-18")
    ]
    assert _bounds("articles", slumped, "the next few weeks", "could finalize an agreement") == [
        (None, "2019-11-19", None)
    ]
    # "the past two nights" on Monday 2020-06-01: a window of days, resolved
    assert dates_on("webpages", "6f4cb16b95a6fce5", "in some cities over the past two nights") == [
        ("the past two nights", "2020-05-30/2020-06-01")
    ]
    assert {"few", "several", "couple of"} <= set(tables()["vague_counts"])
