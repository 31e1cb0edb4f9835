"""Places on real news (issue 17, session 34's judged audit): a racehorse a 'whom' follows past an appositive.

'Thunder Snow was out of the gates in a blink of an eye and with North America, his UAE rival, with whom he tussled in
the Al Maktoum Challenge, missing the start, it made it all the more easier.' (GeoWebNews, a Dubai World Cup report):
the horse North America was read as the continent (judged wrong). Round 84's rule (not_places.horses_named: in a racing
story a name a relative 'whom' follows is a horse's) reads 'whom' past an appositive that ends in a common noun too
('his UAE rival'): the appositive's noun is the same being. Not outside racing ('Croatia, the world champions, against
whom France played'), nor a country's name, nor 'who'.
"""

from __future__ import annotations

from conftest import gold_article, texts_of


def test_a_horse_with_whom_past_an_appositive_is_no_place():
    facts = gold_article("geowebnews.jsonl", "geowebnews:120").facts or []
    names = [f.text for f in facts if f.kind == "place"]
    assert "North America" not in names
    assert "Dubai" in names and "UAE" in names


def test_a_team_past_an_appositive_outside_racing_stays_the_place():
    text = "Croatia, the world champions, against whom France played the final in Moscow, scored first."
    assert "Croatia" in texts_of(text, "place")


def test_who_past_an_appositive_in_racing_news_stays_the_place():
    text = "Kentucky, the top seed, who beat Texas in the final, sent its best trainer to the race."
    assert "Kentucky" in texts_of(text, "place")
