"""Seasons named by their shift from the present:
- on a dated page that names a league whose season runs across two years (dates.json league_seasons), "this season",
  "last season", "next season" from October to April are the two years of the season going on, one back or on
  (find/date_games.league_seasons): "he is leading the NBA this season" on 2019-11-20 is 2019/2020; a modifier
  ("early last season") keeps the null value;
- "this holiday season" is a season of its own, value null (dates.json shift_season atom).
Texts are pages and news_gold documents of ../shared/eval."""

from __future__ import annotations

from conftest import dates_on, gold_dates


def test_this_season_of_a_league_that_crosses_two_years():
    # "he is leading the NBA this season with 11.1 assists per game" (a page of 2019-11-20)
    page = "eecd2575093b85933997521d6babddd397599419588d7096c5c19dc4ffe2ea72"
    assert ("this season", "2019/2020") in dates_on("articles", page, "he is leading the NBA")


def test_last_season_of_a_league_that_crosses_two_years():
    # "The UAlbany men's and women's basketball teams spent last season as nomads." (a page of 2023-11-09)
    assert dates_on("webpages", "36c2ae3b7ac465ea", "spent last season as nomads") == [("last season", "2022/2023")]


def test_next_season_of_a_european_club_competition():
    # "meaning any sanctions would only apply next season" (the Champions League, a text dated 2018-04-05)
    assert ("next season", "2018/2019") in gold_dates("geowebnews.jsonl", "geowebnews:249", "only apply next season")


def test_a_season_with_a_modifier_stays_null():
    # "Chris Paul ... didn't appear to clash with Rajon Rondo ... as they did early last season" (the NBA, 2019-11-20)
    page = "eecd2575093b85933997521d6babddd397599419588d7096c5c19dc4ffe2ea72"
    assert ("early last season", None) in dates_on("articles", page, "early last season")


def test_this_holiday_season_is_a_null_season():
    # "This holiday season, Zalando, which is Europe's biggest digital fashion player, is using a made-in-China
    # approach" (an undated text)
    assert ("This holiday season", None) in gold_dates("tr_news.jsonl", "tr-news:1050001", "made-in-China")
