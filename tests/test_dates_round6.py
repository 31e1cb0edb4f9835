"""Date classes of round 6 over the facts of main on the 569 audit pages (the judged sheet of audit 8): each case is
a sentence of a saved page in ../shared/eval, read in place and run through the whole pipeline (its publication date
is the reference date), and the date a careful reader expects there, or none. Each failed before its rule."""

from __future__ import annotations

import datetime as dt
import json
import re

from conftest import dates_on, dates_reader, shared_path

from extractor.find.date_patterns import composers
from extractor.find.dates import find_in_block
from extractor.nlp import parse
from extractor.normalize.periods import tables

PAGES = {
    "highway": ("webpages", "de7b65876f711ec6"),
    "dion": ("webpages", "0cf59dcbcf504c49"),
    "travel": ("webpages", "7b83033529dfe95f"),
    "hibernation": ("articles", "e1c7023ee2148901b086256fdd30a0893d10b0720b510d5ff07a021109347266"),
    "bougainvillea": ("webpages", "9b235e0fa43f2255"),
    "solar": ("articles", "b0cf2bbf0192315eec95ede9c59bbf4ae58699275739d590edc24b012e3e8800"),
    "polarization": ("webpages", "c7ad74e759d1e6c1"),
    "keyboard": ("articles", "65bf3048b500bbd84928d9122f99617ca898216b91add1d8b2ac09c670484a5c"),
    "delay": ("webpages", "aaac02d138a1eeeb"),
    "debate": ("webpages", "60b4d9a2f75ebc8a"),
    "mercurial": ("webpages", "750955e516e256de"),
    "gamewiki": ("webpages", "936ff4fe484cc870"),
    "lockdown": ("webpages", "77b63f8a9dabf25c"),
    "weltwoche": ("webpages", "d6b71477c75c8a3c"),
    "wta": ("webpages", "905b8d9991ab641e"),
}


dates_in = dates_reader(PAGES)


def test_a_month_of_that_year_is_in_the_year_mentioned_before():
    assert dates_in("highway", "lost his battle with cancer in September of the same year") == [
        ("September", "2006-09"),
        ("the same year", "2006"),
    ]
    assert dates_in("dion", "In January of that year, her husband passed away") == [
        ("January", "2016-01"),
        ("that year", "2016"),
    ]
    assert composers()["that_year_after"].match(" of the same year.")
    assert not composers()["that_year_after"].match(" of the year.")


def test_a_year_between_digit_groups_is_part_of_a_phone_number():
    assert dates_in("travel", "please call 0800 1971 329") == []


def test_a_capitalised_century_before_a_name_is_part_of_the_name():
    assert dates_in("hibernation", "Credit: 20th Century Fox") == []


def test_the_times_of_the_year_and_all_during_the_year_are_any_year():
    assert dates_in("bougainvillea", "during the warm times of the year") == []
    assert dates_in("bougainvillea", "at any time of the year") == []
    assert dates_in("bougainvillea", "have flowered at intervals all during the year") == []
    # the months of one year counted so far are that year's
    assert ("the year", "2019") in dates_in("solar", "first seven months of the year reached")
    assert re.search(tables()["generic_period"], "all during the year")


def test_todays_with_a_name_or_a_nowadays_compound_is_nowadays():
    assert dates_in("polarization", "consider today’s Democratic Party more moderate") == []
    assert dates_in("keyboard", "looking at today's landscape users") == []


def test_a_coming_event_named_by_its_date_in_a_future_clause_is_ahead():
    assert ("November", "2020-11") in dates_in("delay", "will try to delay November’s presidential election")
    assert dates_in("debate", "ahead of Tuesday's Democratic debate") == [("Tuesday", "2020-02-25")]
    assert {"election", "debate", "vote"} <= set(tables()["coming_event_nouns"])
    assert composers()["ahead_of_prefix"].search("candidates ahead of ")


def test_later_after_a_span_of_time_does_not_narrow_the_date_after_it():
    # the vague count before a date with its own year is no date of its own (its story_offset atom in dates.json)
    assert dates_in("mercurial", "to be released several months later in September 2015") == [
        ("September 2015", "2015-09"),
    ]


def test_a_span_looked_for_later_this_week_keeps_later():
    lines = shared_path("eval", "peers", "recognizers_datetime.jsonl").read_text(encoding="utf-8").splitlines()
    case = next(c for c in map(json.loads, lines) if c["text"] == "Cortana find 30 minutes later this week")
    ref = dt.date.fromisoformat(case["reference_date"])
    found = find_in_block(parse([case["text"]])[0], ref, [])
    assert [(case["text"][c.start : c.end], p.earliest) for c, p in found] == [
        ("later this week", dt.date(2019, 5, 28))  # the Tuesday after the Monday it was asked on (round 17)
    ]


def test_a_page_on_a_game_calendar_has_no_dates_read_from_its_own_date():
    assert dates_in("gamewiki", "Spring is probably my favorite season") == []
    assert dates_in("gamewiki", "I think I'll read a book today") == []
    assert dates_in("gamewiki", "Are you growing any melons this summer?") == []


def test_a_past_tense_day_just_after_the_reference_date_is_this_years():
    assert ("from July 10 to July 16", "2020-07-10/2020-07-16") in dates_in(
        "lockdown", "ordered a lockdown from July 10"
    )
    assert dates_in("weltwoche", "print edition of Die Weltwoche on January 24th") == [("January 24th", "2019-01-24")]


def test_a_list_of_days_a_few_days_before_the_last_one_named_is_of_its_year():
    assert dates_on(*PAGES["wta"], "October 31") == [("October 31", "2023-10-31")]


def test_the_round6_tables_have_the_shape_the_code_reads():
    t = tables()
    for key in ("past_grace_days", "schedule_back_days", "game_calendar_min", "scheduled_grace_days"):
        assert isinstance(t[key], int) and t[key] > 0
    assert all(w == w.lower() for w in t["coming_event_nouns"])
    assert re.search(t["game_calendar"], "Spring 15", re.I) and not re.search(t["game_calendar"], "Spring 2015", re.I)
    assert composers()["duration_before_mod"].search("several months ")


def test_earlier_this_week_on_its_first_day_was_written_the_week_before():
    assert dates_on("webpages", "724a9c7fa1704cf6", "announced earlier this week an exposure site") == [
        ("earlier this week", "2020-W11")
    ]
    assert dates_on("webpages", "6f4cb16b95a6fce5", "what took place earlier this week in Minneapolis") == [
        ("earlier this week", "2020-W22")
    ]


def test_a_weekday_before_a_time_of_day_takes_the_tense_of_its_verb():
    assert dates_on("webpages", "d495284ab1b30529", "will announce the candidate likely sometime Monday morning") == [
        ("Monday", "2020-08-17")
    ]


def test_a_holiday_a_thing_suits_is_any_such_day():
    assert dates_on("webpages", "1768d1a3f15b670e", "Perfect for Halloween") == []  # a heading
    # neither of the two in "are also perfect for Halloween as you can transform them into cute Halloween spiders!":
    # the first is suited to, the second names a kind of spiders (round 10: date_nonrefs.described_kind)
    assert dates_on("webpages", "1768d1a3f15b670e", "are also perfect for Halloween as you can") == []


def test_the_week_capitalised_inside_a_sentence_names_a_paper():
    assert dates_on("webpages", "5a3183c8311322cd", "Subscribed to The Week?") == []
    assert dates_on("webpages", "5a3183c8311322cd", "get the best of The Week delivered") == []
