"""Places on real news (issue 17, session 34's judged audit, recall): 'the West' beside a US state is the western US.

'The first rolling blackouts this time occurred on Friday, as temperatures reached 10 to 20 degrees above normal in
California and other parts of the West.' (The New York Times, on California's blackouts): 'the West' was missed, a
word places.json's not_places keeps from being a place, as it is as often the Western countries. After a state's own
name, 'and' and 'other parts of', 'other areas of' or 'the rest of', the capitalised compass word names the region of
the state's country that holds it (untagged._compass_regions_beside; data compass_regions: the Western, Southern,
Northeastern, Southwestern and Southeastern United States, new regions with rough centres). Not after a country's name
('in Britain and other parts of the West': the geopolitical West, no place), nor a compass word another name goes on
from ('other parts of the West Bank').
"""

from __future__ import annotations

from conftest import text_facts, webpage_article


def _places(text: str) -> dict[str, str]:
    return {f.text: f.name for f in text_facts(text, "place")}


def test_the_west_beside_california_on_the_page_is_the_western_us():
    article = webpage_article("california-blackouts")
    facts = [f for f in article.facts or [] if f.kind == "place" and "other parts of the West" in f.sentence]
    assert {f.text: f.country_code for f in facts} == {"California": "US", "West": "US"}
    west = next(f for f in facts if f.text == "West")
    assert west.name == "Western United States" and west.place_type == "region"


def test_the_rest_of_the_south_beside_a_state_is_the_southern_us():
    assert _places("Storms hit Georgia and the rest of the South on Monday.")["South"] == "Southern United States"


def test_the_west_beside_a_country_is_no_place():
    assert _places("Democracy is under threat in Britain and other parts of the West.") == {"Britain": "United Kingdom"}


def test_a_compass_word_that_opens_a_name_is_that_name():
    places = _places("Settlers moved from Jerusalem and other parts of the West Bank.")
    assert places.get("the West Bank") == "West Bank" and "West" not in places
