"""Places on real news (issue 17, session 33's judged audit): a place inside a company's name on a glued heading.

'Cambridge Analytica When asked about ...' (a heading line glued to the next sentence): a one-word place's name
before a capitalised word the gazetteer does not know is a company's or a person's name (not_places.
before_unknown_name); a third capitalised word used to make it a title-case headline, but a subordinating
conjunction there opens the next sentence, no headline's word. A real headline's third word ('Texas Judge Blocks
Law') still leaves the place alone.
"""

from __future__ import annotations

from conftest import gold_sentence_places, text_facts


def test_a_place_in_a_company_name_before_a_glued_sentence_is_none():
    found = gold_sentence_places("geowebnews.jsonl", "geowebnews:262", "Cambridge Analytica When asked")
    assert "Cambridge" not in found


def test_a_headlines_third_word_still_leaves_the_place():
    assert "Texas" in [f.text for f in text_facts("Texas Judge Blocks Law On Abortion", "place")]
