"""Places on real news (issue 17): a team's country with the game's score glued to it.

Class: the model tags a name and the score after it as one facility or product ('got past Chile 3-0', 'beat
Gibraltar 6-0'); a name never ends in a score, so the words before it are read (entity_parts._before_score), and a
country standing for its team is a place (audit guide). A version or a model number after a name is no score: two
numbers a hyphen glues, each of one or two digits, are.
"""

from __future__ import annotations

from conftest import eval_facts
from spacy.tokens import Span

from extractor.find.places.entity_parts import _before_score
from extractor.nlp import load

CBS = "9a440270bf8625d586039dfae1b8df409b467524e075124cd7a5424a5806901b"  # Euro 2020 qualifying, cbssports
SPORTSNET = "0d46122928b6f468cc4bbc694051d0dbae5702bc75a16dab82a99b58daf150a0"  # Davis Cup opener, sportsnet.ca


def _places(name: str, snippet: str) -> list[tuple[str, str]]:
    facts = eval_facts("articles", name)
    return [(f["text"], f["country_code"]) for f in facts if f["kind"] == "place" and snippet in f["sentence"]]


def test_a_country_before_a_score_is_its_team_and_a_place():
    assert _places(SPORTSNET, "got past Chile 3-0") == [("Argentina", "AR"), ("Chile", "CL")]
    assert ("Gibraltar", "GI") in _places(CBS, "Switzerland beat Gibraltar 6-0")
    assert ("Iceland", "IS") in _places(CBS, "Turkey drew Iceland 0-0 in Istanbul")


def test_a_season_or_a_longer_number_after_a_name_is_no_score():
    doc = load()("Chile 3-0 and Chile 2019-20 and Chile 100-0")
    cut = [_before_score(Span(doc, start, start + 4, label="FAC")).text for start in (0, 5, 10)]
    assert cut == ["Chile", "Chile 2019-20", "Chile 100-0"]
