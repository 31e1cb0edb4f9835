"""Places on real news (issue 17): an organisation's name written short.

Class: a place inside an organisation's name the article gave in full, when the name recurs shortened to its leading
words ('Star of Honolulu' after 'Star of Honolulu Cruises and Events'), is the organisation's name, no place
(institutions.in_shortened_name); a bare mention of the town ('in Honolulu') stays the place, and a body's leading
words ('the City of Edmonton') keep it.
"""

from __future__ import annotations

from conftest import gold_article, text_facts


def _places(art, snippet: str) -> list:
    return [f for f in art.facts or [] if f.kind == "place" and snippet in (f.sentence or "")]


def test_a_company_name_written_short_is_no_place():
    art = gold_article("geowebnews.jsonl", "geowebnews:194")
    assert _places(art, "Star of Honolulu is also advertising") == []
    assert [f.text for f in _places(art, "On Oahu, home to Honolulu")] == ["Oahu", "Honolulu"]


def test_the_town_itself_after_the_short_name_stays_a_place():
    text = (
        "Star of Honolulu Cruises and Events has raised the hourly wage for servers on its boat cruises to $12 from "
        "$10.\n\nStar of Honolulu is also advertising for kitchen staff, boat maintenance workers, bus drivers, and "
        "supervisors. Workers in Honolulu are scarce."
    )
    places = text_facts(text, "place")
    assert [(f.text, f.sentence) for f in places] == [("Honolulu", "Workers in Honolulu are scarce.")]


def test_a_body_of_the_place_keeps_it():
    text = (
        "The City of Edmonton Council met on Tuesday to approve the budget.\n\nThe City of Edmonton said the plan "
        "would cost more."
    )
    assert [f.text for f in text_facts(text, "place")] == ["Edmonton", "Edmonton"]
