"""Places, round 101: a union's initials opening a policy's capitalised name that closes on the policy's noun.

'... in response to the new EU Transport Commissioner, Violeta Bulc's consultation on a new EU Aviation Strategy.'
(news_gold geowebnews:116): a recall judge marked the second 'EU' missed. The model tags 'EU Aviation Strategy' one
organisation; the policy's noun closes the name in title case, so the initials are the policy's jurisdiction as in
'an EU Aviation strategy' (bodies._policy_of, round 95's lower-case noun after the name). The same page writes it
twice ('lobby for the development of a new EU Aviation Strategy that will support growth'). A country's name there is
not read (it opens a company's name as often), nor the initials and the noun alone ('EU Plan').
"""

from __future__ import annotations

from conftest import gold_place_at, texts_of

DOC = "geowebnews:116"


def test_eu_opening_a_title_case_strategy_is_a_place() -> None:
    for snippet in ("Bulc’s consultation on a new EU Aviation Strategy", "development of a new EU Aviation Strategy"):
        facts = gold_place_at("geowebnews.jsonl", DOC, snippet, "EU")
        assert [(f.name, f.place_type) for f in facts] == [("European Union", "region")]


def test_a_country_or_a_bare_noun_is_no_policy_jurisdiction() -> None:
    assert texts_of("Shares of US Steel Pension Plan managers fell on Monday.", "place") == []
    assert texts_of("The EU Plan was announced by the company on Monday.", "place") == []
