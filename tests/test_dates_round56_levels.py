"""Dates of round 56 (issue 17), a year before a noun of values: a bare year before "levels", "figures", "prices"
(year_values_nouns in dates.json) is the year the values are of ("decline by about 45% from 2010 levels by 2030"),
not a count of them, as "2016 students" is. Each case is a sentence of a saved audit page in ../shared/eval, read in
place through the whole pipeline (its publication date the reference date)."""

from __future__ import annotations

from conftest import dates_reader

dates_in = dates_reader(
    {
        "diem25": ("webpages", "e3fd73d75c09ae82"),
        "drunkorexia": ("webpages", "86417b5e6e37aea4"),
    }
)


def test_a_year_of_levels_is_a_year():
    # diem25 (2020-10-12): "In model pathways with no or limited overshoot of 1.5°C, global net anthropogenic CO2
    # emissions decline by about 45% from 2010 levels by 2030, reaching net zero around 2050."
    found = dates_in("diem25", "45% from 2010 levels")
    assert ("2010", "2010") in found and ("2030", "2030") in found


def test_a_year_of_figures_is_a_year():
    # drunkorexia (2020-05-15): "The National Institute of Alcohol Abuse and Alcoholism says 2018 figures show that
    # more than 36.9% of college students ages 18-22 in the U.S. reported binge drinking in the past month"
    assert ("2018", "2018") in dates_in("drunkorexia", "2018 figures show")
