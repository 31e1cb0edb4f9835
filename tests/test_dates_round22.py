"""Date classes of round 22 over the facts of main on the audit pages (the judged samples judged21-date and
recalled21): each case is a sentence of a saved page in ../shared/eval, read in place and run through the whole
pipeline (its publication date is the reference date), and the date a careful reader expects there, or none. Each
failed before its rule."""

from __future__ import annotations

from conftest import eval_facts

DEBATE_PAGE = ("webpages", "497a210431b21050")  # the third Republican debate, a page of 2023-11-08


def test_recent_months_after_in_is_a_vague_window_up_to_the_page():
    facts = [f for f in eval_facts(*DEBATE_PAGE) if f["kind"] == "date" and "tussled with Haley" in f["sentence"]]
    got = [(f["text"], f["value"], f["granularity"], f["earliest"], f["latest"]) for f in facts]
    assert got == [("recent months", None, "day", None, "2023-11-08")]
