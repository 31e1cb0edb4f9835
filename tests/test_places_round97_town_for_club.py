"""Places, round 97: a town's name the model tagged no place, standing for its club as the rival in a game report.

'convincingly beating Sunderland and Aston Villa before holding Fulham to a draw at Craven Cottage. A 1-0 defeat to
Reading could have seen their season hit the buffers on Good Friday' (news_gold geowebnews:309, a Hull City preview):
GeoWebNews marks Fulham and Reading core Metonymic places, and the audit guide counts a town standing for its team
as the place ('No. 4 Durango beat Centennial'). The model tags 'Fulham' an organisation and reads 'Reading' as a common
noun, so neither was a mention; teams.town_plays_team reads a town's own name in a rival team's part (held to a
draw, a game verb's object, a result's 'to', 'against' or 'over' in a sentence that reads as a game report) as the
town, a guess the article's places must back. The near cases stay as they were: 'Reading' as a noun or a gerund, a
street ('Fulham Road'), a town before a club's noun ('Reading manager Paul Clement': teams.club_names), and 'held ...
to' with no draw."""

from __future__ import annotations

from conftest import texts_of
from test_places_corpora import near_gold_in


def test_a_town_held_to_a_draw_is_the_town_for_its_club() -> None:
    # geowebnews:309: 'Fulham' tagged an organisation
    assert near_gold_in("geowebnews.jsonl", "geowebnews:309", "Fulham", "holding Fulham to a draw")


def test_a_town_after_a_defeat_to_is_the_town_for_its_club() -> None:
    # geowebnews:309: 'Reading' read as a common noun
    assert near_gold_in("geowebnews.jsonl", "geowebnews:309", "Reading", "A 1-0 defeat to Reading")


def test_a_town_held_to_a_scored_draw_is_the_town() -> None:
    # the parser hangs the 'to' on the team here, not on the verb
    places = texts_of("Derby held Reading to a 1-1 draw at the Madejski Stadium, fans in London said.", "place")
    assert "Reading" in places


def test_reading_as_a_noun_in_a_game_report_is_no_place() -> None:
    assert "Reading" not in texts_of("Reading is fundamental, the coach said after the 2-1 win in London.", "place")


def test_held_to_no_draw_is_no_team() -> None:
    places = texts_of("The council held Reading to its promise, officials in London said.", "place")
    assert "Reading" not in places


def test_a_street_named_for_the_town_is_no_team() -> None:
    places = texts_of("The fans walked down Fulham Road in London after the 2-1 win over Derby.", "place")
    assert not [p for p in places if p.startswith("Fulham")]


def test_a_town_before_a_clubs_noun_stays_the_clubs() -> None:
    # teams.club_names: 'Reading manager' names the club, and the article's other 'Reading' with it
    places = texts_of(
        "Reading manager Paul Clement watched his side lose 2-1. Derby held Reading to a 1-1 draw in London.", "place"
    )
    assert "Reading" not in places
