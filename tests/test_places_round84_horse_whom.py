"""Places on real news (issue 17, session 34's judged audit): a racehorse a relative 'whom' follows is no place.

'He kept West Coast, with whom he had exchanged the lead briefly at the start, at bay' (GeoWebNews, a Dubai World Cup
report): the horse was read as the US West Coast there and in 'over strong favourite, the USA's West Coast' and 'then
West Coast let me go' (judged wrong; the third time a racehorse was). 'whom' asks for a being; in a story that names a
trainer or a jockey, a name a place bears that 'whom' follows is a horse's, and so throughout the article
(not_places.horses_named, with horse_name's reads). Not outside racing news ('Croatia, against whom France played':
a team named by its place is the place), nor a country's name, nor 'who' or 'whose' ('Texas, whose governor').
GeoWebNews marks the horse a Metonymic place, at no point near the US coast: its strict place F1 rises (0.908 to
0.909), its span F1 falls by these three (0.930 to 0.929).
"""

from __future__ import annotations

from conftest import gold_article, texts_of


def test_a_horse_with_whom_is_no_place_throughout_the_article():
    facts = gold_article("geowebnews.jsonl", "geowebnews:120").facts or []
    names = [f.text for f in facts if f.kind == "place"]
    assert "West Coast" not in names
    assert "Dubai" in names and "Kentucky" in names


def test_a_team_with_whom_outside_racing_stays_the_place():
    text = "Croatia, against whom France played the final in Moscow, scored first."
    assert "Croatia" in texts_of(text, "place")


def test_a_nation_for_whom_in_racing_news_stays_the_place():
    text = "Japan, for whom Almond Eye won, sent its best trainer to Dubai, and the jockey rode well."
    assert "Japan" in texts_of(text, "place")


def test_whose_after_a_state_stays_the_place():
    text = "Texas, whose governor attended the race with the trainer, hosts the next meeting."
    assert "Texas" in texts_of(text, "place")
