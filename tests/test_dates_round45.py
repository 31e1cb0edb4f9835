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
