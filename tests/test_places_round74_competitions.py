"""Places on real news (issue 17): a named competition's leading place is where it is held.

Class: an event's name whose last word is 'competition' (data event_heads) gives its leading place as a place
mention, as a festival's does ('the Dublin International Piano Competition': bodies._event_held_in; audit guide,
names inside names).
"""

from __future__ import annotations

from conftest import gold_article


def test_a_competitions_leading_town_is_where_it_is_held():
    art = gold_article("geowebnews.jsonl", "geowebnews:307")
    dublin = [
        f
        for f in art.facts or []
        if f.kind == "place" and f.text == "Dublin" and "Dublin International Piano Competition" in f.sentence
    ]
    assert len(dublin) == 1 and dublin[0].country_code == "IE"
