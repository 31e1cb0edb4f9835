"""Counts a careful news reader would sign (issue 17): tallies in brackets after names.

- "Among the Democratic state legislators in Iowa who have endorsed a candidate, Amy Klobuchar (17) and Elizabeth
  Warren (12) lead, followed by Biden (11), Pete Buttigieg (6) and Sanders (1)" (a fivethirtyeight.com page): a
  whole number alone in a bracket after a name is a tally when its sentence ranks the names by it (a word of
  ranking right before a name or right after its bracket: count_tallies.bracketed_tally, data/count_forms.json
  tally_cues_before, tally_lead_verbs, tally_comparatives); it counts what the sentence ranks by
  (count_tallies.tallied_noun). Ages ("Molly Martens (40) and her father, Tom Martens (73), have been sentenced")
  and shirt numbers in a caption ("Brock Nelson (29) puts the game-winning overtime goal behind ... Matt Murray
  (30)") rank nothing and stay no counts.
"""

from __future__ import annotations

from conftest import text_facts
from test_counts_real import page_facts

PAGE = "the-2020-endorsement-race-is-getting-interesting"


def test_a_ranked_list_of_bracketed_tallies_counts_each():
    facts = page_facts(PAGE, "Amy Klobuchar (17)", "count")
    assert {t: (f["value"], f["counted"]) for t, f in facts.items() if t in ("17", "12", "11", "6", "1")} == {
        "17": (17, "state legislators"),
        "12": (12, "state legislators"),
        "11": (11, "state legislators"),
        "6": (6, "state legislators"),
        "1": (1, "state legislators"),
    }


def test_a_tally_with_the_most_counts_the_noun_ranked_by():
    facts = page_facts(PAGE, "Warren (11) has the most endorsements", "count")
    assert (facts["11"]["value"], facts["11"]["counted"]) == (11, "endorsements")


def test_tallies_compared_with_another_count_count_its_noun():
    facts = page_facts(PAGE, "significantly more than Warren (2)", "count")
    assert {t: (f["value"], f["counted"]) for t, f in facts.items()} == {
        "six": (6, "state legislators"),
        "2": (2, "state legislators"),
        "0": (0, "state legislators"),
    }


def test_ages_in_brackets_are_no_counts():
    page = "molly-and-tom-martens-se"
    facts = page_facts(page, "Molly Martens (40) and her father", "count")
    assert "40" not in facts and "73" not in facts


def test_shirt_numbers_in_a_caption_are_no_counts():
    text = (
        "New York Islanders' Brock Nelson (29) puts the game-winning overtime goal behind Pittsburgh Penguins "
        "goaltender Matt Murray (30) during an NHL hockey game in Pittsburgh, Tuesday, Nov. 5, 2019."
    )
    assert [f.text for f in text_facts(text, "count")] == []
