""" "Today" opening a sentence of a present habit is nowadays, no day (date_generic._fronted_habit).

- "Today" at the head of its sentence on a simple-present verb of an ongoing business or way of life
  (dates.json nowadays_habit_verbs: carries, sells, runs, owns, works, lives), in a sentence of habit (habit_words:
  "often", "usually", "regularly") or set against the past (nowadays_past_contrast), tells how things go nowadays.
- One event ("Today he carries the Olympic torch through Paris"), the day's news ("Today the company announced a
  merger", "Today he appears in court") and a business verb with no habit nor past keep the day.
"""

from __future__ import annotations

from conftest import dates_on, sentence_dates


def _todays(text: str, ref: str = "2023-11-01") -> list[str | None]:
    return [value for span, value in sentence_dates(text, ref) if span.lower() == "today"]


def test_today_of_a_present_habit_on_the_page_is_nowadays():
    # webpages/html/ce5be1ee6a00a5c8.html.gz (chicagoreader.com, 2023-11-01): a distillery's past, then how things are
    assert dates_on("webpages", "ce5be1ee6a00a5c8", "Today he carries Fox’s beers and spirits") == []


def test_today_of_a_present_habit_is_nowadays():
    text = (
        "Today he carries Fox’s beers and spirits at Sauce and Bread Kitchen, and Fox, who handles his own spirit"
        " distribution in Chicago, often swings by the cafe."
    )
    assert _todays(text) == []
    assert _todays("Today she sells her jam at the market, where she usually meets old friends.") == []
    assert _todays("Today he runs the family farm, unlike in the days of his father.") == []


def test_today_of_one_event_keeps_the_day():
    for text in (
        "Today he carries the Olympic torch through Paris.",
        "Today he appears in court.",
        "Today the company announced a merger.",
        "Today she sells her shares, the company said.",
    ):
        assert _todays(text) == ["2023-11-01"], text
