"""Places, round 32 (recall): electoral seats named for towns, alone in a list's line ('Rochford and Southend East',
'Hornchurch and Upminster') or after a member's title ('The MSP for Falkirk West': seats.py), and two large cities'
names a hyphen joins before a route's word ('on the Baghdad-Damascus (M2) highway': entity_parts._route_ends). Each
test reads a real sentence from ../shared/eval (webpages/ pages)."""

from __future__ import annotations

from conftest import eval_facts, text_facts


def places_of(text: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    """Each place's surface text -> (name, place_type, country_code), as the extractor resolves it."""
    return {f.text: (f.name, f.place_type, f.country_code) for f in text_facts(text, "place")}


def places_named(page: tuple[str, str], text: str) -> list[tuple[str | None, str | None]]:
    """(gazetteer_id, country_code) of each place fact of a saved page whose text is the given one."""
    return [
        (f["gazetteer_id"], f["country_code"]) for f in eval_facts(*page) if f["kind"] == "place" and f["text"] == text
    ]


SEATS_PAGE = ("webpages", "00d013b26c39d0f1")  # Daily Mail: a table of Conservative MPs' seats, a story on US food
UNIVERSITIES_PAGE = ("webpages", "1dca15fb3f89065d")  # The Guardian: UK academics on short contracts
PLAYOFFS_PAGE = ("webpages", "9cab727b6f7cda20")  # Denver Post: Colorado high school football playoffs


def test_a_list_line_of_two_towns_is_two_places() -> None:
    # the table's cells 'Hornchurch and Upminster' (tagged one organisation) and 'Chingford and Woodford Green'
    assert places_named(SEATS_PAGE, "Hornchurch") == [("geonames:6690863", "GB")]
    assert [cc for _, cc in places_named(SEATS_PAGE, "Upminster")] == ["GB"]
    assert [cc for _, cc in places_named(SEATS_PAGE, "Woodford Green")] == ["GB"]


def test_a_seat_of_a_town_and_a_compass_word_is_at_the_town() -> None:
    # 'Rochford and Southend East' (the model tags 'Rochford' a person) and 'Southend West', 'Bury North' alone
    assert [cc for _, cc in places_named(SEATS_PAGE, "Rochford")] == ["GB"]
    assert places_named(SEATS_PAGE, "Southend East") == [("iso3166-2:GB-SOS", "GB")]
    assert places_named(SEATS_PAGE, "Southend West") == [("iso3166-2:GB-SOS", "GB")]
    assert [cc for _, cc in places_named(SEATS_PAGE, "Stoke-on-Trent Central")] == ["GB"]
    # far from London, the story's other places: the article's country vouches for a line of its towns
    assert [cc for _, cc in places_named(SEATS_PAGE, "Camborne")] == ["GB"]
    assert places_named(SEATS_PAGE, "Bury North") == [("iso3166-2:GB-BUR", "GB")]
    # a line of towns says they are places, not which namesake: 'Stockton South' is Stockton-on-Tees, not the
    # Australian locality
    assert [cc for _, cc in places_named(SEATS_PAGE, "Stockton South")] == ["GB"]
    # the rule's guard: a line with an item the gazetteer knows as no town ('Hertford and Stortford') is left whole
    # to the other rules, which find nothing there
    assert places_named(SEATS_PAGE, "Hertford") == []


def test_a_members_seat_after_the_title_and_for() -> None:
    # webpages/html/2e1ed54b86cb0871.html.gz (The Scottish Sun: a minister's roaming charges), the model tags an
    # organisation; the story names no other place of Scotland
    places = places_of(
        "The MSP for Falkirk West took his parliamentary iPad with him on the trip but it had not yet been switched"
        " over to a new contract from a previous mobile provider."
    )
    assert places["Falkirk West"] == ("Falkirk", "admin2", "GB")
    assert places_named(UNIVERSITIES_PAGE, "Newcastle Central") == [("iso3166-2:GB-NET", "GB")]


def test_a_school_named_for_a_town_and_a_compass_word_is_no_seat() -> None:
    # the rule's guard: 'No. 13 Denver East (9-2) at No. 4 Pine Creek (9-1)' is a high school's team, no title before
    assert places_named(PLAYOFFS_PAGE, "Denver East") == []
    assert places_named(PLAYOFFS_PAGE, "Denver North") == []


def test_two_cities_a_hyphen_joins_before_a_highway_are_its_ends() -> None:
    # articles/html/1ee91d1fce65e09b...html.gz (Polygraph: a fact check on al-Tanf), the model tags 'the Baghdad-Damascus' a facility
    places = places_of(
        "The al-Tanf base is located inside a 55-kilometer “de-confliction zone” on the Baghdad-Damascus (M2) highway."
    )
    assert places["Baghdad"] == ("Baghdad", "city", "IQ")
    assert places["Damascus"] == ("Damascus", "city", "SY")
    # the rule's guard: two names that are no large cities' ('the Nelson-Creston riding'; constructed, as no page
    # of ../shared/eval has one before a route's word)
    assert "Nelson" not in places_of("They drove the Nelson-Creston highway.")
