"""Amounts a careful news reader would sign, round 85 (issue 17): the bare '$' of a generic domain's country edition.

- "He laughed when he was informed Victorians were facing a $1000 fine if found to be breaching compulsory mask
  orders." on au.news.yahoo.com, a story comparing Victoria's mask fines with the US: the host's first label 'au'
  is the edition's country, so the publisher is Australia (normalize/places.publisher_country, _edition_country)
  and, as on a '.com.au' page, a bare '$' is AUD where the story's Australian places outnumber its American ones
  (normalize/money.bare_dollar). A label that is also a language code ('de.', 'ca.', 'uk.', 'bn.wikipedia.org')
  or a country code used as a word ('tv.', 'ai.') names no country.
"""

from __future__ import annotations

from test_counts_real import page_facts

from extractor.normalize.money import bare_dollar
from extractor.normalize.places import publisher_country
from extractor.normalize.units import Whereabouts


def test_an_australian_edition_reads_a_bare_dollar_as_aud():
    # webpages 060d2a6032600e7f (au.news.yahoo.com, "The two Aussie COVID measures that could never work in the US")
    facts = page_facts("060d2a6032600e7f", "Victorians were facing a $1000 fine", "amount")
    assert facts["$1000"]["unit"] == "AUD"


def test_the_edition_label_is_a_country_code_that_is_no_language():
    assert publisher_country("https://au.news.yahoo.com/a-story-1.html") == "AU"
    assert publisher_country("https://in.reuters.com/article/x") == "IN"
    for url in (
        "https://de.motor1.com/news/545242/x/",  # German: the language, not the country
        "https://ca.news.yahoo.com/x",  # Catalan as much as Canada
        "https://uk.trustpilot.com/reviews/x",  # Ukrainian as much as the United Kingdom
        "https://bn.wikipedia.org/w/index.php",  # Bengali, not Brunei
        "https://tv.yahoo.com/x",  # a word, not Tuvalu
        "https://au.example/x",  # no label before a domain
        "https://news.yahoo.com/x",
    ):
        assert publisher_country(url) is None, url


def test_an_edition_story_about_american_places_stays_usd():
    us = ("US",) * 5 + ("AU",)
    assert bare_dollar("", Whereabouts(frozenset({"US", "AU"}), "AU", us)) == "USD"
