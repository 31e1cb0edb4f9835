"""Amounts a careful news reader would sign, round 99 (issue 17): an election's or a poll's margin in points.

- "And Louisiana Democrats re-elected Governor John Bel Edwards in a state Trump won by the more modest but still
  substantial margin of 20 points." and "Matt Bevin in a state Trump won by 30 points in 2016." (the audit page
  nytimes.com/2019/11/19/opinion/republicans-elections-impeachment.html, misses), "Jared Golden of Maine, a moderate
  Democrat whose district Trump won by 10 points in 2016, voiced frustration ..." (the audit page
  upton.wickedlocal.com/news/20200924/battle-in-congress-..., a miss): an election's margin in points is in
  percentage points, written as the percentage it is (unit '%'), as 'percentage points' are
  (amounts._poll_points, quantity_measures.json poll_*). So is a poll's ('leads Biden by 8 points in the latest
  poll', 'a 20-point lead in the polls', 'his approval rating fell 5 points').
- Not in a game: "a 10-point lead entering the final frame" (phillyvoice.com), "holding a six-point lead over Barca
  in La Liga" (news_gold tr-news:1030007), "since the Rams beat a team by less than 37 points" (denverpost.com) stay
  no fact; not an index's move ("the Dow fell 340 points": dimensionless); not where the points are no margin
  ("at one point", "a 10-point plan", "scored 75 points").
"""

from __future__ import annotations

from conftest import gold_quantities, text_facts
from test_counts_real import page_facts

_NYT = "nytimes.com/2019/11/19/opinion/republicans-elections-impeachment"
_UPTON = "battle-in-congress-to-replace-ruth-bader-ginsburg"


def _percent(facts: dict[str, dict], text: str, value: float) -> bool:
    return text in facts and facts[text]["value"] == value and facts[text]["unit"] == "%"


def test_a_state_won_by_a_margin_of_20_points():
    facts = page_facts(_NYT, "substantial margin of 20 points", "amount")
    assert _percent(facts, "20 points", 20)


def test_a_state_won_by_30_points():
    facts = page_facts(_NYT, "Trump won by 30 points in 2016", "amount")
    assert _percent(facts, "30 points", 30)


def test_a_district_won_by_10_points():
    facts = page_facts(_UPTON, "whose district Trump won by 10 points", "amount")
    assert _percent(facts, "10 points", 10)


def test_a_polls_lead_and_change():
    for text, found, value in (
        ("Sanders leads Biden by 8 points in the latest poll.", "8 points", 8),
        ("She holds a 20-point lead in the polls.", "20-point", 20),
        ("His approval rating fell 5 points in a month.", "5 points", 5),
    ):
        assert [(f.text, f.value, f.unit) for f in text_facts(text, "amount")] == [(found, value, "%")]


def test_a_games_lead_is_no_percentage():
    facts = page_facts("phillyvoice.com/sixers-76ers", "a 10-point lead entering the final frame", "amount")
    assert "10-point" not in facts
    facts = page_facts("colorado-high-school-football-playoffs-second-weekend", "by less than 37 points", "amount")
    assert "less than 37 points" not in facts and "37 points" not in facts


def test_a_league_lead_is_no_percentage():
    assert gold_quantities("tr_news.jsonl", "tr-news:1030007", "six-point lead over Barca", "amount") == []


def test_no_margin_in_an_election_sentence_is_no_percentage():
    assert text_facts("The Dow fell 340 points as voters went to the polls.", "amount")[0].unit == "dimensionless"
    assert text_facts("At one point during the election, polls showed him ahead.", "amount") == []
    assert text_facts("The candidate unveiled a 10-point plan to win voters.", "amount") == []
    assert text_facts("Survey respondents scored it 75 points.", "amount") == []
    assert text_facts("The Lakers won by 30 points.", "amount") == []
