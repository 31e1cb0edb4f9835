"""Year-shaped numbers that are no dates (issue 17, audit seed 20261208): the pages of a citation after its
volume's colon ("2003;149(5):1018–22"), the tail of a digit group ("2,500 years ago" is
no "500 years ago"), a bare year with a unit after it ("1200 g whole chicken", "a 2000 calorie
diet") and levels after a verb of change ("scores increased from 1061 to 1128"); a year in prose stays a date.
Each page is a saved page of ../shared/eval, read in place through the whole pipeline."""

from __future__ import annotations

from conftest import dates_reader

PAGES = {
    "citations": ("webpages", "205c0891b8841894"),
    "recipe": ("webpages", "d2feec94b253bdbf"),
    "frosting": ("webpages", "4b41563bc6912a34"),
    "polo": ("webpages", "307bc0b42fdf6bcc"),
    "laptop": ("articles", "65bf3048b500bbd84928d9122f99617ca898216b91add1d8b2ac09c670484a5c"),
}


dates_in = dates_reader(PAGES)


def test_pages_after_a_citation_s_volume_are_no_years():
    assert [text for text, _ in dates_in("citations", "2003;149(5):1018–22.") if "1018" in text] == []
    assert [text for text, _ in dates_in("citations", "2015;57(10):1015–21.") if "1015" in text] == []


def test_a_year_shaped_number_before_a_unit_is_a_measure():
    assert dates_in("recipe", "1200 g whole chicken") == []
    assert dates_in("frosting", "based on a 2000 calorie diet") == []


def test_year_shaped_levels_after_a_verb_of_change_are_no_years():
    assert dates_in("laptop", "scores increased from 1061 to 1128") == []


def test_the_tail_of_a_digit_group_counts_no_years_back():
    assert dates_in("polo", "around 2,500 years ago") == []
