"""Counts round 58 (issue 17, samples 20261342-45): 'lead to N' is a margin only when 'lead' is a noun.

- "Those pipeline approvals will lead to 22,000 new jobs": a noun of a margin before 'to N' ('cut the Lakers' lead
  to two') makes N a margin (count_measures._margin), but here the parser reads 'lead' as a verb, so the jobs count
  (count_measures._verb_at). The margin stays: "cut the Lakers' lead to two on Gallinari's free throws".
"""

from __future__ import annotations

from conftest import gold_quantities, text_facts


def test_will_lead_to_jobs_counts_the_jobs():
    # tr_news.jsonl, tr-news:1070002
    counts = gold_quantities("tr_news.jsonl", "tr-news:1070002", "will lead to 22,000 new jobs", "count")
    assert [(c[0], c[1]) for c in counts] == [("22,000", 22000)]


def test_a_lead_cut_to_two_is_still_a_margin():
    # from a webpages page: "the Thunder scored nine straight points to cut the Lakers’ lead to two"
    text = "The Thunder scored nine straight points to cut the Lakers’ lead to two on Gallinari’s free throws."
    assert [f.text for f in text_facts(text, "count")] == ["nine"]
