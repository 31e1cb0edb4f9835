"""Years that name a product generation or model, not a time (audit of round 10): a year right before a maker's
model code ("2020 LC500"), glued to "style" ("the 2016-style keyboard"), or a range of model years before a product
line ("the 2016 through 2019 MacBook Pro"); a year that dates an event ("the 2018 Milan Design Week") stays. Each
page is a saved page of ../shared/eval, read in place through the whole pipeline."""

from __future__ import annotations

import datetime as dt

from conftest import dates_reader

from extractor.find.dates import find_dates
from extractor.nlp import load

PAGES = {
    "lexus": ("articles", "aadb38e527d5379306de3b910ec62cb2447cc1035686b2b2d152580f8f8a1ea2"),
    "macbook": ("articles", "65bf3048b500bbd84928d9122f99617ca898216b91add1d8b2ac09c670484a5c"),
}


dates_in = dates_reader(PAGES)


def test_a_year_before_a_model_code_is_the_model_s_year():
    assert dates_in("lexus", "Lexus wants you to go topless with 2020 LC500") == []


def test_a_year_glued_to_style_names_a_design_not_a_time():
    assert ("2016", "2016") not in dates_in("macbook", "on the 2016-style keyboard")


def test_a_range_of_model_years_before_a_product_line_is_no_range_of_time():
    assert dates_in("macbook", "the 80C that the 2016 through 2019 MacBook Pro start to ramp up") == []


def test_a_year_before_an_event_or_after_a_preposition_stays_a_year():
    # a code before an event noun ("G20 summit") and a year after "in" name times
    text = "Leaders met at the 2019 G20 summit, and in 2016 the keyboard changed."
    doc = load()(text)
    found = [doc.text[f["start"] : f["end"]] for f in find_dates([doc], dt.date(2020, 1, 1))]
    assert found == ["2019", "2016"]


def test_a_range_of_years_before_model_is_the_model_s_years():
    assert dates_in("macbook", "smaller and thinner than the 2012 through 2015 model") == []
