"""Places, round 10a: known places the finder dropped before a common noun or inside a title (issue 17, recall).
Each class is tested on a real corpus document read whole from ../shared/eval (its other places the context). The
classes: a town's name after 'the' and before a noun for a thing in it ('the Riverdale area', 'at the Riverdale gas
station'; words.before_local_noun, read by untagged._untagged, rescue._place_cue and not_places._placed); a
country before an office's title, even after 'The' ('The Ukraine Ambassador to Nigeria'; not_places.inside_name,
data office_titles) or in an office's name ('the U.S. Trade Representative'; institution_heads); a public body's
name the model cut inside a bracket ('the Sustainable Energy Authority of Ireland ('; bodies._embedded). ('in
Asia-Pacific', once two regions a hyphen joins, is one region since round 24: test_places_round24c.)"""

from __future__ import annotations

import pytest
from conftest import texts_of
from test_places_corpora import near_gold_in


@pytest.mark.parametrize(
    "corpus, doc_id, text, words",
    [
        # untagged by the model, between 'the' and 'area'
        ("geowebnews.jsonl", "geowebnews:122", "Riverdale", "of the Riverdale area"),
        # tagged a person's name (the article's 'Riverdale Luke Oil'), one lower-case word before the noun
        ("geowebnews.jsonl", "geowebnews:122", "Riverdale", "at the Riverdale gas station"),
        # a country before an office's title
        ("geowebnews.jsonl", "geowebnews:283", "Ukraine", "The Ukraine Ambassador to Nigeria"),
        ("geowebnews.jsonl", "geowebnews:269", "U.S.", "the U.S. Trade Representative proposed"),
        # a public body's jurisdiction after 'of', the entity cut inside the bracket of its acronym
        ("geowebnews.jsonl", "geowebnews:238", "Ireland", "Sustainable Energy Authority of Ireland (SEAI)"),
    ],
)
def test_a_known_place_before_a_noun_or_in_a_title_is_found(corpus: str, doc_id: str, text: str, words: str) -> None:
    assert near_gold_in(corpus, doc_id, text, words)


def test_a_papers_name_after_the_stays_no_place() -> None:
    # 'The Washington Post': a title after 'The' that is no office's keeps the place out (a real sentence)
    places = texts_of("The network told The Washington Post the vacation was pre-planned.", "place")
    assert "Washington" not in places
