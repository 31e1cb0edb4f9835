"""Places on real news (issue 17, session 33's judged audit): a coast's name whose country the story decides.

'West Coast' is a name every coastal country gives a part of itself (words.compass_feature_name: compass words and
a feature's word); the gazetteer's senses are the US Pacific coast (places.json regions, country_code US) and New
Zealand's region. In a story at home in another country that never names theirs, the place is the home's own coast:
a place, unresolved (resolve._described_elsewhere), not put in another country; nor the west of Tanzania's 'Coast'
region (name_kinds.compass_part). A story at home in the US keeps the US coast.
"""

from __future__ import annotations

from conftest import gold_sentence_places, text_facts


def test_the_west_coast_of_a_british_columbia_story_is_no_us_coast():
    found = gold_sentence_places("tr_news.jsonl", "tr-news:1010002", "south West Coast and inland areas")
    coast = found["West Coast"]
    assert coast.lat is None and coast.country_code is None


def test_the_west_coast_of_an_american_story_stays_the_us_coast():
    text = (
        "Wildfires burned across California this week, and smoke drifted along the West Coast. Residents of "
        "Oregon and Washington were told to stay indoors; Los Angeles and Sacramento saw hazy skies."
    )
    coast = {f.text: f for f in text_facts(text, "place")}["the West Coast"]
    assert coast.country_code == "US" and coast.lat is not None
