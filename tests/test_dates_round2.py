"""Date classes of the judged audit of seed 20261204 (issue 17, round 2): each case is a sentence of a saved page in
../shared/eval, read in place and run through the whole pipeline (its publication date is the reference date), and
the date a careful reader expects there, or none. Each failed before its rule; a second page of the same class,
not looked at when the rule was written, checks that the rule is general."""

from __future__ import annotations

from conftest import eval_facts

PAGES = {
    "halloween": ("webpages", "cec279bdf5c92c58"),
    "athletics": ("webpages", "1bcf80fdbecdccdf"),
    "halls": ("webpages", "640aad2eb1a99fc9"),
    "goodnews": ("webpages", "d4225a545cb7beb9"),
    "coldwave": ("webpages", "4dc58a9b6419793a"),
    "sports": ("webpages", "5a994e5649eabe1a"),
    "lemons": ("webpages", "06c769c1cebf8491"),
    "prince": ("articles", "1f765c48780665e89cc3af1f7c9af47876e9fae9b5be4a936b0649e10f5e3198"),
    "alley": ("webpages", "0cf59dcbcf504c49"),
    "fairvalue": ("webpages", "377444278076ec62"),
}


def facts_of(page: str) -> tuple[dict, ...]:
    return eval_facts(*PAGES[page])


def dates_in(page: str, snippet: str) -> list[tuple[str, str | None]]:
    """(text, value) of the dates whose sentence holds the snippet."""
    return [(f["text"], f["value"]) for f in facts_of(page) if f["kind"] == "date" and snippet in f["sentence"]]


def test_holiday_in_a_compound_adjective_is_no_date():
    # "Halloween-themed workout videos": the holiday names a style of video, not a day; alone it stays a date
    assert dates_in("halloween", "These Halloween-themed workout videos") == []
    assert ("Halloween", "2020-10-31") in dates_in("halloween", "Halloween is just days away")


def test_a_day_after_a_month_name_is_that_months_day():
    # "July 23-August 8" is one range, not "July" and a day "23-August"; held out: the same page's "July 27-August 7"
    texts = [text for text, _ in dates_in("athletics", "the Tokyo Games will now take place on")]
    assert any(t.startswith("July 23-August 8") for t in texts) and "23-August" not in texts
    commonwealth = dates_in("athletics", "Commonwealth Games are scheduled to be held in the English city")
    assert [text for text, _ in commonwealth if "July" in text or "August" in text] == ["July 27-August 7"]


def test_for_the_next_year_is_a_stretch_from_the_reference_date():
    # "opening-up for the next year or longer" (2020-10-02) is the twelve months ahead, not the calendar year 2021
    assert ("the next year", "2020-10-03/2021-10-02") in dates_in("halls", "opening-up for the next year or longer")
    # held out: "set to join the initiative over the coming year" (2023-11-02)
    assert ("the coming year", "2023-11-03/2024-11-02") in dates_in("goodnews", "join the initiative over the coming")


def test_a_forecast_day_is_ahead():
    # a Tuesday's (2023-11-07) headline "Colder Temperatures Forecast for Wed." is the Wednesday to come
    assert ("Wed", "2023-11-08") in dates_in("coldwave", "Colder Temperatures Forecast for Wed.")
    # held out: the body's "Wednesday is forecast to be colder" (a verb now, "forecast" a future cue)
    assert ("Wednesday", "2023-11-08") in dates_in("coldwave", "However, Wednesday is forecast to be colder")


def test_this_season_in_the_past_tense_is_the_one_gone_by():
    # "I had the opportunity to meet her this summer" in a January 2014 post: the summer of 2013
    assert ("this summer", "2013-SU") in dates_in("sports", "I had the opportunity to meet her this summer")
    # held out: "I tried planting lemon seeds ... during this winter" (2020-04-21) is the winter of 2019-20
    assert ("this winter", "2019-WI") in dates_in("lemons", "with the paper towel method during this winter")


def test_the_object_of_follows_came_before():
    # "The move follows Macron's response in March" (2023-11-02): the March gone by, not March 2024
    assert ("March", "2023-03") in dates_in("goodnews", "The move follows Macron")


def test_that_day_after_a_longer_date_is_left_unresolved():
    # "an alibi ... 18 years ago - on the same day it is alleged": a day of 2001 the text does not give, not the
    # publication day; SPEC's null value says so
    assert ("the same day", None) in dates_in("prince", "on the same day it is alleged")
    # held out: an actress's anecdote "I sold it that week" was the week of publication
    assert ("that week", None) in dates_in("alley", "I sold it that week")


def test_a_day_followed_by_next_year_takes_that_year():
    # "will now take place on July 23-August 8 next year" (2020-04-08): the Tokyo Games of 2021, one range
    assert ("July 23-August 8 next year", "2021-07-23/2021-08-08") in dates_in("athletics", "the Tokyo Games will now")
    # held out: "down from S$2.16 as at Aug 31 last year" (2020-10-14) is 2019-08-31, the first "Aug 31" 2020's
    found = dates_in("fairvalue", "as at Aug 31 last year")
    assert ("Aug 31 last year", "2019-08-31") in found and ("Aug 31", "2020-08-31") in found
