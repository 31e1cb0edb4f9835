"""Places on real news (issue 17): a headline's opening place name the model reads as a common noun.

Class: 'Spokane ad agencies divided on South Dakota's viral campaign', 'Cork doctor issues advice': one capitalised
word opening its sentence, tagged NOUN and no entity, that the article calls a place elsewhere is the place
(untagged._untagged, the word's vote).
"""

from __future__ import annotations

from conftest import text_facts


def test_an_opening_word_the_article_calls_a_place():
    text = (
        "‘Meth. We’re on it.’: Spokane ad agencies divided on South Dakota’s viral campaign\n\n"
        "Jeff Sanborn, president of Chapter & Verse, a Spokane and Seattle advertising and design agency, said he "
        "thought South Dakota’s campaign – run by a Minneapolis-based firm with a budget of $449,000 – was meant to "
        "raise eyebrows."
    )
    spokane = [f for f in text_facts(text, "place") if f.text == "Spokane"]
    assert len(spokane) == 2


def test_an_opening_noun_the_article_does_not_call_a_place():
    assert [f.text for f in text_facts("Spokane ad agencies divided on the viral campaign", "place")] == []
