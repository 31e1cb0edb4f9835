"""Places on real news (issue 17): a place's parts listed after 'including' are places, though tagged persons.

Class: 'across southern England, including Devon, Cornwall, and Hampshire' (all three tagged persons on the page):
lists.listed_towns reads an item of a list that a place mention introduces ('including', 'such as') as a county or a
state of that place's country (lists._listed_part; a subdivision only, a shop's or a person's name being as often a
town's), and not_places.mostly_people no longer counts two one-word 'persons' as people when their list holds or is
introduced by a name tagged a place (_lists_a_place). Judged missed in session 32's audit (surgezirc.co.uk).
"""

from __future__ import annotations

from conftest import rows_of


def test_counties_listed_after_including_are_places():
    # surgezirc.co.uk, Storm Ciarán (Devon and Cornwall tagged persons)
    text = (
        "The severe weather conditions have led to the closure of numerous schools across southern England, "
        "including Devon, Cornwall, and Hampshire."
    )
    found = rows_of(text, "place", "name", "country_code")
    assert ("Devon", "Devon", "GB") in found
    assert ("Cornwall", "Cornwall", "GB") in found


def test_shops_listed_after_a_place_are_no_places():
    found = {
        t
        for t, _, _ in rows_of(
            "Stores across England, including Boots, Next and Reading, closed early.", "place", "name", "country_code"
        )
    }
    assert found == {"England"}


def test_names_listed_with_no_place_stay_people():
    # a county's name as a given name: no place tagged in the list nor introducing it
    assert rows_of("The winners were Devon, Chelsea and Shannon, all aged 12.", "place", "name", "country_code") == []
