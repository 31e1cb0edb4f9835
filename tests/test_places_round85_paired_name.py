"""Places on real news (issue 17, session 34's judged audit): two places' names run together before a common word.

'Florida Georgia Line' (a country duo, a line of the 55th ACM Awards' list of nominees) gave Florida, US-FL (judged
wrong: a band's name). Two places' one-word names with no comma nor 'and' between, and a capitalised common word after
them that heads no place's, body's, office's or event's name, make one name of something else (a band's, a firm's, a
hospital's): not_places.in_paired_name. Kept: a list ('Florida, Georgia and Alabama'), a border ('the Florida Georgia
border'), a state after a town ('Maiduguri Borno State'), and a body's head after the
two ('Hawaii Pacific Health').
"""

from __future__ import annotations

from conftest import texts_of, webpage_article


def test_a_bands_name_in_a_list_of_nominees_is_no_place():
    article = webpage_article("55th-acm-awards-winners-list")
    places = [f for f in article.facts or [] if f.kind == "place"]
    assert not [f for f in places if f.sentence == "Florida Georgia Line"]
    assert any(f.text == "Nashville" for f in places)


def test_the_bands_name_in_running_text_is_no_place():
    assert texts_of("Florida Georgia Line won the award for duo of the year.", "place") == []


def test_a_list_of_states_stays_places():
    assert texts_of("The storm hit Florida, Georgia and Alabama.", "place") == ["Florida", "Georgia", "Alabama"]


def test_a_border_between_two_states_keeps_the_first():
    assert "Florida" in texts_of("Troopers patrolled the Florida Georgia border overnight.", "place")


def test_a_state_after_its_town_stays_the_place():
    names = texts_of("Soldiers marched to the headquarters in Maiduguri Borno State in celebration.", "place")
    assert "Maiduguri" in names and "Borno State" in names


def test_a_bodys_head_after_the_two_keeps_the_place():
    text = "Hawaii Pacific Health, one of the state's largest health care providers, said so."
    assert "Hawaii" in texts_of(text, "place")
