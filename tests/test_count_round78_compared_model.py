"""A model's digits after a comparative adjective, round 78 (issue 17, c78).

'20 of Boeing's larger 777 planes': digits of three or more right after a comparative adjective that follows 'the'
or a possessor name a model; a count stands before its adjectives ('20 larger planes')
(count_context._compared_model). 'Japan's 47 prefectures', 'the company's 737 employees' (no adjective), 'the
further 120 cases' (quantity_exclusions.json count_comparatives) and 'a larger 500-seat hall' (hyphened) count.
"""

from __future__ import annotations

from conftest import gold_quantities, text_facts


def test_digits_after_comparative_name_a_model():
    # meantime-en:11716: "Qatar Airways, which choose the Airbus A350 over Boeing's 787, will also purchase 20 of
    # Boeing's larger 777 planes for $4.6 billion."
    counts = gold_quantities("meantime_en_numbers.jsonl", "meantime-en:11716", "larger 777 planes", "count")
    assert [c[0] for c in counts] == ["20"]


def test_counts_without_comparative_stay():
    for text, number in [
        ("Japan's 47 prefectures voted.", "47"),
        ("The company's 737 employees were laid off.", "737"),
        ("The council reviewed the further 120 cases.", "120"),
        ("They built a larger 500-seat hall.", "500"),
    ]:
        assert number in [f.text for f in text_facts(text, "count")], text
