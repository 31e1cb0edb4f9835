"""Places, round 15: a town the model left untagged with its state's postal code after it (issue 17). In a tour-date
line ('June 30 – Wantagh, NY @ Northwell Health at Jones Beach Theater') the model tags nothing around the town and
reads the code into the venue's organisation; the town is found by its state (rescue._town_of_next), which the
lookup of the word after the comma could not name: a postal code names a state only right after a town
(rescue._code_after). The venue stays no place. A venue, a dash and a town the model read as one name, the state
after it ('Rialto Square Theatre – Joliet, Ill.'), gives the town after the dash (entity_parts._town_after_dash)."""

from __future__ import annotations

from conftest import texts_of
from test_places_issue17 import page_places

# a real line of a tour's dates (eval articles, ground truth of a concert announcement)
TOUR_LINE = "June 30 – Wantagh, NY @ Northwell Health at Jones Beach Theater"


def test_a_town_before_its_postal_code_in_a_list_line_is_found() -> None:
    assert texts_of(TOUR_LINE, "place") == ["Wantagh", "NY"]


def test_a_postal_code_of_another_state_does_not_vouch_for_the_town() -> None:
    # Wantagh is a town of New York only: 'TX' after it names no state it lies in
    assert "Wantagh" not in texts_of(TOUR_LINE.replace("NY", "TX"), "place")


# a real line of an awards page's list of venues (eval webpages): the model reads venue, dash and town as one name
VENUE_LINE = "Rialto Square Theatre – Joliet, Ill."
AWARDS_PAGE = "75f3c30580d27270"


def test_a_town_after_a_venue_and_a_dash_in_one_entity_is_found() -> None:
    assert texts_of(VENUE_LINE, "place") == ["Joliet", "Ill."]


def test_the_page_gives_the_towns_of_its_venues_in_their_states() -> None:
    places = page_places(AWARDS_PAGE)
    joliet = [p for p in places if p[0] == "Joliet"]
    assert joliet and all(p[2] in ("city", "locality") and p[3] == "US" for p in joliet)
    assert not [p for p in places if "Theatre" in p[0] or "Rialto" in p[0]]
