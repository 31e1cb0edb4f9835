"""Counts round 58 (issue 17, samples 20261342-45): 'one type of' is 'a type of'.

- "Burton doesn't advocate one type of farming": 'one' before a noun of a kind ('type', 'kind', 'sort') picks out a
  kind, as 'one way' and 'one thing' do ('a type of'; count_forms.json one_indefinite_nouns,
  count_forms._idiom_one), not how many kinds. 'only one type of' counts (one_counting_before), and so does a 'one'
  set against another number that counts the same noun's plural ('one kind of bacteria and two kinds of fungi',
  count_forms._counted_alike).
"""

from __future__ import annotations

from conftest import gold_quantities, text_facts


def test_one_type_of_farming_is_a_type():
    # tr_news.jsonl, tr-news:1340001
    assert gold_quantities("tr_news.jsonl", "tr-news:1340001", "advocate one type of farming", "count") == []


def test_only_one_type_still_counts():
    counts = text_facts("Only one type of cell survived the treatment.", "count")
    assert [(f.text, f.counted) for f in counts] == [("one", "type")]


def test_one_kind_set_against_two_kinds_counts():
    counts = text_facts("They found one kind of bacteria and two kinds of fungi in the samples.", "count")
    assert [(f.text, f.value) for f in counts] == [("one", 1), ("two", 2)]
