"""Date classes of round 5 (issue 17) over the facts of main on the 569 audit pages: each case is a sentence of a
saved page in ../shared/eval, read in place and run through the whole pipeline (its publication date is the reference
date), and the date a careful reader expects there, or none. Each failed before its rule."""

from __future__ import annotations

from conftest import dates_reader, eval_facts

PAGES = {
    "mail": ("webpages", "00d013b26c39d0f1"),
    "sportswomen": ("webpages", "5a994e5649eabe1a"),
    "cbs": ("webpages", "60b4d9a2f75ebc8a"),
    "primaries": ("webpages", "0611d6b0a9ca3a68"),
    "multivitamin": ("webpages", "98fcbd94212158c1"),
    "keyboard": ("articles", "65bf3048b500bbd84928d9122f99617ca898216b91add1d8b2ac09c670484a5c"),
    "belfast": ("webpages", "665dea7ed5f1670e"),
    "takeout": ("webpages", "d681f579c41da7a4"),
    "reserves": ("webpages", "d4225a545cb7beb9"),
    "sixers": ("webpages", "8194f0e8e8434016"),
    "python": ("webpages", "750955e516e256de"),
    "fink": ("webpages", "6f4cb16b95a6fce5"),
    "plague": ("articles", "ea25dd7edff4d27973600f35728f20aed5a3eedcc23257d9c3afc3d3e840c3de"),
    "chicken": ("webpages", "d2feec94b253bdbf"),
    "noodles": ("webpages", "4ee3953cbfd5fda6"),
    "hydrangea": ("webpages", "fb5c836ecacb2b10"),
    "gamewiki": ("webpages", "936ff4fe484cc870"),
    "moonlanders": ("articles", "c00962aabe7bdd1fca78f5360ea7fa93cd7674863b05157e00827506a7aa58c4"),
    "carbon": ("webpages", "9636a7117d7566d3"),
    "jokes": ("webpages", "e4f69fefbda2d807"),
    "podcast": ("articles", "88c328b68b038a625b4b3f8c322215caa30b0e88af0754bd71056ffc15c7b4b7"),
}


dates_in = dates_reader(PAGES)


def test_a_weekday_inside_a_name_is_no_date():
    assert dates_in("mail", "a Mail on Sunday poll today") == [("today", "2020-09-26")]
    assert dates_in("sportswomen", "Her newest book Saturday Millionaires") == []
    assert dates_in("primaries", "mitigate that in the Super Tuesday states") == []


def test_a_capitalised_deictic_after_a_word_names_a_show_or_a_paper():
    assert dates_in("cbs", 'Scott told "CBS This Morning" co-host') == []
    assert dates_in("multivitamin", "according to Medical News Today") == []


def test_a_year_that_names_a_model_is_no_date():
    assert dates_in("keyboard", "more key travel than the 2016, but less than the 2012") == []
    assert dates_in("keyboard", "for key stability in the 2016 was moved") == []
    assert dates_in("keyboard", "equivalent fan speeds to the 2016 model") == []


def test_a_year_before_a_unit_is_a_quantity():
    assert dates_in("chicken", "1200 g whole chicken") == []


def test_today_with_a_weekday_in_brackets_is_that_weekday():
    # a Friday article quoting a statement of the Thursday before
    found = dates_in("belfast", "alongside Edwin Poots MLA today (Thursday)")
    assert found == [("today", "2023-11-02"), ("Thursday", "2023-11-02")]


def test_a_date_something_takes_effect_from_is_ahead():
    # a Monday article: the restriction announced on Sunday starts on the Wednesday after
    assert ("Wednesday", "2020-11-25") in dates_in("takeout", "restricted to takeout starting Wednesday")
    # a Thursday article: free entry from the Monday after, fees waived from 6 November
    assert dates_in("reserves", "free to 16 to 24- year-olds from Monday") == [("Monday", "2023-11-06")]
    assert ("6 November", "2023-11-06") in dates_in("reserves", "fees will be waived")


def test_a_quarter_in_a_game_report_is_the_games():
    assert dates_in("sixers", "The third quarter belonged to Embiid") == []
    assert dates_in("sixers", "to close the quarter") == []


def test_today_as_nowadays():
    assert dates_in("python", "Python is still healthy today") == []
    assert dates_in("moonlanders", "What commercial launch vehicles exist today") == [("2024", "2024")]
    assert [text for text, _ in dates_in("carbon", "doesn’t fully exist today")] == ["2030"]
    assert dates_in("fink", "In the midst of today’s uncertainties") == []
    assert dates_in("plague", "Today, plague infections are rare") == []


def test_generic_day_phrases_are_no_date():
    assert dates_in("noodles", "going vegan for that day") == []
    assert dates_in("fink", "the day will come for healing") == []
    assert dates_in("hydrangea", "The best time of the day to cut") == []


def test_a_season_with_a_day_counted_in_it_is_a_game_calendar():
    assert dates_in("gamewiki", "On the 4th of Winter") == []
    assert [d for d in eval_facts(*PAGES["gamewiki"]) if d["kind"] == "date" and d["sentence"] == "Spring 15"] == []


def test_any_day_of_the_week_or_a_year_of_habit_is_no_date():
    assert dates_in("jokes", "What day of the week are most twins born on") == []
    assert dates_in("podcast", "produced weekly throughout the year") == []


def test_two_month_names_side_by_side_are_a_pun():
    assert dates_in("jokes", "No, but April May.") == []
    assert dates_in("jokes", "Can February March?") == []
