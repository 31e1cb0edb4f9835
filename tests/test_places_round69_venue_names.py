"""Places: a name that ends a venue's name after its head word and 'at', on a tour's line that writes the venue's town
apart ('June 20 -- Coastal Credit Union Music Park at Walnut Creek, Raleigh, NC'), is no place
(not_places.in_venue_name, data venue_heads): it was resolved to Walnut Creek, California. A name with its own state
after it ('Shoreline Amphitheatre at Mountain View, CA') and one the line's town repeats stay the town."""

from conftest import texts_of

# audit pages: a band's tour dates (billboard.com, rollingstone.com)
BILLBOARD = "June 20 -- Coastal Credit Union Music Park at Walnut Creek, Raleigh, NC"
ROLLING_STONE = "June 20 – Raleigh, NC @ Coastal Credit Union Music Park at Walnut Creek"
SAME_TOWN = "June 23 – Virginia Beach, VA @ Veterans United Home Loans Amphitheater at Virginia Beach"
OWN_STATE = (
    "Also, the Doobies will loop into Shoreline Amphitheatre at Mountain View, CA for a hometown show on Sept. 12."
)


def test_name_ending_a_venues_name_before_its_town_is_no_place() -> None:
    assert texts_of(BILLBOARD, "place") == ["Raleigh", "NC"]


def test_name_ending_a_venues_name_after_its_town_and_at_sign_is_no_place() -> None:
    assert texts_of(ROLLING_STONE, "place") == ["Raleigh", "NC"]


def test_venues_town_written_after_it_or_repeated_stays() -> None:
    assert texts_of(SAME_TOWN, "place") == ["Virginia Beach", "VA", "Virginia Beach"]
    assert "Mountain View" in texts_of(OWN_STATE, "place")
