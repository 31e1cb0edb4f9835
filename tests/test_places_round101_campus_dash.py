"""Places, round 101: a campus's town after a university system's full name and a spaced dash.

'Greg Pardlo, Rutgers University – Camden' (the signatories of harpers.org's 'A Letter on Justice and Open Debate',
an audit page, webpages e1f34f9b055d0262): a recall judge marked 'Camden' missed. The campus stands in the town after
the spaced dash as it does in the town after a comma ('the University of California, Los Angeles', round 100) or
after the system's short name ('UMass Amherst', institutions.campus_towns), so the town is read there too, in the
system's states only: Camden, New Jersey, not London's borough. The dash glued to 'University' stays the campus's
name ('in the School of Engineering at Rutgers University–New Brunswick', the rutgers.edu audit page
16c62452f6caab5d: not_places.in_campus_name), and no town after it is none ('Rutgers University – Press').
"""

from __future__ import annotations

from conftest import texts_of
from test_counts_real import page_facts

HARPERS = "e1f34f9b055d0262"
RUTGERS = "16c62452f6caab5d"


def test_rutgers_camden_is_camden_new_jersey() -> None:
    fact = page_facts(HARPERS, "Greg Pardlo, Rutgers University – Camden", "place")["Camden"]
    assert (fact["name"], fact["country_code"]) == ("Camden", "US")
    assert abs(fact["lat"] - 39.93) < 0.2 and abs(fact["lon"] + 75.12) < 0.2


def test_a_glued_dash_or_no_town_after_the_dash_is_no_place() -> None:
    assert page_facts(RUTGERS, "at Rutgers University–New Brunswick", "place") == {}
    assert texts_of("The book came out from Rutgers University – Press in the spring.", "place") == []
