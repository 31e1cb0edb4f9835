"""Places, round 14: a name that is a street by its sentence (issue 17). 'near the corner of Tremont and Camden
Street': a name after 'corner of' (or 'intersection of') joined by 'and' to a street's name is the other street of
the corner (uses.corner_street), not the town the gazetteer knows by it; here an old alternate name of Boston had
made it the city. Tested on the real page whole (its Roxbury and Boston the context) and on its sentence.
A capital's bonus goes to its own name only (resolve._features): 'Philadelphia' is an old name of Amman, whose
capital's bonus had beaten the own-name US city in a sentence with no other place."""

from __future__ import annotations

from conftest import texts_of
from test_places_issue17 import page_places

from extractor.pipeline import text_article
from extractor.sources import RawPage

ROXBURY = "eda8b32e989c4d55"  # "The incident happened near the corner of Tremont and Camden Street."


def test_a_name_at_a_corner_with_a_street_is_a_street() -> None:
    assert texts_of("The incident happened near the corner of Tremont and Camden Street.", "place") == []


def test_the_page_keeps_its_towns_but_not_the_street() -> None:
    places = page_places(ROXBURY)
    assert not [p for p in places if p[0] == "Tremont"]
    assert [p for p in places if p[0] == "Roxbury" or p[0] == "Boston"]


def test_a_town_at_a_corner_without_a_street_after_it_stays() -> None:
    # no street word after 'and': the names are not shown to be streets
    assert "Paris" in texts_of("The corner of London and Paris in Texas drew tourists.", "place")


def test_an_old_name_of_a_capital_is_not_the_capital() -> None:
    sentence = (
        "Its footprint is roughly equal to that of the city of Philadelphia, but with a half million more people, "
        "many packed into concrete high-rises in tight cities up and down the coast."
    )
    article = text_article(RawPage(source="test", text=sentence), "test")
    assert [(f.name, f.country_code) for f in article.facts or [] if f.kind == "place"] == [("Philadelphia", "US")]
