"""Round 88: a year named as one, a window counted in a scale word, a citation's year before an article locator.

- "year as" is a bare year's cue (dates.json year_context): "she put her birth year as 1912" names 1912; "this
  year as 1500 workers walked out" stays a count (a bare year before a plural noun is refused, date_rejects).
- A look-back window's count may be a scale word (dates.json window_scales, date_patterns SCALE_NUM): "the last
  hundred years" reads as "the last 100 years"; a forward one is not widened ("For the next hundred years, these
  foreign species would team up": a story's future in the past), and "a hundred years ago" stays too vague. A tens word
  hyphened to a unit word is one number, not a pair of ends ("the past twenty-five years" is 25 years, not 20).
- A Vancouver citation's year before a semicolon, a volume and a colon is the year even when its pages are an
  article locator of a letter and digits ("BMJ. 2016;352:i1216."), as "e011092" already was (date_matches).
"""

from __future__ import annotations

from conftest import dates_on, gold_dates, sentence_dates, texts_of

BIRTH = "geowebnews:253"


def test_birth_year_named_as_a_year():
    # news_gold geowebnews:253 (Tri-City Herald)
    assert ("1912", "1912") in gold_dates("geowebnews.jsonl", BIRTH, "her birth year as 1912")
    assert sentence_dates("The company listed its founding year as 1987 on the form.", "2018-04-10") == [
        ("1987", "1987")
    ]


def test_year_as_before_a_count_stays_a_count():
    text = "Protests grew this year as 1500 workers walked out."
    assert sentence_dates(text, "2018-04-10") == [("this year", "2018")]
    assert texts_of(text, "count") == ["1500"]
    assert sentence_dates("She served for years as 1912 Club president.", "2018-04-10") == []


def test_window_counted_in_a_scale_word():
    # webpages d6b71477c75c8a3c (an interview of 2019-01-23)
    assert dates_on("webpages", "d6b71477c75c8a3c", "the best job in the last hundred years") == [
        ("the last hundred years", "1919-01-23/2019-01-23")
    ]
    ref = "2018-04-10"
    assert sentence_dates("It grew over the past two hundred years.", ref) == [
        ("the past two hundred years", "1818-04-10/2018-04-10")
    ]
    assert sentence_dates("Prices rose over the last dozen years.", ref) == [
        ("the last dozen years", "2006-04-10/2018-04-10")
    ]


def test_hyphened_tens_are_one_count_and_ranges_stay():
    ref = "2018-04-10"
    assert sentence_dates("It has grown over the past twenty-five years.", ref) == [
        ("the past twenty-five years", "1993-04-10/2018-04-10")
    ]
    assert sentence_dates("It has grown in the past 30-40 years.", ref) == [
        ("the past 30-40 years", "1978-04-10/2018-04-10")
    ]


def test_no_scale_window_ahead_nor_ago():
    # a story's future in the past (nationalgeographic.co.uk, goats on an island), read from the page's date as "the
    # next 100 years" is: the scale word is not widened to forward windows; "a hundred years ago" stays too vague
    text = (
        "For the next hundred years, these foreign species would team up to eat everything in sight until there was"
        " nothing left but dust and scraps of old machinery."
    )
    assert sentence_dates(text, "2020-01-03") == []
    assert sentence_dates("The town was founded a hundred years ago.", "2018-04-10") == []


def test_citation_year_before_an_article_locator():
    # webpages 71b420e1de0691d0 (Annals of Internal Medicine, its reference list)
    page = "71b420e1de0691d0"
    assert dates_on("webpages", page, "BMJ. 2016;352:i1216.") == [("2016", "2016")]
    assert dates_on("webpages", page, "2018;360:j5463") == [("2018", "2018")]


def test_no_citation_without_a_locator_number():
    assert sentence_dates("Totals were 1500;352:ix in all.", "2018-04-10") == []
