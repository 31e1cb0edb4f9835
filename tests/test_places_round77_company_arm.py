"""Places on real news (issue 17): a company's local arm named by its brand and a country.

Class: a country's name glued right after a name the model tags a company ('Lexus Philippines offers almost all Lexus
models locally') is the local arm's name, no place (not_places.after_company_name); a noun after the country ('White
House Russia adviser') or a possessive keeps the country.
"""

from __future__ import annotations

from conftest import texts_of


def test_a_brands_local_arm_is_no_place():
    text = (
        "Considering how Lexus Philippines offers almost all Lexus models locally, it's possible the LC500 "
        "Convertible could arrive in the future."
    )
    assert texts_of(text, "place") == []


def test_a_country_a_noun_is_about_stays():
    text = "said another witness in the impeachment probe, former White House Russia adviser Fiona Hill."
    assert texts_of(text, "place") == ["Russia"]
