"""Amounts a careful news reader would sign, round 16 (issue 17): a change "from X to Y" of an amount.

- "Tariffs on Chinese goods were increased from 10% to 25% in May 2019": after a verb of change, "from X to Y" is
  the old and the new level, two exact amounts, as counts read it since round 14 (find/reading.changed_from, data
  change_verbs.json from_to_levels); "temperatures ranged from -18 °C to -34 °C" (no such verb) stays one range.
  quantulum3's suite reads "Treatment was reduced from 44 mg to 50 mg ethanol" as one range (ACCURACY.md).

Each test reads a real page of ../shared/eval in place through the whole pipeline (test_counts_real.page_facts)
and fails without the rule.
"""

from __future__ import annotations

from test_counts_real import page_facts


def test_a_change_from_one_percentage_to_another_gives_two_amounts():
    page = "politifact.com/truth-o-meter/article/2019/nov/18/politifacts-guide-understanding-tariffs-and-intern"
    facts = page_facts(page, "were increased from 10% to 25% in May 2019", "amount")
    assert "from 10% to 25%" not in facts
    assert (facts["10%"]["value"], facts["10%"]["unit"], facts["10%"]["qualifier"]) == (10, "%", "exact")
    assert (facts["25%"]["value"], facts["25%"]["unit"], facts["25%"]["qualifier"]) == (25, "%", "exact")


def test_a_change_of_a_measure_in_words_gives_two_amounts():
    # "... going from 175 gigawatts to 450 gigawatts by 2022."
    page = "vox.com/science-and-health/2019/11/8/20948348/delhi-india-air-pollution-quality-cause"
    facts = page_facts(page, "going from 175 gigawatts to 450 gigawatts", "amount")
    assert {"175 gigawatts", "450 gigawatts"} <= set(facts)
    assert facts["450 gigawatts"]["value"] == 450 and facts["450 gigawatts"]["qualifier"] == "exact"
