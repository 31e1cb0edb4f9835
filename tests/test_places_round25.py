"""Places, round 25: a party tag's dotted abbreviation, two countries in one token, a state's chamber, a team's town,
Hollywood's industry (issue 17).

'R-W.Va.,': the tokenizer cuts the abbreviation's last dot off, read with it (untagged._with_final_dot). 'the
U.S.-Mexico border': two countries' names one token joins are two places (untagged._joined_pair). 'Indiana House
Speaker': a chamber's word after a state's name makes the state its jurisdiction (data: chamber_heads). 'Winnipeg has
won three in a row': a town standing for its team is a place (the guide's metonymy; teams.plays_as_team no longer drops
it). 'a “Hollywood movie,”': the industry, not the district (uses.names_an_industry)."""

from __future__ import annotations

from test_places_round20 import named_on

MCKINLEY_PAGE = (
    "articles",
    "9e8c9f082a8d77c58c17bda03b6b4bb6a1d6883fe196c252db4ca83b9991e0d3",
)  # a West Virginia congressman's claim on drugs at the border
STATEHOUSE_PAGE = (
    "articles",
    "7de5241947a5f7147fe9787c6f6fa16685bfe66e6c35510a68780f27690dc4f0",
)  # teachers pack the Indiana Statehouse
HOCKEY_PAGE = (
    "articles",
    "ecb46e3e489d2aac92b2563112e1801077b4219a6db9751f18e228bcaf457802",
)  # an NHL night's game reports
PLAYOFFS_PAGE = ("webpages", "9cab727b6f7cda20")  # Colorado high school football playoffs
CLIMATE_PAGE = ("webpages", "465758f0e9aafcaf")  # 2023 the hottest year
STRIKE_PAGE = ("webpages", "3fe0349483f69038")  # the Hollywood actors' strike ends
DISNEY_PAGE = (
    "articles",
    "098bb3e96c0acdf36efdcde45fb9cca3f8c82c7cb2071b76097a1b96155f1eb2",
)  # Disney+ and its chairman


def test_a_party_letter_before_a_dotted_abbreviation_names_the_state() -> None:
    found = named_on(MCKINLEY_PAGE, "Rep. David McKinley, R-W.Va., visited the U.S.-Mexico border near McAllen")
    assert ("W.Va.", "West Virginia", "admin1", "US") in found


def test_two_countries_joined_in_one_token_are_two_places() -> None:
    found = named_on(MCKINLEY_PAGE, "Rep. David McKinley, R-W.Va., visited the U.S.-Mexico border near McAllen")
    assert ("U.S.", "United States of America", "country", "US") in found
    assert ("Mexico", "Mexico", "country", "MX") in found


def test_a_state_before_its_chamber_is_the_chamber_s_jurisdiction() -> None:
    found = named_on(STATEHOUSE_PAGE, "in a Statehouse hallway, Indiana House Speaker Brian Bosma spoke")
    assert found == [("Indiana", "Indiana", "admin1", "US"), ("Indiana", "Indiana", "admin1", "US")]


def test_a_town_standing_for_its_team_is_the_town() -> None:
    assert named_on(HOCKEY_PAGE, "Winnipeg has won three in a row and five of six.") == [
        ("Winnipeg", "Winnipeg", "city", "CA")
    ]


def test_a_school_s_team_is_no_place_but_its_town_is() -> None:
    # the guide's own example: 'No. 4 Durango beat Centennial' is the town; a team's name the gazetteer knows no
    # place by is a school's
    assert named_on(PLAYOFFS_PAGE, "Ralston Valley beat that same team by two touchdowns.") == []
    found = named_on(PLAYOFFS_PAGE, "No. 13 Mead (5-5) at No. 4 Durango (8-1), 1 p.m. Saturday")
    assert ("Durango", "Durango", "city", "US") in found


def test_hollywood_before_a_film_noun_is_the_industry() -> None:
    assert named_on(CLIMATE_PAGE, "likens the dire climate statistics of 2023 to a “Hollywood movie,”") == []
    assert named_on(STRIKE_PAGE, "Hollywood’s actors union reached a tentative deal") == []


def test_hollywood_after_a_locative_preposition_stays_the_place() -> None:
    found = named_on(DISNEY_PAGE, "Code Media conference in Hollywood")
    assert [f[:2] for f in found] == [("Hollywood", "Hollywood")]
