"""Amounts a careful news reader would sign, round 20 (issue 17).

- "Seoul expects PV cell producers to increase the average efficiency of multi-junction devices from 23% to 35%.":
  a verb that changes its object (data/change_verbs.json object_levels), the object standing between it and
  "from X to Y", makes the two numbers the old and the new level of that object, two exact amounts, not one range
  (find/reading.changed_from, which counts read too); past a clause break or a range cue ("ranging", "aged")
  "from X to Y" stays a range.

Each page test reads a real page of ../shared/eval in place through the whole pipeline (test_counts_real.page_facts)
and fails without the rule.
"""

from __future__ import annotations

from test_counts_real import page_facts

from extractor.find.reading import changed_from

_SOLAR = "pv-magazine.com/2019/11/20/south-koreas-roadmap-to-drive-down-solar-costs"
_EFFICIENCY = (
    "Seoul expects PV cell producers to increase the average efficiency of multi-junction devices from 23% to 35%."
)


def test_a_change_of_the_verbs_object_from_one_level_to_another_gives_two_amounts():
    facts = page_facts(_SOLAR, "efficiency of multi-junction devices from 23% to 35%", "amount")
    assert "from 23% to 35%" not in facts
    assert (facts["23%"]["value"], facts["23%"]["qualifier"]) == (23, "exact")
    assert (facts["35%"]["value"], facts["35%"]["qualifier"]) == (35, "exact")


def test_a_clause_break_or_a_range_cue_after_the_object_keeps_the_range():
    start = _EFFICIENCY.index("from 23%")
    assert changed_from(_EFFICIENCY, start)
    for cut in ("the average efficiency, which ranges", "the average efficiency of devices aged"):
        text = _EFFICIENCY.replace("the average efficiency of multi-junction devices", cut)
        assert not changed_from(text, text.index("from 23%"))
