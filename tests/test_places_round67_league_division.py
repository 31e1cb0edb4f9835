"""Places, round 67: a league's division named by a compass word ('the West Division') in a sports story is no
place (teams.league_division), though the gazetteer knows 'West Division' as an old name of West Hartford, CT."""

from __future__ import annotations

from conftest import eval_facts

# detroitnews.com, 2019-11-19, "Tuesday's college football: Eastern Michigan routs Northern Illinois ..."
COLLEGE_FOOTBALL = "65ce3a4577a0306994efa190a0d96e84014f9d4257ad54753e807ede518f02c0"


def test_compass_division_in_a_sports_story_is_the_leagues() -> None:
    """'with a one-game lead in the West Division on Wisconsin': the Big Ten's division, not West Hartford; the
    state after it stays a place."""
    places = {f["text"] for f in eval_facts("articles", COLLEGE_FOOTBALL) if f["kind"] == "place"}
    assert "the West Division" not in places and "West Division" not in places
    assert "Wisconsin" in places
