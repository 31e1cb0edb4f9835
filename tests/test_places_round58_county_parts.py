"""Places, round 58 of issue 17: recall of a county's compass part alone in a list's line (judged samples, seeds
20261342-45).

The class: 'South Derbyshire', 'South Dorset' alone in their lines of a list of MPs' seats (the model tags the first a
people's word, the second nothing) are the counties' parts, as 'South Cambridgeshire' beside them is
(seats._county_part_line)."""

from __future__ import annotations

from conftest import text_facts

# an audit page (dailymail.co.uk, 'Chef Jamie Oliver joins Mail on Sunday's war on toxic US food'): its list of
# Conservative MPs, seat, member and address each in its own block
SEATS = (
    "South Cambridgeshire\n\nAnthony Browne\n\nanthony.browne.mp@parliament.uk\n\n"
    "South Derbyshire\n\nHeather Wheeler\n\nheather.wheeler.mp@parliament.uk\n\n"
    "South Dorset\n\nRichard Drax\n\nrichard.drax.mp@parliament.uk\n\n"
    "South East Cambridgeshire\n\nLucy Frazer\n\nlucy.frazer.mp@parliament.uk"
)


def test_county_part_alone_in_a_seats_line_is_a_place():
    facts = {f.text: f for f in text_facts(SEATS, "place")}
    for seat in ("South Derbyshire", "South Dorset", "South Cambridgeshire"):
        assert seat in facts
        assert facts[seat].country_code == "GB"
