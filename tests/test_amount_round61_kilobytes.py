"""Amounts a careful news reader would sign (issue 17): a size in kilobytes written 'kb'.

- "We need to be more mindful of the CSS that we are writing to stay under the 75kb limit." (a blog.amp.dev
  page): a lower-case 'kb' after a number is how news writers size files and limits, kilobytes
  (data/units.json, the kB entry with symbol 'kb'); before a unit of time it is a transfer rate in kilobits
  ('only two kb per second', quantulum3's suite: the entry's 'in_rate', normalize/units.py Unit.in_rate).
"""

from __future__ import annotations

from conftest import text_facts


def test_a_75kb_limit_is_75_kilobytes():
    text = "We need to be more mindful of the CSS that we are writing to stay under the 75kb limit."
    assert [(f.text, f.value, f.unit) for f in text_facts(text, "amount")] == [("75kb", 75, "kB")]


def test_kb_per_second_is_a_rate_in_kilobits():
    text = "moving data at a snail's pace: only two kb per second."
    assert [(f.text, f.value, f.unit) for f in text_facts(text, "amount")] == [("two kb per second", 2, "kbit/s")]
