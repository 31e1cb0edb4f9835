"""A bare year in quotation marks that names a work (date_names.quoted_title_year).

- After a year's possessive ("2014’s “1989.”") or a capitalised name's possessive ("Prince's “1999”") a quoted bare
  year is the title of a work of that year or maker, no time of the article; the possessive year itself stays.
- A quoted year with neither a noun of a work nor a possessive before it ("In “1989” the wall fell") is left a date.
"""

from __future__ import annotations

from conftest import sentence_dates


def test_quoted_year_after_a_years_possessive_is_a_title():
    # webpages (foxnews.com, 2019-11-18): Taylor Swift's albums
    text = (
        "Braun’s Ithaca Holdings acquired Big Machine Label Group, home to Swift’s first six albums, including the"
        " Grammy winners for album of the year, 2008’s “Fearless” and 2014’s “1989.”"
    )
    assert sentence_dates(text, "2019-11-18") == [("2008", "2008"), ("2014", "2014")]


def test_quoted_year_after_a_names_possessive_is_a_title():
    assert sentence_dates("Prince's “1999” is still played at parties.", "2019-11-18") == []


def test_quoted_year_in_prose_stays_a_date():
    assert sentence_dates("In “1989” the wall fell, he wrote.", "2019-11-18") == [("1989", "1989")]
