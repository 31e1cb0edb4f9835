"""Counts and amounts, round 24 (issue 17, r24-quantities2).

- 'These two met in Week 10', 'the interrelationship between these two': a number after a plural demonstrative
  with no noun after it points back to things already named, like a pronoun: no count (count_forms.py
  _demonstrative_pronoun). With a noun after it ('These 150 Indians', 'these three types') it counts.
- 'eBay has RTX 3080 cards going from $1,599 to $2,100': 'from' a price 'to' a price after a plural noun of things
  and the participle 'going' is the range of the things' prices (reading.priced_things), not the old and the new
  level of a change; 'going from 175 gigawatts to 450 gigawatts' (no priced things) stays a change.
- 'on top of the four billion it has already received' after 'US$5 billion': a bare number with a scale word of a
  million or more that leaves out the currency of the money before it is that money (count_elided.py).
- 'to below the 5000 mark at 4907.20' (a paragraph about an index, a sentence in points): the level passed is an
  amount in index points, as 'fell 118.40 points' is (amounts._index_mark); the level after it stays a number.

Each test reads a real page of ../shared/eval in place through the whole pipeline and fails without its rule.
"""

from __future__ import annotations

from test_counts_real import corpus_line, found, page_facts


def test_demonstrative_number_without_noun_is_no_count():
    # denverpost.com 2023/11/08: "Montrose (8-2), 1 p.m. Saturday: These two met in Week 10, with Montrose scoring
    # 33 straight points to start the festivities."
    facts = page_facts("denverpost.com/2023/11/08/colorado-high-school-football", "These two met in Week 10", "count")
    assert "two" not in facts
    assert facts["33"]["counted"] == "straight points"
    # businessjargons.com/leadership-styles.html: "... leadership styles, situational variables and the
    # interrelationship between these two."
    facts = page_facts("businessjargons.com/leadership-styles", "the interrelationship between these two", "count")
    assert "two" not in facts and facts["three"]["counted"] == "elements"


def test_demonstrative_number_with_noun_counts():
    # denverpost.com 2023/11/08: "No. 13 Mead (5-5) at No. 4 Durango (8-1), 1 p.m. Saturday: These two teams met in
    # Longmont in Week 5, and Durango came away with a 30-16 win."
    facts = page_facts("denverpost.com/2023/11/08/colorado-high-school-football", "These two teams met", "count")
    assert "two" in facts


def test_things_going_from_price_to_price_is_a_range():
    # tomshardware.com/uk/news/where-and-how-to-buy-rtx-3080-3090-3070: "eBay: If money is no object and you're
    # willing to pay double the MSRP, eBay has RTX 3080 cards going from $1,599 to $2,100."
    facts = page_facts("tomshardware.com/uk/news/where-and-how-to-buy-rtx-3080", "cards going from $1,599", "amount")
    fact = facts["from $1,599 to $2,100"]
    assert (fact["qualifier"], fact["low"], fact["high"], fact["unit"]) == ("range", 1599, 2100, "USD")


def test_level_going_from_to_stays_a_change():
    # vox.com 2019/11/8 delhi-india-air-pollution: "... would more than double its renewable energy production,
    # going from 175 gigawatts to 450 gigawatts by 2022."
    facts = page_facts("vox.com/science-and-health/2019/11/8/20948348", "going from 175 gigawatts", "amount")
    assert facts["175 gigawatts"]["value"] == 175 and facts["450 gigawatts"]["value"] == 450


def test_big_scale_number_after_money_is_money():
    # MEANTIME (meantime_en_numbers, meantime-en:121134): "... an additional US$5 billion in aid on top of the four
    # billion it has already received ..."; the gold marks "four billion" as MONEY
    line = corpus_line("meantime_en_numbers.jsonl", "on top of the four billion")
    got = found(line)
    assert got["four billion"]["kind"] == "amount"
    assert (got["four billion"]["value"], got["four billion"]["unit"]) == (4e9, "USD")


def test_index_level_mark_is_an_amount_in_points():
    # MEANTIME (meantime-en:113219): "The primary UK index, the FTSE 100, dropped in value by 2.36%, which is 118.40
    # points, to below the 5000 mark at 4907.20."; the gold marks "5000 mark" an amount
    got = found(corpus_line("meantime_en_numbers.jsonl", "to below the 5000 mark at 4907.20"), kind="amount")
    mark = next(c for t, c in got.items() if t.endswith("5000 mark"))
    assert (mark["value"], mark["unit"]) == (5000, "dimensionless")
    # the level after it stays a number, as MEANTIME marks index levels (no unit passed on by count_elided)
    assert "4907.20" in found(
        corpus_line("meantime_en_numbers.jsonl", "to below the 5000 mark at 4907.20"), kind="count"
    )
    # meantime-en:115587: "It fell by 5.00% to slip below the four thousand mark, at 3,883.36 points."
    got = found(corpus_line("meantime_en_numbers.jsonl", "slip below the four thousand mark"), kind="amount")
    assert any(t.endswith("four thousand mark") for t in got)
