"""Counts a careful news reader would sign, round 86 (issue 17): a number hyphened to the parts a thing has.

- "The Reserve Bank on Thursday came out with a five-pillared strategic approach 'GUARD' to deal with cybersecurity
  threats being faced by urban cooperative banks (UCBs)." (an audit page, news18; a judged miss): a number hyphened
  to a noun of count_values.json noun_ed_stems made an adjective by -ed counts that noun, the parts each thing has,
  as the spaced "a three legged stool" does and as the guide's capacity rule keeps "a 500-seat theatre" a count
  (count_nouns.hyphened_noun_adjective; 'pillared', 'pronged', 'legged', 'tiered', 'layered', 'storied' left
  quantity_exclusions.json modifier_words). The parse hangs the number on the adjective, so "a 10-legged robot"
  is no "a 129" thing either (counts._counts_parts).
- Hyphened words of a manner or a look stay no counts: "a one-sided game", "a two-faced man", "a two-handed
  backhand" (modifier_words); and a noun of a design after the word names a kind ("a two-tiered system").
"""

from __future__ import annotations

from conftest import rows_of
from test_counts_real import page_facts

_PAGE = "rbi-prescribes-five-pillared-approach-guard-against-cybersecurity-threats"


def test_five_pillared_counts_pillars():
    facts = page_facts(_PAGE, "came out with a five-pillared strategic approach", "count")
    assert facts["five"]["value"] == 5 and facts["five"]["counted"] == "pillared"


def test_parts_hyphened_count_in_words_and_digits():
    assert rows_of("They planned a three-pronged attack.", "count", "value", "counted") == [("three", 3, "pronged")]
    assert rows_of("She sat on a three-legged stool.", "count", "value", "counted") == [("three", 3, "legged")]
    assert rows_of("The lab built a 10-legged robot.", "count", "value", "counted") == [("10", 10, "legged")]
    assert rows_of("They lived in a two-storied house.", "count", "value", "counted") == [("two", 2, "storied")]


def test_a_manner_or_a_look_hyphened_is_no_count():
    assert rows_of("India won a one-sided game.", "count", "value", "counted") == []
    assert rows_of("He called him a two-faced man.", "count", "value", "counted") == []
    assert rows_of("She hit a two-handed backhand.", "count", "value", "counted") == []
    assert rows_of("They set up a two-tiered system.", "count", "value", "counted") == []
