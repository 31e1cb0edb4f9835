""" "Today," opening a sentence of how a kind of people now see the world, set against a past era, is nowadays.

- date_generic._fronted_kind_against_past: "today" at the head of its sentence on a present perfect, or a simple
  present of nowadays_verbs ("know"), whose subject is a kind of people (a bare plural: "people around the world",
  "most people"), in a sentence that sets the present against a past era named in it or the sentence before
  (dates.json nowadays_past_contrast, now with a decade, "the 1930s", and "a century ago") tells how the world stands
  nowadays, no day. The real sentence: newrepublic.com/article/155970/collapse-neoliberalism (../shared/eval
  webpages/html/4307c2c08fd014eb.html.gz, 2019-12-23): "Former Colorado Governor Richard Lamm remarked that “the
  cutting edge of the Democratic Party is to recognize that the world of the 1930s has changed ...” Today, people
  around the world have recognized that the world of the 1980s has changed ...".
- The day's news keeps its day: a definite subject ("Today, the company announced", "Today, the Senate has voted"),
  an event or report verb of a kind of people ("Today, protesters have gathered", "Today, doctors have warned"), or
  no past era.
"""

from __future__ import annotations

from conftest import dates_on, sentence_dates

REAL = (
    "Former Colorado Governor Richard Lamm remarked that “the cutting edge of the Democratic Party is to recognize"
    " that the world of the 1930s has changed ...” Today, people around the world have recognized that the world of"
    " the 1980s has changed and that it is time for a new approach to politics."
)


def _todays(text: str, ref: str = "2019-12-23") -> list[str | None]:
    return [value for span, value in sentence_dates(text, ref) if span.lower() == "today"]


def test_today_against_an_era_on_the_page_is_nowadays():
    dates = dates_on("webpages", "4307c2c08fd014eb", "people around the world have recognized")
    assert ("the 1980s", "198") in dates
    assert [d for d in dates if d[0].lower() == "today"] == []


def test_today_against_an_era_is_nowadays():
    assert _todays(REAL) == []
    assert _todays("Smoking was common in the 1950s. Today, most people know that smoking kills.") == []
    assert _todays("A century ago there was no radio. Today, children have grown up with screens.") == []


def test_the_days_news_keeps_the_day():
    for text in (
        "Today, the company announced it will close its plant, which opened in the 1970s.",
        "Today, the Senate has voted to repeal a law passed decades ago.",
        "Today, protesters have gathered outside the plant, which opened in the 1970s.",
        "Smoking was common in the 1950s. Today, doctors have warned that smoking kills.",
        "Today, people around the world have recognized the new government.",
    ):
        assert _todays(text) == ["2019-12-23"], text
