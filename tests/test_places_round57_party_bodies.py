"""Places, round 56 (issue 17): a party's local body named after its county. The class: a county's own name before
a party's word in an organisation's name ('Travis County Democratic Party Chair Katie Naranjo', 'the Travis County
GOP', 'The Travis County Republican Party’s executive committee') is the body's jurisdiction, a place mention as a
county's facility's name is (bodies._embedded; data county_party_heads)."""

from __future__ import annotations

from conftest import text_facts

# sentences of an audit page (KXAN/Austin, on Travis County's Democratic nominee for county judge)
TRAVIS = (
    "Local attorney and activist Andy Brown will be the Democratic nominee for Travis County judge in the November "
    "election. If a ballot vacancy happens after the March primary, the nomination is filled by a vote of elected "
    "precinct chairs, Travis County Democratic Party Chair Katie Naranjo said. On the Republican side, the Travis "
    "County GOP did not field a candidate for county judge in 2018. The Travis County Republican Party’s executive "
    "committee is allowing the chair to appoint the nominee."
)


def test_a_county_before_a_party_s_body_is_the_county() -> None:
    places = [(f.text, f.place_type, f.country_code) for f in text_facts(TRAVIS, "place")]
    assert places == [("Travis County", "admin2", "US")] * 4
