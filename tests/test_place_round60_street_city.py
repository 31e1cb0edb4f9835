"""Places, round 60 of issue 17: a large city's own name, a possessive and a street's name ('a trip to El Santo on
Glasgow’s Miller Street', missed) is the city the street is in, whether the model tags the whole one organisation or
the city a person's, and no guess the article's other places must vouch for (bodies.city_of_street)."""

from __future__ import annotations

from conftest import text_facts

# an audit page (scottishfield.co.uk, a restaurant review): the article's only other place is Mexico
EL_SANTO = (
    "Ellie Forbes ends the working week with a trip to El Santo on Glasgow’s Miller Street to try out the Latin "
    "American offering.\n\nThat was the feeling I had when I arrived at El Santo on Glasgow’s trendy Miller Street on "
    "Friday night.\n\nMy friend who is dining with me tonight has travelled around Mexico."
)


def test_city_before_a_streets_name_is_a_place():
    glasgow = [f for f in text_facts(EL_SANTO, "place") if f.text == "Glasgow"]
    assert [(f.country_code, f.place_type) for f in glasgow] == [("GB", "city"), ("GB", "city")]
