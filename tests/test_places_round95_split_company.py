"""Places, round 95: a town's name the model cut from a company's name is no place (not_places.before_split_name).

'The breach was a stunning admission for a company already reeling from allegations that the political data-mining firm
Cambridge Analytica inappropriately accessed data on as many as 87 million Facebook users to influence elections.'
(news_gold geowebnews:253, which marks that 'Cambridge' Embedded_Non_Lit, not core): the model tagged 'Cambridge' a
place and 'Analytica' an organisation, and the town was read (Cambridge, Maryland, in some sessions). A place inside a
company's name is no mention of it (audit guide). A place's name before a body's organisation ('Kenya Wildlife
Service') stays the place.
"""

from __future__ import annotations

from conftest import rows_of
from test_counts_real import corpus_line


def test_cambridge_analytica_is_no_place() -> None:
    line = corpus_line("geowebnews.jsonl", "data-mining firm Cambridge Analytica inappropriately")
    start = line.index("The breach was a stunning admission")
    sentence = line[start : line.index(".", line.index("influence elections")) + 1]
    assert "Cambridge" not in [row[0] for row in rows_of(sentence, "place")]


def test_a_body_after_the_name_keeps_the_place() -> None:
    # the near sentence: 'Wildlife Service' is a public body's name, whose place is a mention
    assert ("Kenya", "KE") in rows_of("The Kenya Wildlife Service said on Monday.", "place", "country_code")
