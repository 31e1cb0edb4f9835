"""Dates of round 57 (issue 17), a day word in a listed title: a capitalised "Tonight" right after a comma that follows a
capitalised word, and followed by more capitalised words or by the list going on ("Da Ya Think I'm Sexy, Tonight's
The Night, The First Cut Is The Deepest"), is a word of a song's or a work's title, no day (date_names.in_name, which
already reads a capitalised day word after a word, "the film Tomorrow Never Dies", as a name's)."""

from __future__ import annotations

from conftest import gold_dates


def test_tonight_in_a_list_of_song_titles_is_no_day():
    # geowebnews:306: "... crammed full of hits such as Maggie May, Sailing, Baby Jane, Da Ya Think I'm Sexy,
    # Tonight's The Night, The First Cut Is The Deepest and You're In My Heart."
    assert gold_dates("geowebnews.jsonl", "geowebnews:306", "Tonight's The Night") == []
