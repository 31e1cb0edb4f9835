"""A bare "fall" joined to a season before it is the season (dates.json fall_context, the fall season atom).

- "in late summer and early fall": the second season of a coordination is found as the first is; a bare "fall" alone
  stays unread (a verb or a drop as often as the season), and so does one before a preposition of a drop ("rise in
  summer and fall in winter").
- The joined season is as generic as the first (date_generic._first_conjunct): "mild in spring and fall", "Summer
  and early fall is the season of active new growth" (a time noun with its activity after "of") name no season of
  the calendar.
"""

from __future__ import annotations

from conftest import sentence_dates


def test_second_season_of_a_coordination():
    # webpages (usatoday.com, 2020-04-02)
    text = (
        "The U.S. may still be battling the coronavirus outbreak when hurricane season officially begins June 1, and"
        " waves of infections could follow during peak months for storms in late summer and early fall."
    )
    assert ("early fall", "2020-FA") in sentence_dates(text, "2020-04-02")


def test_fall_as_a_drop_is_no_season():
    dates = sentence_dates("Temperatures rise in summer and fall in winter.", "2020-04-02")
    assert [d for d, _ in dates] == ["summer", "winter"]
    assert sentence_dates("Prices may fall sharply.", "2020-04-02") == []


def test_joined_season_is_as_generic_as_the_first():
    # webpages (plantcaretoday.com; realsimple.com)
    text = (
        "Summer and early fall is the season of active new growth when flower buds are set; generous feeding is"
        " helpful during that time."
    )
    assert sentence_dates(text, "2019-06-01") == []
    text = "“The best time to plant hydrangeas is when temperatures are mild in spring and fall,” says Ryan McEnaney."
    assert sentence_dates(text, "2016-06-01") == []
