"""Places, round 28 (issue 17, r28-places-names): an employer after a job title, a town's own name against a big
city's alternate one, and team names.

- 'senior vice president of fleet, finances and alliances at Alaska, said': a state's or a country's bare name after a
  staff title and 'at' is the employer's short name (institutions.employer_after_title; data: employer_titles).
- 'Playoff Football Forest City at Waukon': a sport's word before a name is no given name (not_places.after_unknown_name),
  and a town whose own name it is, near the article's places, beats a bigger city that bears it only as an alternate
  name, Rockford's or Cleveland's nickname (resolve._own_name_near); 'Newark' for Newark on Trent is its own name
  written short and stays.
- 'Carolina beat Chicago': a league's short regional name playing a team's part names its teams' state (teams.team_state;
  data: team_states), set after the senses are chosen ('Winnipeg defeated Nashville' stays Tennessee's).
- 'No. 11 Northfield (7-3) at No. 6 Pueblo Central': a small town playing a team's part, outside the state that holds
  the article's towns and far from all of them, is a school's team (teams.distant_team_towns).

Each test reads a real page of ../shared/eval in place through the whole pipeline and fails without its rule.
"""

from __future__ import annotations

from test_counts_real import page_facts


def test_a_states_bare_name_after_a_staff_title_and_at_is_the_employer() -> None:
    # thepointsguy.com, Alaska Airlines joining Oneworld
    facts = page_facts("alaska-airlines-oneworld-membership-new-date", "alliances at Alaska, said", "place")
    assert "Alaska" not in facts
    # thelocal.se 2020-04-28: a possessive after the country's name keeps it the place
    facts = page_facts("20200428/meet-the-swede", "the state epidemiologist at Sweden's Public Health", "place")
    assert facts["Sweden"]["country_code"] == "SE"


def test_a_schedules_town_after_a_sports_word_is_the_town_of_its_own_name() -> None:
    # kiow.com 2020/10/26, a north Iowa station's sports schedule
    facts = page_facts("kiow.com/2020/10/26", "Playoff Football Forest City at Waukon", "place")
    assert facts["Forest City"]["gazetteer_id"] == "geonames:4857406"  # Forest City, Iowa, not Rockford
    # therepublic.com 2019/11/20 (Columbus, Ind.): Franklin, Ind., not Columbus, Ohio (whose alternate name it is)
    facts = page_facts("cpd_arrests_six_in_drug_investigation", "of Franklin, on several charges", "place")
    assert round(facts["Franklin"]["lon"]) == -86
    # dailymail.co.uk, a table of constituencies: 'Newark' is Newark on Trent's own name written short
    facts = page_facts("article-8772683", "Newark", "place")
    assert facts["Newark"]["country_code"] == "GB"


def test_a_leagues_short_regional_name_is_its_teams_state() -> None:
    # timesunion.com NHL roundup 2019/11
    facts = page_facts("Nelson-s-OT-goal-lifts-Isles", "Carolina beat Chicago", "place")
    assert facts["Carolina"]["name"] == "North Carolina"
    facts = page_facts("Nelson-s-OT-goal-lifts-Isles", "Winnipeg defeated Nashville", "place")
    assert round(facts["Nashville"]["lon"]) == -87


def test_a_distant_small_town_playing_a_team_in_a_states_school_roundup_is_no_place() -> None:
    # denverpost.com 2023/11/08, Colorado high-school football playoffs: Northfield is a Denver school
    facts = page_facts("colorado-high-school-football-playoffs", "No. 11 Northfield (7-3)", "place")
    assert "Northfield" not in facts
    # a Colorado town's team in the same roundup stays the town (metonymy)
    facts = page_facts("colorado-high-school-football-playoffs", "at No. 4 Durango (8-1)", "place")
    assert facts["Durango"]["lat"] > 37
