"""Amounts a careful news reader would sign, round 75 (issue 17): the levels after a change by an amount.

- 'rose "slightly" by 25 percent compared with those in the same group in other states, from 2.18 percent to
  2.72 percent': after a verb of change and its "by" change, a quoted adverb before "by" and the comparison the
  change was measured against (data/change_verbs.json by_comparisons) before ", from X to Y" still make the two
  numbers the old and the new level, two exact amounts, not one range (find/reading.changed_by_rx), as "rose by 37
  percent, from 0.90 percent to 1.23 percent" already was. Without a verb of change ("The share, compared with
  other states, from 2.18 percent to 2.72 percent") nothing reads a change.

The page test reads the real page of ../shared/eval in place through the whole pipeline
(test_counts_real.page_facts) and fails without the rule.
"""

from __future__ import annotations

from test_counts_real import page_facts

from extractor.find.reading import changed_from

_PAGE = "newsweek.com/cannabis-use-disorder-rising-us-states-where-weed-legal-1471170"
_SENTENCE = (
    'who had cannabis use disorder rose "slightly" by 25 percent compared with those in the same group in other '
    "states, from 2.18 percent to 2.72 percent, the authors wrote."
)


def test_the_levels_after_a_change_by_an_amount_and_its_comparison_are_two_amounts():
    facts = page_facts(_PAGE, "compared with those in the same group in other states, from 2.18", "amount")
    assert "from 2.18 percent to 2.72 percent" not in facts
    assert (facts["2.18 percent"]["value"], facts["2.18 percent"]["qualifier"]) == (2.18, "exact")
    assert (facts["2.72 percent"]["value"], facts["2.72 percent"]["qualifier"]) == (2.72, "exact")
    assert facts["25 percent"]["value"] == 25


def test_the_comparison_needs_the_change_by_an_amount_before_it():
    assert changed_from(_SENTENCE, _SENTENCE.index("from 2.18"))
    for cut in ('rose "slightly" by 25 percent', "by 25 percent"):
        text = _SENTENCE.replace(cut, "was measured")
        assert not changed_from(text, text.index("from 2.18"))
