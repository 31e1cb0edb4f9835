"""Round 102 a season of two years: on a page with no date, a year-less day or bare month in a sentence naming one
season written with two years ("2016-17", "2019/20") is of the season's first year in an autumn month and of its
second in a winter month (find/date_undated.span_season_year; span_season_months in dates.json); a spring or summer
month stays null (a fiscal year may start in April, a league's season end in May), and so does a date whose sentence
names another year. clause_year no longer reads a season's first year as a clause's ("Rainfall in 2016-17 was
lowest in May"). The real sentence is the news_gold text tr-news:1180001 ("being named to the 2016-17 Team Alberta
junior development team at the Skate Canada Sectionals in Edmonton from Nov. 3 to 6";
../shared/eval/news_gold/tr_news.jsonl)."""

from __future__ import annotations

from conftest import gold_dates, text_as_article


def _dates(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.value) for f in text_as_article(text).facts or [] if f.kind == "date"]


def test_the_real_autumn_days_are_of_the_seasons_first_year():
    found = gold_dates("tr_news.jsonl", "tr-news:1180001", "from Nov. 3 to 6")
    assert ("Nov. 3 to 6", "2016-11-03/2016-11-06") in found


def test_a_winter_month_is_of_its_second_year():
    assert ("February", "2017-02") in _dates("Rainfall in 2016-17 was lowest in February.")
    assert ("October 22", "2019-10-22") in _dates("The 2019/20 season starts on October 22.")


def test_not_a_spring_month_nor_beside_another_year():
    assert ("June 3", None) in _dates("The 2016-17 budget was passed on June 3.")
    assert ("May", None) in _dates("Rainfall in 2016-17 was lowest in May.")
    # two spans name no one season
    assert ("November", None) in _dates("From 2016-17 to 2018-19 sales peaked in November.")
