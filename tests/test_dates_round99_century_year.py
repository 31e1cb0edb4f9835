"""Dates, round 99: a year of the next century (2100-2199) after a word that puts a time on it is that year
(dates.json century_year_context and its atom; date_vetoes.not_a_year for a change's amount).

'... warming either remaining below 1.5°C or returning to 1.5°C by around 2100 following an overshoot, depending on
the velocity ...' (diem25.org, a careful reader's miss): every year pattern stopped at 2099, so 2100 was read as
nothing. Climate and population stories set their horizon there ('by 2100', 'until 2150', 'in the year 2150'). Such a
number is as often no year, so only after a cue (never on spaCy's DATE alone), and never before a digit, a
capitalised word, hours or GMT (a clock time '2115 GMT', an address '2134 Caldwell Place', a phone number), nor as a
change's amount ('rose by 2150') or a count ('attended by 2100 people').
"""

from __future__ import annotations

from conftest import dates_on, sentence_dates

DIEM_PAGE = ("webpages", "e3fd73d75c09ae82")


def test_a_year_of_the_next_century_after_by_around_is_that_year() -> None:
    assert ("2100", "2100") in dates_on(*DIEM_PAGE, "returning to 1.5°C by around 2100 following an overshoot")


def test_a_year_of_the_next_century_after_other_cues_is_that_year() -> None:
    assert sentence_dates("The population will reach 11 billion by 2100.", "2020-01-10") == [("2100", "2100")]
    assert sentence_dates("The plan runs until 2150, officials said.", "2020-01-10") == [("2150", "2150")]


def test_a_clock_time_an_address_or_a_phone_number_is_no_year() -> None:
    # near sentences of the texts: a clock time, an address and a phone number in the 2100s
    assert sentence_dates("The blast occurred at 12.45 a.m. (2115 GMT) in the city.", "2020-01-10") == []
    assert (
        sentence_dates("Officers arrested a man who resides at 2134 Caldwell Place, police said.", "2020-01-10") == []
    )
    assert sentence_dates("Please call 0800 528 2100 or 0800 692 0792.", "2020-01-10") == []
    assert sentence_dates("The ship sails in 2100 hours.", "2020-01-10") == []


def test_a_changes_amount_or_a_count_is_no_year() -> None:
    assert ("2150", "2150") not in sentence_dates("Sales rose by 2150 last year.", "2020-01-10")
    assert sentence_dates("The event was attended by 2100 people.", "2020-01-10") == []
