"""Date classes of issue 17, round 16: each case is a sentence of a saved page in ../shared/eval, read in place and
run through the whole pipeline (its publication date is the reference date), and the date a careful reader expects
there, or none. Each failed before its rule."""

from __future__ import annotations

from conftest import dates_on

FARM_LAWS = ("webpages", "e127550080dff7bb")


def test_a_year_that_closes_a_laws_title_is_no_date():
    # "... (Promotion and Facilitation) Act, 2020, ... Farm Services Act, 2020, and The Essential Commodities
    # (Amendment) Act, 2020.": the year is part of each law's name, as in "the Citizenship (Amendment) Act, 2019"
    assert dates_on(*FARM_LAWS, "Farmers are protesting against The Farmers' Produce Trade") == []

