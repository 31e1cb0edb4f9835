"""Places, round 55: three names that are no place though the gazetteer knows a town by them.

- 'from White House involvement in Ukraine': a name a small town bears that news uses far more for a building or an
  institution (data: institution_names) is no place but where written with its area ('White House, Tenn.').
- 'This year's Derby will have a new ... starting gate' beside 'the 146th Kentucky Derby': a bare event head the
  article gives in full names the event (not_places.event_heads_named), not Derby, Connecticut.
- 'a business professor at the University of California, Los Angeles, who': round 55 read a place after a university
  system's name and a comma as the campus's name; the guide settled it the other way in session 38, by GeoWebNews,
  which marks that "Los Angeles" a core place, and round 100 follows it: a place after a school's name and a comma,
  a system's or another's ('the Federal University of Technology, Owerri'), says where the school stands.

Each test reads a real text of ../shared/eval but the one marked a made-up guard.
"""

from __future__ import annotations

from conftest import eval_facts, gold_place_at, text_facts
from test_counts_real import page_facts


def _places_in(facts: tuple[dict, ...], snippet: str) -> list[tuple[str, str | None]]:
    return [(f["text"], f["country_code"]) for f in facts if f["kind"] == "place" and snippet in f["sentence"]]


def test_the_white_house_is_no_tennessee_town() -> None:
    # articles: nytimes.com 2019/11/19 opinion 'republicans-elections-impeachment': 'an even broader investigation
    # that tackles everything from White House involvement in Ukraine' read as White House, Tennessee
    facts = page_facts("republicans-elections-impeachment", "from White House involvement in Ukraine", "place")
    assert "White House" not in facts
    assert facts["Ukraine"]["country_code"] == "UA"


def test_the_white_house_town_with_its_state_written_after_it_stays() -> None:
    # a guard (a made-up sentence): the town's state written right after it makes it the town
    facts = text_facts("The crash happened on Highway 31W in White House, Tenn., on Friday night.", "place")
    assert {(f.text, f.country_code) for f in facts if f.text == "White House"} == {("White House", "US")}


def test_a_bare_event_head_after_the_events_full_name_is_the_event() -> None:
    # webpages/html/8b90f7f7af4fdf18 (seattlepi.com, 'Tiz the Law draws No. 17 post as 3-5 Kentucky Derby favorite'):
    # 'This year's Derby will have a new 65-foot, 20-horse starting gate' read as Derby, Connecticut
    facts = eval_facts("webpages", "8b90f7f7af4fdf18")
    assert _places_in(facts, "This year's Derby will have a new") == []
    assert _places_in(facts, "million Derby was postponed") == []
    assert ("Kentucky", "US") in _places_in(facts, "the 146th Kentucky Derby")


def test_a_place_after_a_university_systems_name_and_a_comma_is_where_it_stands() -> None:
    # news_gold/geowebnews.jsonl, geowebnews:318 (Zara): 'said Felipe Caro, a business professor at the University of
    # California, Los Angeles, who has spent years studying Zara': GeoWebNews marks the city a core place
    (fact,) = gold_place_at(
        "geowebnews.jsonl", "geowebnews:318", "University of California, Los Angeles", "Los Angeles"
    )
    assert (fact.country_code, fact.place_type) == ("US", "city")
    # articles: quantamagazine.org tuft ... immune responses 2019/11/15: 'an immunologist at the University of
    # California, San Francisco, helps direct'
    facts = page_facts(
        "bdb56ac83513635db1d8b9eb46b2da4c0de8da2f1f28f5bf5163df3eb3d3ec06", "California, San Francisco", "place"
    )
    assert facts["San Francisco"]["country_code"] == "US"


def test_a_place_after_at_closing_a_schools_name_is_the_campus() -> None:
    # a made-up guard: 'at' or a glued dash still makes the town the campus's name (not_places.in_campus_name)
    assert text_facts("She teaches at the University of North Carolina at Chapel Hill.", "place") == []


def test_a_place_after_another_schools_name_and_a_comma_stays() -> None:
    # a guard, news_gold/geowebnews.jsonl, geowebnews:159: 'Vice Chancellor of the Federal University of Technology,
    # Owerri (FUTO)' is no system's name: the town stays (test_places_round48_recall; 'the University of Goethe,
    # Frankfurt' in test_places_round27_names)
    (fact,) = gold_place_at("geowebnews.jsonl", "geowebnews:159", "Technology, Owerri", "Owerri")
    assert fact.country_code == "NG"
