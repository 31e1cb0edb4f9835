"""Places on real news (issue 17, session 33's judged audit): a country's short code only in capitals.

'US', 'UK', 'EU' are the country's (or union's) names as written in capitals; the same letters in title case are a
word: the heading 'About Us' of a page is the pronoun, never the United States (Gazetteer.lookup drops the country
and region of a short code not written in capitals; a town of that name is kept); a dateline's short name in
capitals keeps a short code as written (untagged._shouted_short_name).
"""

from __future__ import annotations

from conftest import text_facts, webpage_article


def test_the_heading_about_us_is_no_country():
    article = webpage_article("shabka.org/about-us")
    assert not [f for f in article.facts if f.kind == "place" and f.text == "Us"]


def test_title_case_us_in_menus_is_no_country():
    for text in ("Contact Us", "Join Us today", "Follow Us on Twitter"):
        assert not [f for f in text_facts(text, "place") if f.country_code == "US"], text


def test_the_country_in_capitals_stays():
    found = {f.text: f for f in text_facts("He flew to the US last week, then to the U.S.A. and the UK.", "place")}
    assert found["US"].country_code == "US"
    assert found["UK"].country_code == "GB"


def test_a_short_code_opening_a_dateline_stays_the_country():
    # a dateline's short name in capitals is looked up in title case ('GAZA'), but not a short code: 'Usa' is no country
    found = {f.text: f for f in text_facts("USA — Officials said on Monday that the plan would go ahead.", "place")}
    assert found["USA"].country_code == "US"
