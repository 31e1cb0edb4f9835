"""Dates of round 78 (issue 17), a year listed after a product's version year: "Kali 2019 and 2018" in a list of
guest systems numbers two versions of one product; the first year ends the name (date_names.ends_name), and each
later year of a list of bare years it opens (joined by "and", "or", commas) numbers the same name. A list a month
dates ("March 2018 and 2019"), a list after a preposition ("in 2018 and 2019") and the editions of an event
(name_year_date_heads in dates.json) stay dates."""

from __future__ import annotations

from conftest import dates_on, sentence_dates

PARALLELS = ("webpages", "22c603f3fa1e8c9c")  # parallels.com, Parallels Desktop, 2020-02-03


def test_a_year_listed_after_a_version_year_is_no_date():
    assert dates_on(*PARALLELS, "Kali 2019 and 2018") == []


def test_a_serial_list_of_versions():
    assert sentence_dates("It supports Windows Server 2016, 2019, and 2022.", "2020-02-03") == []


def test_a_month_or_a_preposition_keeps_the_years():
    assert sentence_dates("Sales rose in March 2018 and 2019.", "2020-02-03") == [
        ("March 2018", "2018-03"),
        ("2019", "2019"),
    ]
    assert sentence_dates("The festival ran in 2018 and 2019.", "2020-02-03") == [("2018", "2018"), ("2019", "2019")]


def test_an_event_head_keeps_its_editions():
    text = "He spoke at the All-Energy Exhibition & Conference 2018 and 2019."
    assert sentence_dates(text, "2020-02-03") == [("2018", "2018"), ("2019", "2019")]
