"""Places, round 63 of issue 17: names inside names (audit guide). A town's police or fire department written by its
abbreviation ('(Picture: Slidell PD)') is the town's own body, its name the jurisdiction (bodies._bodies; data
local_body_heads 'pd', 'fd'). A sports body's or a league's name ('The Korea Baseball Organization', 'the Caribbean
Premier League') holds its place as part of the name, no jurisdiction, though its head is a public body's word
(bodies._sports_body; data sports_body_words)."""

from __future__ import annotations

from conftest import gold_article, text_facts


def _places(article, snippet: str) -> list[str]:
    return [f.text for f in article.facts or [] if f.kind == "place" and snippet in (f.sentence or "")]


def test_town_before_police_abbreviation_is_the_body_jurisdiction():
    article = gold_article("geowebnews.jsonl", "geowebnews:228")
    assert _places(article, "arrested on suspicion of negligent homicide (Picture: Slidell PD)") == ["Slidell"]
    assert _places(article, "in which Timothy drowned (Picture: Slidell PD)") == ["Slidell"]


def test_country_in_a_baseball_league_name_is_no_place():
    article = gold_article("geowebnews.jsonl", "geowebnews:295")
    assert _places(article, "The Korea Baseball Organization on Friday") == ["Seoul", "Suwon", "Incheon"]


# an audit page (timesofindia.indiatimes.com, an IPL live blog)
CPL = (
    "Rayudu missed out due to mild hamstring injury and Bravo has been also carrying a niggle of similar nature since"
    " the Caribbean Premier League."
)


def test_region_in_a_league_name_is_no_place():
    assert [f.text for f in text_facts(CPL, "place")] == []
