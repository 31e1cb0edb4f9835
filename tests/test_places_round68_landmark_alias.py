"""Places: a park's or a square's name that a town bears only as an alternate one (resolve._landmark_alias).

Class: 'strolling around Central Park' resolved to Bethpage, New York, whose old name GeoNames keeps as 'Central
Park'; the name means the park, and a park is no place record. A town whose own name ends in 'Park' keeps it."""

from conftest import eval_facts, text_facts

# a story on Prince Andrew that names New York City: 'strolling around Central Park'
ANDREW = "1f765c48780665e89cc3af1f7c9af47876e9fae9b5be4a936b0649e10f5e3198"


def test_park_named_only_as_a_towns_old_name_is_no_place() -> None:
    facts = eval_facts("articles", ANDREW)
    assert "New York City" in [f["text"] for f in facts if f["kind"] == "place"]
    assert [f["text"] for f in facts if f["kind"] == "place" and "Central Park" in f["sentence"]] == []


def test_town_whose_own_name_is_a_parks_stays() -> None:
    facts = text_facts("August 8 – Tinley Park, IL @ Hollywood Casino Amphitheatre – Chicago", "place")
    assert "Tinley Park" in [f.text for f in facts]
