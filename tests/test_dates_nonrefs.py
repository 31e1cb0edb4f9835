"""Date-shaped words that refer to no time at all (judged audit seed 20261214): a year that is one group of a
phone number or an id, a century that opens a company's name, a time every year has, a holiday a thing is suited
to, a weekday's recurring part, a period word that names a paper, a score's value; and (judged audit seed 20261217) a
day of a generic "you", "today" as the present era, "on the day" of any such event. Each page is a saved page of ../shared/eval,
read in place through the whole pipeline."""

from __future__ import annotations

from conftest import dates_reader

PAGES = {
    "phone": ("webpages", "7b83033529dfe95f"),
    "citations": ("webpages", "205c0891b8841894"),
    "hibernation": ("articles", "e1c7023ee2148901b086256fdd30a0893d10b0720b510d5ff07a021109347266"),
    "bougainvillea": ("webpages", "9b235e0fa43f2255"),
    "truffles": ("webpages", "1768d1a3f15b670e"),
    "restaurant": ("webpages", "69439dabad8c407e"),
    "weekly": ("webpages", "5a3183c8311322cd"),
    "column": ("webpages", "721fc91c21acb1b1"),
    "laptop": ("articles", "65bf3048b500bbd84928d9122f99617ca898216b91add1d8b2ac09c670484a5c"),
    "multivitamin": ("webpages", "98fcbd94212158c1"),
    "printing": ("webpages", "2010911999829ca7"),
    "platters": ("webpages", "409c7de32b8a2656"),
    "storms": ("webpages", "75368945f56bb8d6"),
    "smarts": ("webpages", "0329a3458b981f98"),
    "artist": ("webpages", "6194c844e275e8fd"),
    "sentenced": ("webpages", "e3923c04aeb1ec46"),
    "alibi": ("articles", "1f765c48780665e89cc3af1f7c9af47876e9fae9b5be4a936b0649e10f5e3198"),
    "tennis": ("webpages", "905b8d9991ab641e"),
}


dates_in = dates_reader(PAGES)


def test_a_year_shaped_group_of_a_phone_number_or_an_id_is_no_year():
    assert dates_in("phone", "please call 0800 1971 329") == []
    assert [text for text, _ in dates_in("citations", "annrheumdis-2014-205577") if text == "2014"] == []


def test_a_century_that_opens_a_company_s_name_is_no_century():
    assert dates_in("hibernation", "Credit: 20th Century Fox") == []


def test_a_time_every_year_has_is_no_year():
    assert dates_in("bougainvillea", "during the warm times of the year") == []
    assert dates_in("bougainvillea", "at any time of the year") == []


def test_a_holiday_a_thing_is_perfect_for_is_no_date():
    assert dates_in("truffles", "Perfect for Halloween") == []


def test_a_weekday_s_recurring_part_is_no_date():
    assert dates_in("restaurant", "Friday nights are filled with friends") == []


def test_a_capitalised_period_word_in_prose_names_a_paper_or_a_column():
    assert dates_in("weekly", "Subscribed to The Week?") == []
    assert dates_in("weekly", "enjoying The Week's refreshingly open-minded journalism") == []
    assert dates_in("column", "Tweet of the Week #67") == []


def test_a_year_shaped_value_after_a_noun_of_value_is_no_year():
    assert dates_in("laptop", "earned a total score of 2072") == []


def test_a_day_of_a_generic_you_in_the_present_is_no_date():
    assert dates_in("restaurant", "you’ve got yourself the perfect start to the weekend") == []
    assert dates_in("restaurant", "you can feel the buzz of anticipation for the weekend ahead") == []
    assert dates_in("multivitamin", "the only healthy choice you make that day") == []


def test_today_as_the_present_era_is_no_day():
    assert dates_in("printing", "challenges for today’s 3-D printers") == []
    assert dates_in("platters", "Based on today's nine platter hard drives") == []
    assert dates_in("storms", "more frequently than it is seeing today") == []
    assert dates_in("smarts", "far more topics than any computer today") == []
    assert dates_in("tennis", "Latest results, today’s matches") == [("today", "2023-11-02")]  # the day's matches


def test_today_set_against_years_ago_is_the_present_era():
    assert dates_in("artist", "less pressure to do that today, but seven years ago") == [("seven years ago", "2016")]


def test_on_the_day_of_any_such_event_and_the_day_in_question_are_no_day():
    assert dates_in("phone", "An alternative is offered on the day to any passengers") == []
    assert dates_in("phone", "If there are any on the day problems") == []
    assert [text for text, _ in dates_in("sentenced", "on the day in question") if text == "the day"] == []
    assert ("the same day", None) in dates_in("alibi", "on the same day it is alleged he raped")  # that one day
