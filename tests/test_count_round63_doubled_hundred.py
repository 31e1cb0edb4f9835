"""Counts a careful news reader would sign (issue 17): a doubled 'hundred' after round hundreds.

- "He said through the partnership, 200 hundred scholarships will be available for residents" (geowebnews; the
  story opened with "to provide 200 scholarships"): digits that already end in hundreds then 'hundred' say the
  hundreds twice; the count is 200, not 20,000 (normalize/numbers._doubled_hundred). '15 hundred' stays 1,500 and
  Recognizers-Text's '322 hundred' stays 32,200.
"""

from __future__ import annotations

from conftest import gold_quantities, text_facts


def test_round_hundreds_then_hundred_count_the_digits():
    facts = gold_quantities("geowebnews.jsonl", "geowebnews:245", "200 hundred scholarships", "count")
    assert [(text, value) for text, value, *_ in facts] == [("200 hundred", 200)]


def test_hundred_after_smaller_or_unround_digits_multiplies():
    facts = text_facts("They said 15 hundred people came to the rally.", "count")
    assert [(f.text, f.value) for f in facts] == [("15 hundred", 1500)]
    assert [(f.text, f.value) for f in text_facts(" 322 hundred ", "count")] == [("322 hundred", 32200)]
