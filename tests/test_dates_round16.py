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


LAKERS = ("articles", "eecd2575093b85933997521d6babddd397599419588d7096c5c19dc4ffe2ea72")


def test_a_schedule_line_host_the_team_on_a_weekday_is_ahead():
    # an AP game story of Wednesday 2019-11-20 ends "Thunder: Host the Lakers on Friday.": the parse takes "Host" for
    # a noun, yet it has a direct object, so it is the imperative of a coming game, 2019-11-22, not the past Friday
    assert dates_on(*LAKERS, "Thunder: Host the Lakers on Friday.") == [("Friday", "2019-11-22")]
