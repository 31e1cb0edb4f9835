"""Places, round 94: two names an unspaced hyphen joins opening an event's name (bodies._pair_places).

'The delegation would come in on April 5, for the third Nigeria-Ukrainian Business Forum.' (geowebnews:283, which
marks 'Nigeria' there a core place): an event's leading place says where it is held (audit guide, names inside
names), and a bilateral forum (data pair_event_heads) or a war two countries open ('the Iran-Iraq War') is held or
fought in each half that is a place's own name; 'Ukrainian' is a people's word, no place. A lone place's 'forum' may
be a body's name ('the Pacific Islands Forum') and stays no place.
"""

from __future__ import annotations

from conftest import rows_of
from test_counts_real import corpus_line


def sentence_of(line: str, marker: str) -> str:
    """The sentence of a corpus line (a paragraph) that holds marker."""
    at = line.index(marker)
    start = line.rfind(". ", 0, at) + 2 if ". " in line[:at] else 0
    end = line.find(". ", at)
    return line[start : end + 1 if end >= 0 else len(line)]


def test_bilateral_forum_names_its_country() -> None:
    line = sentence_of(
        corpus_line("geowebnews.jsonl", "the third Nigeria-Ukrainian Business Forum"),
        "the third Nigeria-Ukrainian Business Forum",
    )
    assert ("Nigeria", "NG") in rows_of(line, "place", "country_code")


def test_a_war_two_countries_open_is_both() -> None:
    rows = rows_of("Veterans of the Iran-Iraq War met in Tehran.", "place", "country_code")
    assert ("Iraq", "IQ") in rows


def test_a_lone_places_forum_stays_no_place() -> None:
    # the near sentence: 'forum' counts only after a hyphened pair
    assert rows_of("The Pacific Islands Forum met on Monday.", "place", "country_code") == []
