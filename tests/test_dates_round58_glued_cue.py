"""Dates of round 58 (issue 17), a year glued to its cue by a hyphen: "a circa-1860 edifice" is 1860, though spaCy
tags the one word "circa-1860" as a name (FAC): an entity that is only the cue, its hyphen and the year vetoes nothing
(find/date_matches._cue_glued; "circa-" in year_context of dates.json)."""

from __future__ import annotations

from conftest import gold_dates


def test_a_circa_year_glued_by_a_hyphen_is_a_date():
    # geowebnews:0: "a black Catholic congregation worshipping in a circa-1860 edifice originally designed as ..."
    found = gold_dates("geowebnews.jsonl", "geowebnews:0", "circa-1860")
    assert ("1860", "1860") in found
