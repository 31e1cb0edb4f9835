"""Dates a careful news reader would sign, round 45 (issue 17): a numeric date on a day-first page.

- "2/11/23" on a British site ("quoting log 3697 2/11/23") and "All-Energy Exhibition & Conference 2018
  02/05/2018 - 03/05/2018" among a Glasgow and a Danish story's events: where both readings are valid, a page whose
  country writes the day first (dates.json day_first_countries: its country-code domain, or with none its resolved
  places, day_first_places) reads the day first: 2 November 2023, 2-3 May 2018 (find/dates.writes_day_first). A US
  page, a page of no known country and a page that writes an unambiguous month-first date itself stay month first.
"""

from __future__ import annotations

import datetime as dt

from test_counts_real import corpus_line, page_facts

from extractor.find.dates import find_dates, writes_day_first
from extractor.nlp import load
from extractor.normalize.units import Whereabouts

# webpages: birminghammail.co.uk, a police order in Walsall
_WALSALL = "birminghammail.co.uk/black-country/48-hour-order-walsall-after-28036293"


def _values(blocks: list[str], day_first: bool, ref: dt.date | None = None) -> dict[str, str | None]:
    docs = [load()(b) for b in blocks]
    return {blocks[f["block"]][f["start"] : f["end"]]: f["value"] for f in find_dates(docs, ref, day_first=day_first)}


def test_a_numeric_date_on_a_british_page_reads_the_day_first():
    facts = page_facts(_WALSALL, "quoting log 3697", "date")
    assert facts["2/11/23"]["value"] == "2023-11-02"


def test_a_numeric_range_reads_the_day_first_where_the_story_is():
    # news_gold/geowebnews.jsonl: a Danish wave-energy story's list of events, one in Glasgow
    line = corpus_line("geowebnews.jsonl", "All-Energy Exhibition & Conference 2018")
    assert _values([line], day_first=True)["02/05/2018 - 03/05/2018"] == "2018-05-02/2018-05-03"
    assert _values([line], day_first=False)["02/05/2018 - 03/05/2018"] == "2018-02-05/2018-03-05"
    # the places of that story: Denmark, Wales, the UK
    assert writes_day_first(Whereabouts(frozenset({"DK", "GB"}), None, ("DK", "GB", "GB")))


def test_month_first_stays_without_the_evidence():
    assert writes_day_first(Whereabouts(frozenset({"GB"}), "GB", ()))  # the domain decides alone
    assert not writes_day_first(Whereabouts(frozenset({"US", "GB"}), "US", ("GB", "GB")))  # a US page
    assert not writes_day_first(Whereabouts(frozenset({"GB"}), None, ("GB",)))  # one place is not enough
    assert not writes_day_first(Whereabouts(frozenset({"GB", "US"}), None, ("GB", "US")))  # half the places
    assert not writes_day_first(Whereabouts())  # no country known
    assert not writes_day_first(None)


def test_a_page_writing_an_unambiguous_month_first_date_stays_month_first():
    # peers/recognizers_datetime.jsonl (case 16) next to news_gold/geowebnews.jsonl's line
    line = corpus_line("geowebnews.jsonl", "All-Energy Exhibition & Conference 2018")
    values = _values([line, "I'll be out January 12, 2016 - 01/22/2016"], day_first=True, ref=dt.date(2016, 11, 7))
    assert values["02/05/2018 - 03/05/2018"] == "2018-02-05/2018-03-05"


# ---------------------------------------------------------------- a bare year after "a", before an event noun


def _years(sentence: str) -> dict[str, str | None]:
    return _values([sentence], day_first=False)


def test_a_year_between_a_and_an_event_noun_is_a_date():
    # news_gold/geowebnews.jsonl: spaCy tags the year CARDINAL, and "a" is no cue of its own
    line = corpus_line("geowebnews.jsonl", "disappeared in a 2015 police sweep")
    assert _years(line)["2015"] == "2015"
    line = corpus_line("geowebnews.jsonl", "A 2016 preliminary study suggested")
    assert _years(line)["2016"] == "2016"
    # webpages: politico.com on Mark Meadows' retirement
    assert _years("before announcing he would retire and prep for a 2022 Senate run.")["2022"] == "2022"


def test_a_number_after_a_that_is_no_event_year_stays_out():
    # webpages: foxyfolksy.com (a recipe), appleinsider.com (a MacBook Pro review), tomshardware.com (a GPU)
    assert "2000" not in _years("* Percent Daily Values are based on a 2000 calorie diet.")
    assert "2015" not in _years("That's an adjustment for users, if you're coming from a 2015 or older MacBook Pro.")
    assert "2080" not in _years(
        "In our tests, it performed slightly better than a 2080 Ti despite its much lower price."
    )
    assert "2008" not in _years(
        "The Highway Patrol reported that a 2008 Ford F-250 Berry was driving south."
    )  # tr_news
