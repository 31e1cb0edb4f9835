"""Places, round 101 (issue 17): places in the names of bodies, two missed and one wrong.

- A province's postal code closing a public body's name: "the official opening of a brand new FrontCounter BC office
  in their community" (news_gold geowebnews:258, a British Columbia government service in a story from Nelson, B.C.;
  a judge marked 'BC' missed, GeoWebNews marks every one): a two-letter code tagged an organisation after the body's
  capitalised words is the jurisdiction its name carries, read only where most of the article's places lie in that
  state or province (areas.codes_closing_names, state_codes_in_names); a degree's, a title's or a legal form's code
  ('Wiese MD', 'Danone SA': places.json designation_codes) and a sports body's ('Hockey BC') never.
- Nigeria's capital territory by the name news writes: "The police had invited only Melaye and Murray-Bruce to appear
  before the Federal Capital Territory Command" (the audit page theparadigmng.com/2018/10/09/saraki-melaye-ben-bruce-
  drag-igp-idris-court-demand-n500m, a place a judge marked missed): 'Federal Capital Territory' is NG-FC's own name
  (places_names.json subdivision_own_names; ISO: 'Abuja Federal Capital Territory') and the ACT's old one, so the
  article's places choose; a force's 'Command' is a public body's head (places.json institution_heads).
- A place closing a corporation's name: "The Allendale Woman's Club of New Jersey, Inc. is a 501(c)(3) non-profit
  corporation" (news_gold geowebnews:134, a place a judge marked wrong): after a capitalised word and 'of', a place a
  corporation's legal designation closes ends the corporation's name (institutions._incorporated_name, places.json
  corporate_designations); a body's name with no designation keeps its state or country ('the Human Rights League of
  France', tr-news:1020015).
"""

from __future__ import annotations

from conftest import gold_place_at, rows_of
from test_counts_real import page_facts

_FRONTCOUNTER = "the official opening of a brand new FrontCounter BC office in their community"
_PARADIGM = "theparadigmng.com/2018/10/09/saraki-melaye-ben-bruce-drag-igp-idris-court-demand-n500m"
_CLUB = "The Allendale Woman’s Club of New Jersey, Inc. is a 501(c)(3) non-profit corporation"


def test_frontcounter_bc_names_british_columbia() -> None:
    facts = gold_place_at("geowebnews.jsonl", "geowebnews:258", _FRONTCOUNTER, "BC")
    assert [(f.name, f.place_type, f.country_code) for f in facts] == [("British Columbia", "admin1", "CA")]


def test_the_same_name_left_untagged_is_read_too() -> None:
    facts = gold_place_at("geowebnews.jsonl", "geowebnews:258", "Learn More: FrontCounter BC:", "BC")
    assert [f.name for f in facts] == ["British Columbia"]


def test_a_code_closing_a_body_name_in_a_story_set_in_the_province() -> None:
    text = "Emergency Info BC said residents of Nelson, Castlegar and Kamloops in British Columbia should leave."
    assert ("BC", "British Columbia") in rows_of(text, "place", "name")


def test_a_code_closing_a_name_elsewhere_a_degree_or_a_sports_body_is_none() -> None:
    for text, code in (
        ("FrontCounter BC said residents of Seattle, Tacoma and Spokane in Washington should apply.", "BC"),
        ("Dr. Ann Wiese MD said patients in Baltimore, Annapolis and Bethesda in Maryland waited.", "MD"),
        ("Hockey BC said players from Nelson, Castlegar and Kamloops in British Columbia will return.", "BC"),
    ):
        assert code not in [row[0] for row in rows_of(text, "place", "name")], text


def test_the_federal_capital_territory_command_names_nigerias_territory() -> None:
    facts = page_facts(_PARADIGM, "Federal Capital Territory Command", "place")
    fact = facts["Federal Capital Territory"]
    assert (fact["name"], fact["place_type"], fact["country_code"]) == ("Federal Capital Territory", "admin1", "NG")


def test_the_federal_capital_territory_of_australias_history_is_the_act() -> None:
    text = "In 1913 the Federal Capital Territory was carved out of New South Wales around Canberra."
    assert ("Federal Capital Territory", "AU") in rows_of(text, "place", "country_code")


def test_a_command_with_no_place_gives_none() -> None:
    assert rows_of("He served in Bomber Command during the war.", "place", "name") == []


def test_a_state_closing_an_incorporated_clubs_name_is_no_place() -> None:
    assert gold_place_at("geowebnews.jsonl", "geowebnews:134", _CLUB, "New Jersey") == []
    assert rows_of("The Boys and Girls Club of Texas, Inc. held a gala.", "place", "name") == []


def test_a_bodys_name_with_no_designation_keeps_its_place() -> None:
    facts = gold_place_at("tr_news.jsonl", "tr-news:1020015", "the Human Rights League of France", "France")
    assert [f.name for f in facts] == ["France"]
    assert gold_place_at("geowebnews.jsonl", "geowebnews:134", "ALLENDALE, N.J.", "N.J.") != []
