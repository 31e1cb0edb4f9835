"""Places, round 97: a capitalised metropolitan area's head after a big town's own name is the town's metro area
(designators.town_part, data town_area_heads).

'The Latest on a deadly stabbing on a San Francisco Bay Area commuter train (all times local):' (sfgate.com, an audit
page) and 'In the United States, the San Francisco Bay Area and Los Angeles County regularly face air quality alerts'
(vox.com, an audit page) gave no place at all: the model tags the whole name a place the gazetteer does not know,
while 'the Bay Area' (an alias) and 'the Greater Toronto Area' (a town-part word) were found (recall audit, seed
20261592). The whole name is now the metro area, a region at the town's point, as 'the Greater Toronto Area' is. An
organisation's name that goes on past the head ('Dallas Area Rapid Transit') or a head with no town before it ('Bay
Area Rapid Transit', 'Area 51') is not read so.
"""

from __future__ import annotations

from conftest import rows_of
from test_counts_real import page_facts

SFGATE = "The-Latest-Man-stabbed-to-death-on-San-Francisco-14848218"


def test_bay_area_after_a_town_is_its_metro_area() -> None:
    facts = page_facts(SFGATE, "San Francisco Bay Area commuter train (all times local)", "place")
    fact = facts["San Francisco Bay Area"]
    assert (fact["name"], fact["place_type"], fact["country_code"]) == ("San Francisco Bay Area", "region", "US")
    assert abs(fact["lat"] - 37.77) < 0.5 and abs(fact["lon"] + 122.42) < 0.5  # at San Francisco


def test_bay_area_listed_with_a_county() -> None:
    facts = page_facts("delhi-india-air-pollution-quality-cause", "the San Francisco Bay Area and Los Angeles", "place")
    assert facts["San Francisco Bay Area"]["place_type"] == "region"
    assert "Los Angeles County" in facts


def test_area_after_another_big_town() -> None:
    rows = rows_of("Prices rose in the Los Angeles Area last year.", "place", "name", "place_type", "country_code")
    assert rows == [("Los Angeles Area", "Los Angeles Area", "region", "US")]


def test_organisation_names_with_an_area_word_are_not_read_so() -> None:
    # the head inside a longer name, or with no town before it: no metro area of a town
    assert rows_of("He rode Bay Area Rapid Transit trains to work.", "place", "place_type") == []
    assert rows_of("Officials said the aircraft flew over Area 51 in Nevada.", "place", "name") == [
        ("Nevada", "Nevada")
    ]
    assert all(t != "Dallas Area" for (t,) in rows_of("He rode Dallas Area Rapid Transit trains.", "place"))
