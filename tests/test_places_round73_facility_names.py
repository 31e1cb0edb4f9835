"""Places on real news (issue 17): a town's name that names a facility.

Classes: a name right before a facility's noun (jail, prison, hospital) that the gazetteer knows only as a town far
abroad is the facility's name, no place (not_places.system_names, data facility_nouns_after); a town near the
article's places before the same noun is the facility's town and stays a place.
"""

from __future__ import annotations

from conftest import gold_article, place_facts, webpage_article


def test_site_named_jail_abroad_is_the_jail():
    # "One week later, Gastelum-Vera, 26, was arrested and sent to Santa Rita jail." (a Bay Area story): the jail in
    # Dublin, California, named for a ranch, not Santa Rita, Paraiba, Brazil
    art = webpage_article("mercurynews.com/2023/11/08/another-bay-area-child")
    assert "sent to Santa Rita jail" in art.text
    assert "Santa Rita" not in place_facts(art)


def test_town_jail_near_the_story_stays_the_town():
    # "A 23-year-old man is in a Winnipeg jail on human trafficking charges": tr_news marks Winnipeg
    places = place_facts(gold_article("tr_news.jsonl", "tr-news:1010005"))
    assert places["Winnipeg"].country_code == "CA"
