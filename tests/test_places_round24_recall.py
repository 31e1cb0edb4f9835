"""Places, round 24: a compass word before a country's, a state's or a county's name is a region (issue 17).

'Fires across Northern California', 'a coastal path in West Wales', 'Bridgwater and West Somerset': the gazetteer
knows the whole ('California', 'Wales', 'Somerset') but not its part, and such a name was dropped as no place
(not_places.worth_keeping). It is now a region in the whole's country with no coordinates of its own
(name_kinds.compass_part, records._part_of); a university's team of such a name in a game report stays none
('Eastern Michigan routs Northern Illinois': records._teams_named_as_parts). And a public body's name after 'of
the' is read as a body's own ('the Office of the United States Trade Representative': bodies._nested_body). Each
test reads a real page of ../shared/eval or a sentence of its news_gold corpora."""

from __future__ import annotations

from conftest import eval_facts, text_facts

ATLANTIC_PAGE = ("webpages", "d300841f5bafd767")  # The Atlantic: California's disasters
EEE_PAGE = ("articles", "c467d507551a836efa9cfe843ba5d7bafe519750e04d0c9ff0decf44f013f829")  # a Michigan virus
STORM_PAGE = ("webpages", "d45c900cb0c8a071")  # a British site: storm Ciarán
FOOTBALL_PAGE = ("articles", "65ce3a4577a0306994efa190a0d96e84014f9d4257ad54753e807ede518f02c0")  # college football


def regions(page: tuple[str, str], snippet: str) -> list[tuple[str, str | None, str | None, float | None]]:
    """(text, place_type, country_code, lat) of the places of a saved page whose sentence holds the snippet."""
    return [
        (f["text"], f["place_type"], f["country_code"], f["lat"])
        for f in eval_facts(*page)
        if f["kind"] == "place" and snippet in f["sentence"]
    ]


def places_of(text: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    """Each place's surface text -> (name, place_type, country_code), as the extractor resolves it."""
    return {f.text: (f.name, f.place_type, f.country_code) for f in text_facts(text, "place")}


def test_a_compass_word_before_a_states_name_is_a_region_of_that_state() -> None:
    # 'These storms triggered fires across Northern California, forcing more than 100,000 people to evacuate'
    # (at its rough centre since round 51: places.json compass_part_points)
    assert regions(ATLANTIC_PAGE, "fires across Northern California") == [("Northern California", "region", "US", 39.6)]
    # 'Cases of Eastern Equine Encephalitis first appeared in West Michigan': the disease's name is no place
    assert regions(EEE_PAGE, "first appeared in West Michigan") == [("West Michigan", "region", "US", 42.9)]


def test_a_compass_word_before_a_nations_name_is_a_region_of_its_country() -> None:
    # 'warnings of possible tornadoes across South Wales to London'
    assert ("South Wales", "region", "GB", 52.5) in regions(STORM_PAGE, "tornadoes across South Wales")  # Wales' point
    # geowebnews:162 (news_gold/geowebnews.jsonl): 'two bodies were found on a coastal path in West Wales'
    found = places_of("Police are investigating after two bodies were found on a coastal path in West Wales.")
    assert found["West Wales"] == ("West Wales", "region", "GB")


def test_words_after_the_whole_make_no_region() -> None:
    # 'A Southern California park': the region; 'West Midlands Police': the force's jurisdiction, a county the
    # gazetteer knows, not a region named 'West Midlands Police'
    found = places_of("A tree fell on a wedding party at a Southern California park. West Midlands Police said.")
    assert found["Southern California"] == ("Southern California", "region", "US")
    assert "West Midlands Police" not in found


def test_a_universitys_team_of_such_a_name_is_no_region() -> None:
    # "Tuesday's college football: Eastern Michigan routs Northern Illinois to become bowl eligible"
    texts = {f["text"] for f in eval_facts(*FOOTBALL_PAGE) if f["kind"] == "place"}
    assert not texts & {"Eastern Michigan", "Northern Illinois"}


def test_a_body_named_after_of_names_its_countrys_jurisdiction() -> None:
    # geowebnews:297 (news_gold/geowebnews.jsonl): the body after 'of the' is the United States' own
    # (bodies._nested_body), its article no part of the name
    found = places_of(
        "The White House announced after the markets closed Thursday that Trump had instructed the Office of the "
        "United States Trade Representative to consider whether $100 billion of additional tariffs would be appropriate."
    )
    assert found["United States"] == ("United States of America", "country", "US")
