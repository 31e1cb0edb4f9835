"""Places, round 95: the dash that closes a dateline is no part of the place (entity_parts._before_closing_dash).

'NEW YORK - Woody Allen’s memoir, dropped by its original publisher after widespread criticism, has found a new home,
The Associated Press has learned.' (thestar.com, 2020-03-23, an audit page): the model tagged 'NEW YORK -' a place, and
the record's text and name kept the dash ('New York -'). A name never ends in a dash, in any of the forms a dateline
closes on (' - ', ' -- ', ' – ', ' — '): the span stops at the place's last word. A hyphen inside a name
('Guinea-Bissau') is left.
"""

from __future__ import annotations

import pytest
from conftest import rows_of
from test_counts_real import page_facts

PAGE = "ap-exclusive-allen-has-new-publisher-memoir-out-monday"


def test_real_dateline_stops_before_its_dash() -> None:
    facts = page_facts(PAGE, "Woody Allen’s memoir", "place")
    assert "NEW YORK -" not in facts
    assert facts["NEW YORK"]["name"] == "New York"


@pytest.mark.parametrize("dash", ["-", "--", "–", "—"])
def test_every_dash_form(dash: str) -> None:
    rows = rows_of(f"NEW YORK {dash} Woody Allen’s memoir has found a new home.", "place", "name")
    assert rows[:1] == [("NEW YORK", "New York")]


def test_a_hyphen_inside_a_name_stays() -> None:
    # the near sentence: the hyphen joins the name's words, it closes nothing
    rows = rows_of("He flew to Guinea-Bissau on Monday.", "place", "name")
    assert rows == [("Guinea-Bissau", "Guinea-Bissau")]
