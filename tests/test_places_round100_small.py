"""Places, round 100 (issue 17): a state's lottery names its jurisdiction.

- "https://t.co/B6st9j0txx -- New Jersey Lottery (@TheNJLottery) March 31, 2018" (news_gold geowebnews:122, a place a
  judge marked missed; GeoWebNews marks 'New Jersey' there, Embedded_Non_Lit): a US state's lottery is a state
  agency, so by the guide's names-inside-names convention the state in its name is its jurisdiction, a place
  (places.json institution_heads: 'lottery', read by bodies._embedded). 'The National Lottery' names no place; a
  lottery 'club' is an organisation's (organisation_heads), and a word that is no place ('the Hoosier Lottery')
  gives none.
"""

from __future__ import annotations

from conftest import gold_place_at, rows_of

_TWEET = "-- New Jersey Lottery (@TheNJLottery)"


def test_the_new_jersey_lottery_names_new_jersey() -> None:
    facts = gold_place_at("geowebnews.jsonl", "geowebnews:122", _TWEET, "New Jersey")
    assert [(f.name, f.place_type, f.country_code) for f in facts] == [("New Jersey", "admin1", "US")]


def test_a_states_lottery_said() -> None:
    rows = rows_of("The New Jersey Lottery said the jackpot was won.", "place", "name")
    assert rows == [("New Jersey", "New Jersey")]


def test_a_lottery_with_no_place_or_a_clubs_gives_none() -> None:
    for text in (
        "The National Lottery said the jackpot was won.",
        "The Hoosier Lottery said a ticket won.",
        "The Boston Lottery Club met on Friday.",
    ):
        assert rows_of(text, "place", "name") == [], text
