"""Places, round 93: the jurisdiction inside a public office's title and a regulation's name (names inside names).

'Invoking powers granted under the Bihar Epidemic Disease COVID 19 Regulation, 2020, Patna District
Collector-cum-Chairman, district disaster management authority, Kumar Ravi ordered a lockdown' (businesstoday.in,
webpages 77b63f8a9dabf25c): a district collector and a district magistrate are a district's public offices
(places.json institution_heads: 'magistrate', 'collector'), and a regulation is a law whose leading place is its
jurisdiction (held_in_heads: 'regulation'), as 'the Texas Department of Health' and 'the California Penal Code' are.
A place inside a school's name stays no place."""

from __future__ import annotations

from conftest import eval_facts, texts_of


def test_the_district_collector_and_the_states_regulation_name_their_places() -> None:
    facts = [
        f
        for f in eval_facts("webpages", "77b63f8a9dabf25c")
        if f["kind"] == "place" and (f["sentence"] or "").startswith("Invoking powers granted under the Bihar")
    ]
    found = {(f["text"], f["country_code"]) for f in facts}
    assert ("Bihar", "IN") in found
    assert ("Patna", "IN") in found


def test_a_district_magistrate_names_the_district() -> None:
    assert "Patna" in texts_of("The Patna District Magistrate ordered all shops to close.", "place")


def test_a_place_inside_a_schools_regulation_is_no_place() -> None:
    # the near sentence: a university's own regulation names the school, not a jurisdiction
    assert "Patna" not in texts_of("Students must follow the Patna University Regulation on attendance.", "place")
