"""Games: an article that tells a game or keeps a game's or a story's calendar, and a game's quarters.

Decisions:
- A game report (game_report): game_words (dates.json) in at least two of the article's blocks.
- A game calendar (game_calendar): days counted in seasons ("Spring 15", "Fall 5"; game_calendar in dates.json) at
  least game_calendar_min times; find_dates keeps none of its dates read from the page's date (they are in-world).
- A quarter is the game's, no date (game_quarter): with a game word in its sentence ("24 points in the third
  quarter"); in a game report also without one, unless the sentence speaks of money or results (results_nouns,
  quarter_finance_words). A quarter with a year or a shift word, or a range of quarters, is the calendar's.
- A season shifted from the present ("this season", "last season") on a dated page that names a league whose season
  crosses two years (league_seasons) is the two years of the one going on at the page's date ("he is leading the
  NBA this season", 2019-11-20: 2019/2020), only in the months it surely runs (league_season_months).
- Words are matched whole, one compiled alternation per word list: game reports look through every block.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc

from ..nlp import span_at, text_of
from ..normalize.periods import Period, interval, tables, word_value, year_period
from .date_fiscal import Found
from .date_patterns import Candidate

# the names the date finder's other modules import; the private ones kept the names they had in dates.py
__all__ = ["game_quarter", "game_calendar", "game_report", "league_seasons"]


def game_quarter(doc: Doc, c: Candidate, sports: bool) -> bool:
    """ "scoring 24 points in the third quarter", "a technical foul in the third quarter": a game's quarter; in a
    game report (sports), also "The third quarter belonged to Embiid" unless the sentence speaks of money or results
    (results_nouns and quarter_finance_words in dates.json)."""
    quarter = c.atom.kind == "quarter" or (
        c.atom.kind == "this_period" and c.groups.get("unit", "").lower() == "quarter"
    )
    if not quarter or c.parts or any(k in c.groups for k in ("y", "y2", "shift")):
        return False  # "to close the quarter" too
    span = span_at(doc, c.start, c.end)
    sentence = span.sent.text.lower() if span is not None and doc.has_annotation("SENT_START") else text_of(doc).lower()
    if _has_word(sentence, tables()["game_words"]):
        return True
    return sports and not _has_word(sentence, [*tables()["results_nouns"], *tables()["quarter_finance_words"]])


def _has_word(text: str, words: list[str]) -> bool:
    return _word_alternation(tuple(words)).search(text) is not None


@lru_cache(maxsize=16)
def _word_alternation(words: tuple[str, ...]) -> re.Pattern[str]:
    """One search per text instead of one per word: game reports look through every block."""
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")


def game_calendar(docs: list[Doc]) -> bool:
    """An article on a game's or a story's calendar: days counted in seasons ("Spring 15", "Fall 5"; game_calendar
    in dates.json) at least game_calendar_min times. Its dates read from the reference date are in-world."""
    rx = re.compile(tables()["game_calendar"], re.I)
    return sum(len(rx.findall(text_of(doc))) for doc in docs) >= tables()["game_calendar_min"]


def game_report(docs: list[Doc]) -> bool:
    """An article that tells a game: game_words (dates.json) in at least two of its blocks."""
    words = tables()["game_words"]
    return sum(_has_word(text_of(doc).lower(), words) for doc in docs) >= 2


def league_seasons(docs: list[Doc], found: list[Found], ref: dt.date | None) -> list[Found]:
    """ "he is leading the NBA this season with 11.1 assists per game" (a page of 2019-11-20): on a dated page that
    names a league whose season runs across two years (league_seasons in dates.json), a season shifted from the
    present is the two years of the season going on at the page's date (2019/2020, as "2019-20" is read), one back
    for "last", one on for "next"; only in the months that season surely runs (league_season_months), and not with
    a modifier ("early last season"), and not the holiday season ("this holiday season" is the year-end weeks).
    Else it stays null (resolvers._shift_season)."""
    first = None if ref is None else tables()["league_season_months"].get(str(ref.month))
    # a league's name as a whole word, case kept ('NBA', 'Serie A')
    if first is None or not any(_has_word(text_of(doc), tables()["league_seasons"]) for doc in docs):
        return found
    out = []
    for i, c, period in found:
        league = c.atom.kind == "shift_season" and "holiday" not in c.groups
        if league and period.value is None and not (c.mod or c.parts or c.since):
            assert ref is not None
            year = ref.year - first + word_value("shift_words", c.groups["shift"].lower())
            period = _within(interval(year_period(year), year_period(year + 1)), period)
        out.append((i, c, period))
    return out


def _within(years: Period | None, window: Period) -> Period:
    """The season's two years, kept inside the window the shift alone gave: "last season" ends by the page's date,
    "next season" starts after it (resolvers._shift_season)."""
    if years is None or years.earliest is None or years.latest is None:
        return window
    earliest = max(years.earliest, window.earliest) if window.earliest else years.earliest
    latest = min(years.latest, window.latest) if window.latest else years.latest
    return replace(years, earliest=earliest, latest=latest, relative=True)
