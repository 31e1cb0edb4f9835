"""Games: an article that tells a game or keeps a game's or a story's calendar, and a game's quarters.

Decisions:
- A game report (game_report): game_words (dates.json) in at least two of the article's blocks.
- A game calendar (game_calendar): days counted in seasons ("Spring 15", "Fall 5"; game_calendar in dates.json) at
  least game_calendar_min times; find_dates keeps none of its dates read from the page's date (they are in-world).
- A quarter is the game's, no date (game_quarter): with a game word in its sentence ("24 points in the third
  quarter"); in a game report also without one, unless the sentence speaks of money or results (results_nouns,
  quarter_finance_words). A quarter with a year or a shift word, or a range of quarters, is the calendar's.
- Words are matched whole, one compiled alternation per word list: game reports look through every block.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from ..nlp import span_at, text_of
from ..normalize.periods import tables
from .date_patterns import Candidate

# the names the date finder's other modules import; the private ones kept the names they had in dates.py
__all__ = ["game_quarter", "game_calendar", "game_report"]


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
