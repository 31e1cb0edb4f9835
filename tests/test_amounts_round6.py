"""Amounts a careful reader would sign (issue 17, sixth round): one test per class of error, on real pages.

Each test reads the sentence in place from a real page of ../shared/eval through the whole pipeline and fails
without its rule; a short sentence written like the real one checks that the rule is the class's.
"""

from __future__ import annotations

from test_counts_real import found, page_facts


def test_a_year_before_a_scaled_amount_is_no_range_end():
    # "Its global trade surplus surged from $32 billion in ... 2004 to $102 billion in 2005."
    facts = page_facts("92da28367d4f79d5", "surged from $32 billion", "amount")
    assert {"$32 billion", "$102 billion"} <= set(facts) and "2004 to $102 billion" not in facts
    assert facts["$102 billion"]["value"] == 102_000_000_000
    got = found("Exports rose from $32 billion in 2004 to $102 billion in 2005; 2 to 3 billion people.", kind="amount")
    assert "2004 to $102 billion" not in got and got["$102 billion"]["qualifier"] == "exact"
    # a bare first end that is no year still opens the range and takes the scale
    got = found("Between 20 and $30 million was raised.", kind="amount")
    assert (got["Between 20 and $30 million"]["low"], got["Between 20 and $30 million"]["high"]) == (20e6, 30e6)
