"""Places on real news (issue 17): a legislator's party letter and a state's postal code ('(R-AL)') name the state.

Class: 'Rep. Robert Aderholt (R-AL), ranking member of the subcommittee' gave no place, while '(D-Calif.)' gives
California: untagged._party_state reads a state's name or abbreviation after the letter, and a postal code alone is
too often another word ('IN', 'OR', 'ME') for the gazetteer to look it up. The party letter, a hyphen and the code in a
bracket or a comma's aside (areas.PARTY_CODE) vouch for it: the US state of that code (areas.party_codes). Judged
missed in the session's recall audit (r534). A bracketed code with no party letter, a party letter before no state's
code, and a letter that is no party's stay no place.
"""

from __future__ import annotations

import pytest
from conftest import gold_sentence_places, rows_of

from extractor.normalize.places import gazetteer


def test_party_tag_with_a_postal_code_names_the_state():
    # articles/html c00962aa… (NASA's SLS hearing), quoted as in the page text
    text = (
        "At a hearing last month of the House appropriations subcommittee that funds NASA, Rep. Robert Aderholt "
        "(R-AL), ranking member of the subcommittee, pushed for greater use of SLS."
    )
    assert rows_of(text, "place", "name", "place_type", "country_code") == [("AL", "Alabama", "admin1", "US")]


def test_party_tag_in_news_gold():
    found = gold_sentence_places("geowebnews.jsonl", "geowebnews:32", "Senator Marco Rubio (R-FL) applauded")
    assert found["FL"].name == "Florida"


def _us_codes() -> list[str]:
    gz = gazetteer()
    return sorted(c for c, ids in gz.postal.items() if any(gz.places[i].country_code == "US" for i in ids))


def test_the_codes_are_the_states_and_dc():
    assert len(_us_codes()) == 51 and "AL" in _us_codes() and "DC" in _us_codes()


@pytest.mark.parametrize("code", _us_codes())
def test_every_us_postal_code_after_a_party_letter(code):
    rows = rows_of(
        f"Rep. Jane Doe (D-{code}) voted against the bill on Tuesday.", "place", "country_code", "place_type"
    )
    assert rows == [(code, "US", "admin1")]


def test_comma_aside_and_district_number():
    text = "Rep. Tom Cole, R-OK, and Rep. Alexandria Ocasio-Cortez (D-NY-14) voted against the bill."
    assert [r[1] for r in rows_of(text, "place", "name")] == ["Oklahoma", "New York"]


@pytest.mark.parametrize(
    "text",
    [
        "The unit (AL) and its (OK) rating were low on Tuesday.",  # no party letter
        "The model (X-AL) was launched on Tuesday.",  # no party's letter
        "Rep. Jane Doe (R-XX) voted against the bill.",  # no state's code
        "The team's (AI) score was low.",
    ],
)
def test_bracketed_capitals_without_a_party_tag_stay_no_place(text):
    assert rows_of(text, "place") == []
