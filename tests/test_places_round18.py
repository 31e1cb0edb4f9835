"""Places, round 18: a place's name glued by a hyphen into a company's name (issue 17).

'T-Mobile', 'Harley-Davidson': a name after a hyphen glued to a capitalised word (or a letter) that names no place
is the tail of one hyphenated name, not a mention of the place (not_places.after_hyphen_word). A legislator's
party letter before the state or district ('R-Texas', 'D-Austin': data party_letters) and a country's or a state's
own name ('Jordanian-U.S.') stay places."""

from __future__ import annotations

from test_places_round17 import places_on

UTILITIES_PAGE = ("articles", "d0382c0d9573a0a7beb1e649012d04ec7275ac23513ca6ca59e51477b028283c")  # a power shutoff
DC_PAGE = ("webpages", "4f292323e211d701")  # federal workers back at the office in Washington
AUSTIN_PAGE = ("webpages", "d495284ab1b30529")  # a Texas state senate race


def test_a_city_name_glued_after_a_letter_is_a_company_name() -> None:
    sentence = "with executives from AT&T, Comcast/Xfinity, T-Mobile and others."
    assert places_on(UTILITIES_PAGE, sentence) == [("California", "admin1", "US")]


def test_a_party_letter_before_a_state_or_district_keeps_the_place() -> None:
    assert ("Ga.", "admin1", "US") in places_on(DC_PAGE, "Rep. Jody Hice (R-Ga.) pushed for a faster pace")
    assert ("Austin", "city", "US") in places_on(AUSTIN_PAGE, "State Senator Kirk Watson (D-Austin)")
