"""Places on real news (issue 17): an administrative unit the gazetteer lacks, named before its designator.

Class: "a 32-year-old youth in Odisha's Kandhamal district is spreading ..." (the name tagged NORP, or nothing with a
curly apostrophe) and "in Baliguda block of Kandhamal district" gave no place: rescue.py reads a NORP or untagged name
only where the gazetteer knows it, and it does not know Kandhamal. One to three capitalised words the gazetteer does
not know, right before an administrative unit's designator ('district', 'county', 'province', 'prefecture',
'region'), are that unit, unresolved, after a known country's or state's possessive, or anywhere in an article that
calls the name a place elsewhere (designators.unit_of_area). Listed as missed by the recall judges of two sessions.
Not a name with neither, a lower-case word's ('business district'), a people's word ('Chechen region'), nor a name
the gazetteer knows.
"""

from __future__ import annotations

from conftest import rows_of
from test_counts_real import page_facts

# webpages/html 8f8aa42d45139f76 (Hindustan Times: an Odisha artist's wall paintings), as in the page text
PAGE = "8f8aa42d45139f76"
YOUTH = "a 32-year-old youth in Odisha’s Kandhamal district is spreading information"
BLOCK = "who runs his family by doing wall painting in Baliguda block of Kandhamal district"


def test_unit_after_its_states_possessive_on_the_page():
    facts = page_facts(PAGE, YOUTH, "place")
    assert facts["Kandhamal district"]["name"] == "Kandhamal"
    assert facts["Kandhamal district"]["place_type"] == "admin2"
    assert facts["Kandhamal district"]["lat"] is None  # unresolved: the gazetteer lacks it


def test_unit_the_article_names_elsewhere_on_the_page():
    assert "Kandhamal district" in page_facts(PAGE, BLOCK, "place")


def test_possessive_form_alone_and_with_a_capitalised_designator():
    youth = "a youth in Odisha’s Kandhamal district is spreading information."
    assert ("Kandhamal district", "Kandhamal", "admin2") in rows_of(youth, "place", "name", "place_type")
    assert "Kandhamal District" in rows_of(youth.replace("district", "District"), "place")[-1]


def test_not_without_a_possessive_or_a_vote():
    assert rows_of("He lives in the tribal villages of Kandhamal district.", "place") == []


def test_not_a_common_noun_or_a_peoples_word():
    assert rows_of("They met in Ohio's business district.", "place", "name") == [("Ohio", "Ohio")]
    assert rows_of("Fighting went on in Russia's Chechen region.", "place", "name") == [("Russia", "Russia")]
