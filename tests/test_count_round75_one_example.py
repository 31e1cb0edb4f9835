"""Counts a careful news reader would sign (issue 17): "just one example" as the complement of "be".

- "That was just one example of Bautista showing some attitude on the field." (geowebnews): 'one' and a noun of
  illustration (data/count_forms.json one_illustration_nouns: example, instance, illustration) as the complement
  of 'be' class the subject as one example of many, a figure of speech, not how many examples, even after 'just'
  or 'only' (count_forms._copular_one).
- Left as counts: 'just one' before another noun ("But it was just one contender down and many more to go") and
  after an expletive 'there' ("There was just one problem: The climactic song ... didn't exist").
"""

from __future__ import annotations

from conftest import gold_quantities, text_facts


def test_just_one_example_as_the_complement_of_be_counts_nothing():
    facts = gold_quantities("geowebnews.jsonl", "geowebnews:19", "just one example of Bautista", "count")
    assert [f for f in facts if f[0] == "one"] == []


def test_just_one_before_another_noun_or_after_there_still_counts():
    # guards: 'just one' keeps a count of other nouns, and an expletive 'there' says how many
    for text, counted in (
        ("But it was just one contender down and many more to go as the Americans lurked.", "contender"),
        ("There was just one problem: The climactic song that ties the whole movie together didn’t exist.", "problem"),
    ):
        assert [(f.text, f.counted) for f in text_facts(text, "count")] == [("one", counted)]
