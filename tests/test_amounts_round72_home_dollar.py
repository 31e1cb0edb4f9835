"""Amounts a careful news reader would sign, round 72 (issue 17): a story's home dollar past places it only
compares with.

- "Seeing a backlash, Morrison has since deployed the military, ... pledged billions of dollars in aid" in a New
  South Wales bushfire story that sizes the burnt area against "Greater London" and "Austria" and later names
  Morrison's holiday in Hawaii: its first four resolved places are Australian and it names Australia's places far
  more often than the US one, so the dollar is AUD (normalize/money._past_usd_asides reads only the first 'lead'
  places, currencies.json story_dollar_places).
"""

from __future__ import annotations

from test_counts_real import page_facts

from extractor.normalize.money import bare_dollar
from extractor.normalize.units import Whereabouts


def test_a_bushfire_story_with_comparisons_before_a_us_aside_keeps_the_australian_dollar():
    # webpages d0f652f98d21396b (the AFP megablaze story)
    facts = page_facts("d0f652f98d21396b", "pledged billions of dollars in aid", "amount")
    assert facts["billions of dollars"]["unit"] == "AUD"


def test_places_between_the_lead_and_the_us_aside_may_lie_anywhere():
    # the story's resolved places in order: 4 Australian, Greater London, Austria, 3 Australian, Hawaii, Australia
    fire = ("AU",) * 4 + ("GB", "AT") + ("AU",) * 3 + ("US", "AU")
    assert bare_dollar("", Whereabouts(frozenset({"AU", "GB", "AT", "US"}), None, fire)) == "AUD"
    early = ("AU",) * 3 + ("GB",) + ("AU",) * 3 + ("US", "AU")  # a fourth place elsewhere: no settled lead
    assert bare_dollar("", Whereabouts(frozenset({"AU", "GB", "US"}), None, early)) == "USD"
