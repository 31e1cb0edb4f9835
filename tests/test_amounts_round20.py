"""Amounts a careful news reader would sign, round 20 (issue 17).

- "Seoul expects PV cell producers to increase the average efficiency of multi-junction devices from 23% to 35%.":
  a verb that changes its object (data/change_verbs.json object_levels), the object standing between it and
  "from X to Y", makes the two numbers the old and the new level of that object, two exact amounts, not one range
  (find/reading.changed_from, which counts read too); past a clause break or a range cue ("ranging", "aged")
  "from X to Y" stays a range. So after the change by an amount: "Problematic cannabis use rose by 37 percent, from
  0.90 percent to 1.23 percent" (reading.changed_by_rx).
- 'to be sure that what's presented "is 100% accurate and is aligned with those funding partners."': a whole
  hundred percent between a linking verb and an adjective of certainty or commitment (quantity_measures.json
  intensified_after, intensified_adjectives) says "entirely", neither an amount nor a count; "100% renewable" and
  "shares rose 100% right after" (no linking verb) stay amounts.

Each page test reads a real page of ../shared/eval in place through the whole pipeline (test_counts_real.page_facts)
and fails without the rule.
"""

from __future__ import annotations

from test_counts_real import page_facts

from extractor.find.counts import find_quantities
from extractor.find.reading import changed_from
from extractor.nlp import load
from extractor.normalize.units import Whereabouts

_SOLAR = "pv-magazine.com/2019/11/20/south-koreas-roadmap-to-drive-down-solar-costs"
_EFFICIENCY = (
    "Seoul expects PV cell producers to increase the average efficiency of multi-junction devices from 23% to 35%."
)


def test_a_change_of_the_verbs_object_from_one_level_to_another_gives_two_amounts():
    facts = page_facts(_SOLAR, "efficiency of multi-junction devices from 23% to 35%", "amount")
    assert "from 23% to 35%" not in facts
    assert (facts["23%"]["value"], facts["23%"]["qualifier"]) == (23, "exact")
    assert (facts["35%"]["value"], facts["35%"]["qualifier"]) == (35, "exact")


def test_the_levels_after_a_change_by_an_amount_are_two_amounts():
    page = "newsweek.com/cannabis-use-disorder-rising-us-states-where-weed-legal-1471170"
    facts = page_facts(page, "rose by 37 percent, from 0.90 percent to 1.23 percent", "amount")
    assert "from 0.90 percent to 1.23 percent" not in facts
    assert (facts["0.90 percent"]["value"], facts["1.23 percent"]["value"]) == (0.9, 1.23)


def test_a_clause_break_or_a_range_cue_after_the_object_keeps_the_range():
    start = _EFFICIENCY.index("from 23%")
    assert changed_from(_EFFICIENCY, start)
    for cut in ("the average efficiency, which ranges", "the average efficiency of devices aged"):
        text = _EFFICIENCY.replace("the average efficiency of multi-junction devices", cut)
        assert not changed_from(text, text.index("from 23%"))


def _units(sentence: str, where: Whereabouts) -> dict[str, str]:
    return {sentence[c["start"] : c["end"]]: c["unit"] for c in find_quantities([load()(sentence)], where)}


_TRANSIT = "miamitodaynews.com/2023/11/07/transit-tax-trust-rejects-countys-south-dade-transitway-data"


def test_a_hundred_percent_said_of_certainty_is_no_amount():
    sentence = "to be sure that what’s presented “is 100% accurate"
    assert "100%" not in page_facts(_TRANSIT, sentence, "amount")
    assert "100%" not in page_facts(_TRANSIT, sentence, "count")
    # the same words where the hundred is a share: no linking verb before it, or an adjective a share measures
    for share in (sentence.replace("“is 100%", "rose 100%"), sentence.replace("accurate", "renewable")):
        assert _units(share, Whereabouts()) == {"100%": "%"}
