"""Dates a careful news reader would sign, round 46 (issue 17): a season of how things are in any such season.

- "These blooms are at their peak in mid-summer through fall", "The best time to plant hydrangeas is when
  temperatures are mild in spring and fall": a season set by "in"/"during" on "be" in the simple present beside a
  state (an adjective, "at their peak") is any such season, no date (find/date_generic._present_state). A past
  clause ("were at their peak in the summer"), a schedule ("Results are due in the spring") and an event in the
  present ("goes on sale in the summer") keep their season.
"""

from __future__ import annotations

import datetime as dt

from test_counts_real import page_facts

from extractor.find.dates import find_dates
from extractor.nlp import load

# webpages: realsimple.com, a hydrangea care page
_HYDRANGEA = "realsimple.com/home-organizing/gardening"


def _values(text: str) -> dict[str, str | None]:
    return {text[f["start"] : f["end"]]: f["value"] for f in find_dates([load()(text)], dt.date(2018, 4, 1))}


def test_a_season_of_a_present_state_is_any_such_season():
    assert "mid-summer" not in page_facts(_HYDRANGEA, "These blooms are at their peak in mid-summer", "date")
    assert "spring" not in page_facts(_HYDRANGEA, "when temperatures are mild in spring and fall", "date")


def test_a_past_state_a_schedule_and_an_event_keep_their_season():
    assert _values("The blooms were at their peak in the summer.") == {"summer": "2017-SU"}
    assert _values("Results are due in the spring.") == {"spring": "2018-SP"}
    assert _values("The RAV4 Prime goes on sale in the summer.") == {"summer": "2018-SU"}
