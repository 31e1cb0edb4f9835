"""Dates of news never tuned on (round 36): a "tomorrow" used as a noun ("a better tomorrow": the future), a holiday
named as a custom ("no national Thanksgiving Day", "Thanksgiving Day, celebrated ... on the fourth Thursday in
November"), and a day-first dotted date that ends a sentence ("on 09.03.2018.") or stands in one (the atom's year
could not follow a dot, so it never matched). Each document is read in place from ../shared/eval/news_gold, run as
an article with no reference date."""

from __future__ import annotations

from conftest import dates_reader, gold_dates

dates_in = dates_reader({"millennials": ("webpages", "0f782389ece55a3a")})


def test_a_tomorrow_after_an_article_and_an_adjective_is_the_future():
    # geowebnews.jsonl, geowebnews:134: '"Our hope is that together we may provide a better tomorrow for mothers and
    # their children in need."'
    assert gold_dates("geowebnews.jsonl", "geowebnews:134", "a better tomorrow") == []


def test_a_today_after_a_little_and_a_predicate_adjective_is_no_noun():
    # webpages 0f782389ece55a3a (boingboing, 2013-07-19): "That all sounds a little ridiculous today." ("a little" is
    # how much, "ridiculous" the predicate: no article and adjective of a noun "today"); a judgement in hindsight on
    # a verb of seeming, this "today" is nowadays, no date (date_generic._value_now)
    assert dates_in("millennials", "a little ridiculous today") == []


def test_a_holiday_after_no_is_the_custom():
    # tr_news.jsonl, tr-news:1030004: "There was no national Thanksgiving Day for several years, but many states had
    # Thanksgiving holidays."
    found = gold_dates("tr_news.jsonl", "tr-news:1030004", "no national Thanksgiving Day")
    assert "Thanksgiving Day" not in [text for text, _ in found]


def test_a_holiday_defined_by_its_yearly_rule_is_the_custom():
    # tr-news:1030004: "Here's a look at Thanksgiving Day, celebrated in the United States on the fourth Thursday in
    # November."
    found = gold_dates("tr_news.jsonl", "tr-news:1030004", "a look at Thanksgiving Day")
    assert "Thanksgiving Day" not in [text for text, _ in found]


def test_a_holiday_of_the_story_stays():
    # tr-news:1030004: "In 2016, Thanksgiving is on November 24."
    found = gold_dates("tr_news.jsonl", "tr-news:1030004", "In 2016, Thanksgiving is on November 24")
    assert ("Thanksgiving", "2016-11-24") in found


def test_a_dotted_day_first_date_ending_a_sentence_is_read():
    # geowebnews.jsonl, geowebnews:130: "... merely convened a meeting of the Chief Secretaries of the party States on
    # 09.03.2018."
    assert gold_dates("geowebnews.jsonl", "geowebnews:130", "Chief Secretaries") == [("09.03.2018", "2018-03-09")]


def test_a_yearless_day_near_a_dotted_date_takes_its_year():
    # geowebnews:130: "As per the February 16 judgment in the appeals, the Centre had to frame the scheme in six
    # weeks." (the meeting of 09.03.2018 is the article's full day, 21 days after it)
    assert gold_dates("geowebnews.jsonl", "geowebnews:130", "As per the February 16 judgment") == [
        ("February 16", "2018-02-16")
    ]


def test_this_year_takes_the_year_the_text_states_as_its_present():
    # geowebnews.jsonl, geowebnews:296: "The 2018 British Touring Car Championship gets going tomorrow at Brands
    # Hatch, ..." then "The BMR squad has slimmed down to three cars this year, with former champion Jason Plato
    # returning."
    assert gold_dates("geowebnews.jsonl", "geowebnews:296", "slimmed down to three cars") == [("this year", "2018")]


def test_last_year_counts_back_from_the_stated_present():
    # geowebnews:296: "Few predicted Sutton would storm to last year’s title in just his second season in the BTCC"
    assert gold_dates("geowebnews.jsonl", "geowebnews:296", "storm to last year") == [("last year", "2017")]


def test_a_relative_date_needing_the_day_stays_null_in_the_stated_present():
    # geowebnews:296: "The 2018 British Touring Car Championship gets going tomorrow": the year is stated, the day
    # is not
    found = gold_dates("geowebnews.jsonl", "geowebnews:296", "gets going tomorrow")
    assert ("tomorrow", None) in found


def test_this_year_glossed_with_its_year_takes_it():
    # geowebnews.jsonl, geowebnews:2: "This year (2018), the Japanese and UK governments are to agree controls on
    # animal health requirements ..."
    assert gold_dates("geowebnews.jsonl", "geowebnews:2", "This year (2018)") == [
        ("This year", "2018"),
        ("2018", "2018"),
    ]


def test_a_yearless_day_under_a_schedule_heading_takes_its_year():
    # geowebnews.jsonl, geowebnews:296: "2018 calendar. 7/8 April: Brands Hatch Indy, Kent. ... 28/29 July:
    # Snetterton, Norfolk."
    # (round 37: "28/29 July" is a day pair, the weekend, and takes the heading's year as a day does)
    assert gold_dates("geowebnews.jsonl", "geowebnews:296", "Snetterton, Norfolk") == [
        ("28/29 July", "2018-07-28/2018-07-29")
    ]


def test_a_yearless_day_before_the_schedule_heading_takes_the_listed_entry_year():
    # geowebnews:296: "the third race at Snetterton on 29 July will be a 60-mile ‘Diamond Double’" comes in a block
    # before "2018 calendar."; no full day of the text dates it, but the list's "28/29 July: Snetterton" holds it
    # (round 58: schedule_year._listed_again; before, it kept no year)
    found = gold_dates("geowebnews.jsonl", "geowebnews:296", "third race at Snetterton")
    assert found == [("29 July", "2018-07-29")]
