"""Dates of a page with no date at all that the text dates (find/date_undated), and "fortnight":
- a sport's or trade's season shifted from the present ("this season", "last season") is of the present year the text
  states, one either side, when the text names its seasons by one year and no two-year span ("the 2017 season";
  _season_in), and "the YEAR season" in the sentence of a day told today is the present one (_season_today);
- the months of a year from January, compared with the same period of the year before, state the present year
  ("For January-February of 2018 ... in the current year": _year_to_date);
- "the next fortnight" is a window of two weeks (dates.json units, normalize/periods.offset);
- a year before a spaced model code ("2020 LC 500 Convertible") is a model year, no date (dates.json model_code).
Texts are news_gold documents and sentences of ../shared/eval, run as a user's record with no reference date."""

from __future__ import annotations

from conftest import dates_on, gold_dates, text_facts


def test_this_season_of_a_season_begun_today():
    # "When the first pitch flies to kick off the Blue Jays' 2018 season later this afternoon ... Payette said he
    # gave the team an identity that won't easily be replaced this season."
    assert gold_dates("geowebnews.jsonl", "geowebnews:19", "won't easily be replaced") == [("this season", "2018")]


def test_last_season_before_the_present_year_of_a_notice():
    # "With the 2017 season still fresh on the minds ... “Last season had near-record warm sea surface temperatures"
    # ... © 2018 Cable News Network": 2017
    assert gold_dates("geowebnews.jsonl", "geowebnews:213", "Last season had") == [("Last season", "2017")]


def test_this_season_of_a_league_with_no_year_stays_null():
    # a Championship club's season runs across two years, and the text names none
    assert ("this season", None) in gold_dates("geowebnews.jsonl", "geowebnews:178", "Championship appearances")


def test_next_fortnight_is_two_weeks():
    # "In a crunch Commons debate expected within the next fortnight, MPs will vote" (a page of 2020-09-26)
    assert dates_on("webpages", "00d013b26c39d0f1", "within the next fortnight") == [
        ("the next fortnight", "2020-09-27/2020-10-10")
    ]


def test_model_year_before_a_spaced_model_code():
    # "the Japanese luxury marque has finally pulled the covers off the production model 2020 LC 500 Convertible.":
    # the product's name, no date (find/date_names: model_code)
    text = "the Japanese luxury marque has finally pulled the covers off the production model 2020 LC 500 Convertible."
    assert [f.text for f in text_facts(text, "date")] == []


def test_current_year_of_results_so_far():
    # "For January-February of 2018, investments to the fixed capital increased by 54.4% ... compared to the same
    # period of the previous year ... In general, in the current year, it is planned to put into operation 298
    # projects": 2018
    assert gold_dates("geowebnews.jsonl", "geowebnews:308", "298 projects") == [("the current year", "2018")]
