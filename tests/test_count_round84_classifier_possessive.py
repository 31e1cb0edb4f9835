"""The counted noun across a possessive of a kind, round 84 (issue 17, ac84).

'The two national women's semifinal games Friday night were packed with drama' counts games, but the parse hangs
'two' on the possessor 'women' and the count read 'national women'. A possessor of a sex or age group
(count_values.json classifier_possessors) names a kind of the plural noun after the possessive ('women's games',
'men's teams'); that noun is counted (count_nouns._classified). Any other possessor is what the number counts ('the
two billionaires' strategy' counts billionaires), and so is a group's possessor before a singular noun ('the two
boys' mother').
"""

from __future__ import annotations

from conftest import text_facts
from test_counts_real import corpus_line, page_facts


def _counted(text: str) -> dict[str, str | None]:
    return {f.text: f.counted for f in text_facts(text, "count")}


def test_a_womens_possessive_names_the_kind_of_the_games():
    # geowebnews, a college basketball story: judged wrong as a count of 'national women'
    line = corpus_line("geowebnews.jsonl", "two national women’s semifinal games")
    start = line.index("The two national women’s")
    sentence = line[start : line.index(". ", start)]
    assert sentence.startswith("The two national women’s semifinal games Friday night were packed with drama")
    assert _counted(sentence + ".")["two"] == "semifinal games"


def test_a_possessor_of_another_noun_is_counted():
    # fivethirtyeight.com, the 2020 endorsement race: two billionaires, one strategy
    facts = page_facts("fivethirtyeight.com/features/the-2020-endorsement-race", "two billionaires’ strategy", "count")
    assert facts["two"]["counted"] == "billionaires"
    assert _counted("The two boys' mother was arrested on Friday.")["two"] == "boys"
    assert _counted("Two of the women's teams advanced to the final.")["Two"] == "teams"
