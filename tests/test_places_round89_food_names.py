"""Places on real news (issue 17, round 89): a place's name before a food's noun names the food, no place.

'While you might not enjoy eating kale salad or Brussels sprouts, for example, making sure that you get the nutrients
your body needs can help you live a long and healthy life.' (thelist.com, a multivitamin story): 'Brussels' was
Brussels, BE. Like 'Dijon mustard', a place's name right before a food's noun (data: food_after_place: 'sprouts',
'wings', 'duck', 'sauce', 'puddings', ...) names a variety or a dish (uses.food_variety); before another noun
('Brussels officials') it stays the place.
"""

from __future__ import annotations

from conftest import texts_of


def test_brussels_sprouts_is_no_place():
    text = (
        "While you might not enjoy eating kale salad or Brussels sprouts, for example, making sure that you get the "
        "nutrients your body needs can help you live a long and healthy life."
    )
    assert texts_of(text, "place") == []


def test_dishes_named_after_places_are_no_places():
    assert texts_of("Order the Buffalo wings, then the Peking duck with Worcestershire sauce.", "place") == []


def test_brussels_before_another_noun_stays():
    assert texts_of("Brussels officials said the plan would go ahead.", "place") == ["Brussels"]
