"""One reader of the scale word that ends a number, round 41 (issue 17, code quality).

normalize/numbers.ending_scale served the either-or pair ('two or three hundred') and find/amounts.py had its own
regex for the range that shares a scale ('2 to 3 million'), and normalize/numbers._last_scale its own split for the
comma that groups written-out digits ('three million, two hundred'). They now share ending_scale; each keeps the
words it read before, by two choices:
- least=1000 (the range, the comma group): no 'hundred';
- glued=False (the range): no glued-only letter ('m', 'k', data/numbers.json glued_only).
The range once read a scale word in lower case only ("Between 2 and 3 Million people" was 2 to 3,000,000); it reads
any case now, as the others do.
"""

from __future__ import annotations

import extractor
from extractor.normalize.numbers import ending_scale, find_numbers


def test_the_either_or_reading_takes_every_scale():
    assert ending_scale("two hundred") == 100
    assert ending_scale("3m") == 1e6
    assert ending_scale("three Million") == 1e6
    assert ending_scale("3 Bn") == 1e9


def test_the_range_reading_leaves_out_hundred_and_glued_letters():
    def reads(s: str) -> float | None:
        return ending_scale(s, least=1000, glued=False)

    assert reads("two hundred") is None
    assert reads("3m") is None and reads("10k") is None
    assert reads("three Million") == 1e6
    assert reads("3 Bn") == 1e9 and reads("3bn") == 1e9
    assert reads("20 thousand") == 1000 and reads("five lakh") == 1e5
    assert reads("thirty") is None and reads("3") is None


def test_a_range_shares_the_scale_word_of_its_second_number():
    # ../shared/eval/articles/ground-truth.json: "reducing the world population from an estimated 450 million down to
    # 350–375 million"
    text = "The world population fell from an estimated 450 million down to 350–375 million."
    ranges = [(f.low, f.high) for f in extractor.extract_text(text, "news").facts or [] if f.text == "350–375 million"]
    assert ranges == [(350e6, 375e6)]
    capital = [
        (f.low, f.high) for f in extractor.extract_text("Between 2 and 3 Million people attended.", "t").facts or []
    ]
    assert capital == [(2e6, 3e6)]


def test_a_comma_groups_written_out_digits_after_a_thousand_or_more_in_any_case():
    # ../shared/eval/peers/quantulum3.jsonl: "three million, two hundred & forty" (tests/test_numbers.py); a hundred
    # is no group of digits: "two hundred, forty" stays two numbers
    text = "two hundred, forty people and three Million, two hundred"
    assert [text[n.start : n.end] for n in find_numbers(text)] == ["two hundred", "forty", "three Million, two hundred"]
