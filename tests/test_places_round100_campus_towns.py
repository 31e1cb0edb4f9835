"""Places, round 100: a campus's town after a US university system's short name, no comma between.

'A research paper from a team at UMass Amherst found that training a single large NLP model may consume as much
energy as a car' (wired.com, an audit page, webpages 3028622cac69b4ca): a judge marked 'Amherst' missed. The campus
is named for the town it stands in, as the town closing an institution's name after 'in' or a comma is (audit guide,
names inside names), so the town after a system's short name (places.json university_short_names) is a place, read in
the system's states only (Amherst, Massachusetts, not the larger Amherst, New York). The same holds on two more audit
pages: 'Dr. Jamie Chang, UC Berkeley associate professor' (mercurynews.com, eea53f85c94a77d6) and 'professor of law
at the UC Davis School of Law' (wired.co.uk, cf1e56ed4995dd8c). A team's nickname after the town ('UMass Amherst
Minutemen') and a game's sentence make it a sports club's name, no place (institutions.campus_towns).
"""

from __future__ import annotations

from conftest import rows_of, texts_of
from test_counts_real import page_facts

WIRED = "3028622cac69b4ca"
MERCURY = "eea53f85c94a77d6"
WIRED_UK = "cf1e56ed4995dd8c"


def test_umass_amherst_is_amherst_massachusetts() -> None:
    fact = page_facts(WIRED, "a team at UMass Amherst found", "place")["Amherst"]
    assert (fact["name"], fact["country_code"]) == ("Amherst", "US")
    assert abs(fact["lat"] - 42.37) < 0.2 and abs(fact["lon"] + 72.52) < 0.2  # Massachusetts, not New York


def test_uc_berkeley_and_uc_davis_name_their_towns() -> None:
    berkeley = page_facts(MERCURY, "UC Berkeley associate professor", "place")["Berkeley"]
    assert abs(berkeley["lat"] - 37.87) < 0.2 and abs(berkeley["lon"] + 122.27) < 0.2
    davis = page_facts(WIRED_UK, "UC Davis School of Law", "place")["Davis"]
    assert abs(davis["lat"] - 38.54) < 0.2 and abs(davis["lon"] + 121.74) < 0.2


def test_other_systems_and_multiword_towns() -> None:
    rows = rows_of("She graduated from UNC Chapel Hill and taught at Penn State Harrisburg.", "place", "country_code")
    assert rows == [("Chapel Hill", "US"), ("Harrisburg", "US")]


def test_a_team_nickname_or_a_game_is_no_campus_town() -> None:
    assert "Amherst" not in texts_of("The UMass Amherst Minutemen lost their opener to a ranked rival.", "place")
    assert "Davis" not in texts_of("UC Davis beat Cal Poly 3-1 in Saturday's match.", "place")


def test_no_town_after_the_short_name_is_no_place() -> None:
    # 'UC Health' and 'UMass Memorial' are no towns in the systems' states
    assert texts_of("UC Health and UMass Memorial said the hospitals were full.", "place") == []
