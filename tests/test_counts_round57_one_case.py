"""Counts round 57 (issue 17, samples 20261334-37): "in one case" opens an example, no how many.

- "Detective Senior Sergeant Horan says in one case five boys amassed 150 charges": 'in one case' (or 'in one
  instance', 'on one occasion', 'in one incident': data/count_forms.json one_instance_nouns) set before the verb
  it modifies or between commas is 'in a certain case', no how many (count_forms._instance_one, read by
  _example_one). After its verb with no commas it may count ("Prosecutors have filed charges in one case, he said").
"""

from __future__ import annotations

from conftest import gold_quantities, text_facts


def test_in_one_case_before_its_verb_is_no_count():
    # tr_news.jsonl, tr-news:1090002
    counts = gold_quantities("tr_news.jsonl", "tr-news:1090002", "in one case five boys", "count")
    assert [(c[0], c[4]) for c in counts] == [("five", "boys"), ("150", "charges")]


def test_in_one_case_between_commas_is_no_count():
    # webpages: an article on protests, "snipers have also shot into crowds of people from rooftops and, in one
    # case, a helicopter"
    text = (
        "According to eyewitness accounts corroborated by video footage, snipers have also shot into crowds of "
        "people from rooftops and, in one case, a helicopter."
    )
    assert text_facts(text, "count") == []


def test_in_one_case_after_its_verb_still_counts():
    text = "Prosecutors have filed charges in one case, he said."
    assert [(f.text, f.counted) for f in text_facts(text, "count")] == [("one", "case")]
