"""Counts a careful news reader would sign (issue 17): a qualifier in capitals before a number is no acronym.

- "(PHOTO: V. Clarke) OVER 70 students from two primary and two senior secondary schools in the south of the island
  participated" (geowebnews): a lead paragraph set in capitals writes 'OVER', 'MORE THAN', 'NEARLY'; the rule that
  digits after an acronym end its name ('FIFA 21', 'COVID 19') read 'OVER 70' as one. The last word of a qualifier
  of quantity_qualifiers.json before is no acronym (count_labels._acronym_name, _qualifier_ends); the count is
  more than 70 students.
"""

from __future__ import annotations

from conftest import gold_article, text_facts


def test_a_capitalised_qualifier_opens_a_count():
    facts = [f for f in gold_article("geowebnews.jsonl", "geowebnews:218").facts or [] if f.kind == "count"]
    over = [(f.text, f.value, f.qualifier, f.counted) for f in facts if f.text == "OVER 70"]
    assert over == [("OVER 70", 70, "more_than", "students")]


def test_an_acronym_before_digits_still_names_them():
    assert [f.text for f in text_facts("FIFA 21 Game Settings are out.", "count")] == []
