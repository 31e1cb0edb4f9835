"""Dates of round 23 (audit pages): a holiday that names the kind of an advert ("another Christmas advert") is no
date, nor are the months of every year's season or weather ("Peak hurricane season runs August through October",
"In November, the air over Delhi gets cool"), nor "today" between a kind and its present verb ("Conventional
magnetic recording methods today achieve 1.14Tb"). Each page is a saved page of ../shared/eval, read in place through the whole pipeline."""

from __future__ import annotations

from conftest import dates_reader

from extractor.find.date_generic import generic_today
from extractor.find.dates import compose, find_matches, select_matches
from extractor.nlp import parse, text_of
from extractor.normalize.periods import tables

PAGES = {
    "adverts": ("webpages", "a83819cd4b74a6fc"),
    "hurricanes": ("webpages", "f3bad3f8e7901dc3"),
    "smog": ("articles", "16c30add7e96315e9cc957d85aa876ccb6b70055f0ddab51547a586117cc1f56"),
    "amazon": ("webpages", "2707b6764006ddad"),
    "platters": ("webpages", "409c7de32b8a2656"),
    "storms": ("webpages", "ca90034225679230"),
}


dates_in = dates_reader(PAGES)


def test_a_holiday_naming_an_advert_is_no_date():
    # dated 2023-11-03: the advert is this year's, but no day of Christmas is told
    assert dates_in("adverts", "Waddingham is in another Christmas advert") == []
    assert dates_in("adverts", "new Christmas ad for going") == []
    assert {"ad", "advert", "commercial"} <= set(tables()["kind_heads"]["holiday"])


def test_the_months_of_every_year_s_season_or_weather_are_no_date():
    assert dates_in("hurricanes", "Peak hurricane season runs August through October") == []
    assert dates_in("smog", "In November, the air over Delhi gets cool") == []
    storms = dates_in("storms", "each winter season, which starts in early September")
    assert "early September" not in [text for text, _ in storms]  # its "2023/24" names one season, and stays


def test_a_season_told_as_now_keeps_its_months():
    # dated 2019-08-20: the fire season under way, told in the progressive, is this year's
    assert ("from August through October", "2019-08/2019-10") in dates_in(
        "amazon", "Fire season in the Amazon is just beginning"
    )


def _nowadays(sentence: str) -> bool:
    doc = parse([sentence])[0]
    text = text_of(doc)
    return any(generic_today(doc, c) for c in compose(text, select_matches(find_matches(doc, text))))


def test_today_between_a_kind_and_its_present_verb_is_nowadays():
    assert dates_in("platters", "Conventional magnetic recording methods today achieve") == []
    assert _nowadays("Most cars today run on petrol.")
    assert not _nowadays("The methods today achieve 1.14Tb.")  # these methods: one day's result
    assert not _nowadays("Officials today say the vote is delayed.")  # the day's words
    assert not _nowadays("Apple today announced a new phone.")
