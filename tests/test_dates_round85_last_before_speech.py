"""A "last Thursday" told in the speech of a Thursday (date_deictic.last_before_speech).

- "Speaking with Kaieteur News on Thursday, ... said that he had left his home ... on Thursday last": the speaker's
  "Thursday last" on a Thursday is the one a week before the speech, not the speech's own day.
- With no day of speaking before it ("He left last Thursday"), or a weekday that dates no speech ("The match on
  Thursday came after the loss last Thursday"), "last Thursday" on a Friday page stays the day before.
"""

from __future__ import annotations

from conftest import sentence_dates


def test_last_weekday_in_the_speech_of_that_weekday_is_a_week_before():
    # webpages (kaieteurnewsonline.com, 2022-05-06, a Friday)
    text = (
        "Speaking with Kaieteur News on Thursday, Ramdehol’s sister, Inderdai Deyal said that he had left his home at"
        " Maria Lodge, Essequibo Coast around 20:00hrs on Thursday last to go hunting with his tractor and shotgun."
    )
    assert sentence_dates(text, "2022-05-06") == [("Thursday", "2022-05-05"), ("Thursday last", "2022-04-28")]


def test_last_weekday_with_no_speech_day_is_the_day_before():
    assert sentence_dates("He left his home last Thursday.", "2022-05-06") == [("last Thursday", "2022-05-05")]
    text = "The match on Thursday came after the loss last Thursday."
    assert ("last Thursday", "2022-05-05") in sentence_dates(text, "2022-05-06")
