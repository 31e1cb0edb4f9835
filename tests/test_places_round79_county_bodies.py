"""Places on real news (issue 17): a county's short name inside its body's name.

Class: a name the model tags a place that the gazetteer knows only with 'County' after it is that county when the name
is hyphened or the article writes the whole name too (name_kinds.county_short_form: 'said Miami-Dade Police Detective
Alvaro Zabaleta', judged missed in session 32's audit, wsvn.com; a zoo's wolf 'Siskiyou' is no county).
"""

from __future__ import annotations

from conftest import rows_of


def test_a_hyphened_county_name_before_its_police_is_the_county():
    # wsvn.com, 15-year-old driver killed
    text = (
        "“Once officers were in the area, they were able to see a vehicle that matched the description on Miller "
        "traveling eastbound at a high rate of speed,” said Miami-Dade Police Detective Alvaro Zabaleta."
    )
    assert ("Miami-Dade", "Miami-Dade County", "US") in rows_of(text, "place", "name", "country_code")


def test_a_bare_name_is_the_county_only_where_the_article_writes_it_whole():
    assert ("Broward", "Broward County", "US") in rows_of(
        "Broward County schools closed. Schools in Broward reopen.", "place", "name", "country_code"
    )
    text = "Siskiyou came to Oakland Zoo in December 2017 from a conservation center in Montana, zoo officials said."
    assert all(t != "Siskiyou" for t, _, _ in rows_of(text, "place", "name", "country_code"))
