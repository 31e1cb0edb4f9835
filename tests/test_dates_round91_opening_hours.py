"""Dates on real news (issue 17, round 91): a range of weekdays next to a range of clock times is opening hours.

'View model : 11 a.m. to 5 p.m. Friday to Tuesday.' (geowebnews:10, a house listing) gave the date 'Friday to
Tuesday'; judges of three sessions marked it no date: the recurring weekdays of opening hours. A range of bare
weekdays touching a range of clock times and hanging on no verb is now such a line (date_rejects.hours_weekdays,
hours_before / hours_after in dates.json); a weekday range a verb holds, or alone, stays a date.
"""

from __future__ import annotations

import pytest
from conftest import gold_dates, sentence_dates


def test_real_view_model_hours():
    assert gold_dates("geowebnews.jsonl", "geowebnews:10", "View model") == []


@pytest.mark.parametrize(
    "text",
    [
        "View model : 11 a.m. to 5 p.m. Friday to Tuesday.",
        "Sales office Friday to Tuesday, 10 a.m.-6 p.m.",
        "Sales office Friday to Tuesday from noon to 6 p.m.",
    ],
)
def test_hours_lines(text):
    assert sentence_dates(text, "2018-04-10") == []


@pytest.mark.parametrize(
    "text",
    [
        "We met Friday to Tuesday, 11 a.m. to 5 p.m., in Paris.",  # a verb holds the range
        "Jazz in the park Friday to Tuesday",  # no clock times
        "Sales office Friday to Tuesday, 10-6",  # no a.m./p.m.: not surely hours
    ],
)
def test_weekday_range_stays_a_date(text):
    assert ("Friday to Tuesday", "2018-04-06/2018-04-10") in sentence_dates(text, "2018-04-10")
