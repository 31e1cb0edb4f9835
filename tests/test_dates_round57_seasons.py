"""Dates of round 57 (issue 17), a season shifted from the present: "next season", "last season", "this season" (a
sport's, a trade's or a show's season) place a time no calendar gives, so they are dates with a null value at
granularity season (judges listed them missed in sheets 20261273 and 20261335-37); "their last season in ..." (the
final one) and "the last season of ..." (a show's) are none. Each sentence is a real one of ../shared/eval."""

from __future__ import annotations

from conftest import eval_facts, gold_dates

CEO = ("articles", "4648a420af9984d45b76a4afedf4f74965f8a2e0bf1c69bd3da2dc189020f3c9")  # an interview with a new CEO


def test_next_season_after_a_dateline_starts_after_it():
    # geowebnews:249 (dateline of 2018-04-05): "UEFA's disciplinary body will not hear the case until 31 May - after
    # the Champions League final - meaning any sanctions would only apply next season." A league's season crosses
    # two years: the 2018-19 one, from the day after the dateline (find/date_games.league_seasons)
    found = gold_dates("geowebnews.jsonl", "geowebnews:249", "would only apply next season", "granularity", "earliest")
    assert ("next season", "2018/2019", "year", "2018-04-06") in found


def test_last_season_opening_a_quotation():
    # geowebnews:213: "“Last season had near-record warm sea surface temperatures in the tropical Atlantic,” said Dr."
    # The text names its seasons by one year ("With the 2017 season still fresh") and closes with "© 2018 Cable News
    # Network": the season before 2018's (find/date_undated.present_year)
    found = gold_dates("geowebnews.jsonl", "geowebnews:213", "near-record warm sea surface", "granularity")
    assert found == [("Last season", "2017", "year")]


def test_this_season_of_a_league():
    # geowebnews:178: "Gallagher, on loan from Southampton, has six goals in 30 Championship appearances this season"
    found = gold_dates("geowebnews.jsonl", "geowebnews:178", "30 Championship appearances this season", "granularity")
    assert ("this season", None, "season") in found


def test_their_last_season_is_the_final_one():
    # "... scored 50 plus points a piece in a triple overtime game in their last season in Oklahoma City Thunder"
    found = [
        f["text"]
        for f in eval_facts(*CEO)
        if f["kind"] == "date" and "their last season in Oklahoma City" in f["sentence"]
    ]
    assert "last season" not in found
