"""Places, round 7: classes a judged audit of main found, one real sentence per class.

Each test reads a real saved page in place from ../shared/eval through the whole pipeline and checks the class is
gone while the right places of the same page stay. The classes: a town's name the parser reads as the modifier of
an untagged capitalised word in a game report ('in Oklahoma City Thunder –') is a team's full name (teams.py
team_nickname_after); a town's name as the subject of 'played' in a sentence with a record ('Dakota Ridge played
six, and went 3-3') is a school's team (places.json game_words; since round 25 its town, by metonymy); a town's name right before 'of' and a
capitalised name heads a longer name ('the Pueblo of Isleta Indian tribe', uses.py heads_an_of_name)."""

from __future__ import annotations

from conftest import eval_facts

PLAYOFFS = "9cab727b6f7cda20"  # a high-school football playoffs report
TRIBE = "7c24a5fea81ac6c8"  # a judge's swearing-in
CEO = "4648a420af9984d45b76a4afedf4f74965f8a2e0bf1c69bd3da2dc189020f3c9"  # an interview with a company's new CEO


def places(folder: str, page: str) -> list[dict]:
    return [f for f in eval_facts(folder, page) if f["kind"] == "place"]


def in_sentence(facts: list[dict], text: str, words: str) -> list[dict]:
    return [f for f in facts if f["text"] == text and words in f["sentence"]]


def test_a_towns_name_before_a_teams_nickname_in_a_game_sentence_is_the_team():
    facts = places("articles", CEO)
    assert not in_sentence(facts, "Oklahoma City", "their last season in Oklahoma City Thunder")


def test_a_town_that_played_and_went_to_a_record_is_its_team_the_town():
    # round 25: the audit guide settles metonymy ('No. 4 Durango beat Centennial' is the town), reversing round 7:
    # the school's team stands for the place it is named after, resolved in Colorado
    facts = places("webpages", PLAYOFFS)
    found = in_sentence(facts, "Dakota Ridge", "Dakota Ridge played six, and went 3-3.")
    assert [(f["country_code"], round(f["lat"])) for f in found] == [("US", 40)]


def test_a_towns_name_before_of_and_a_name_heads_that_name():
    facts = places("webpages", TRIBE)
    assert not in_sentence(facts, "Pueblo", "an enrolled member of the Pueblo of Isleta Indian tribe")
    assert in_sentence(facts, "Washington", "")
