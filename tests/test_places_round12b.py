"""Places, round 12b: persons' names read as places, and non-places left in the output unresolved (issue 17).
Each class is tested on a real page read whole from ../shared/eval/webpages (its other names the context) or on a
real sentence. The classes: a surname the article also writes after a given name the model tagged an organisation
('Nic Batum', then 'Batum gave the Sixers ...'; not_places.misread_full_names); a one-word place's name before an
unknown capitalised word, a given name and surname ('Virginia Crosbie'; not_places.before_unknown_name); a state's
name between 'the' and a lower-case word for a town ('the Illinois city's cases': entity_mentions._state_word_before_noun),
which is the state, not an unresolved town called 'Illinois'; a title-case headline's small word before a
designator ('Nominee For County Judge')."""

from __future__ import annotations

from conftest import rows_of, texts_of
from test_places_issue17 import NE_SOMERSET, page_places

SIXERS = "8194f0e8e8434016"  # "• Nic Batum suffered ..." then "Batum gave the Sixers some enormous two-way minutes"


def test_a_surname_after_a_given_name_tagged_an_organisation_is_no_town() -> None:
    # 'Batum' is an alternate name of Batumi, Georgia; the article's 'Nic Batum' makes it the player's surname
    assert not [p for p in page_places(SIXERS) if p[0] == "Batum"]


def test_a_given_name_that_is_a_place_before_a_surname_is_a_person() -> None:
    # the MPs' list: 'Ynys Môn' then 'Virginia Crosbie'
    assert not [p for p in page_places(NE_SOMERSET) if p[0] == "Virginia" and p[6] == "Crosbie"]
    # the constituencies of the same list stay places
    assert [p for p in page_places(NE_SOMERSET) if p[0] == "Basingstoke" and p[3] == "GB"]


def test_a_state_before_an_abbreviated_title_stays_the_state() -> None:
    places = texts_of(
        "Eckhardt won that race and was ceremonially sworn in last week by Texas Lt. Gov. Dan Patrick.", "place"
    )
    assert places == ["Texas"]


def test_a_state_between_the_and_a_word_for_a_town_is_the_state() -> None:
    sentence = (
        "President Joe Biden is scheduled to visit Belvidere on Thursday, celebrating the United Auto Workers’ "
        "contract agreement with Stellantis that includes the company’s vow to invest millions of dollars and "
        "reopen its manufacturing plant in the northern Illinois town for electric vehicles and creating an EV "
        "battery assembly."
    )
    assert ("Illinois", "Illinois", "admin1", "US") in rows_of(sentence, "place", "name", "place_type", "country_code")


def test_a_name_and_a_word_for_a_town_without_the_stay_the_town() -> None:
    sentence = (
        "Israeli troops have continued to advance toward the outskirts of Gaza city in the North – 16 Israeli "
        "soldiers have been killed this week."
    )
    assert ("Gaza city", "Gaza", "city", "PS") in rows_of(sentence, "place", "name", "place_type", "country_code")


def test_a_headlines_small_word_before_a_designator_is_no_place() -> None:
    assert texts_of("Local Attorney Andy Brown Will Be Democratic Nominee For County Judge", "place") == []
