"""One finder of the spaced dash inside an entity, round 41 (issue 17, code quality).

entity_parts._town_after_dash and _state_list_after_dash each listed the entity's spaced dashes with their own dash
set and spacing; both now ask entity_parts._last_spaced_dash: the town an en or em dash (or '--') with a space
before it, the list of states a hyphen, en or em dash with a space on both sides.
"""

from __future__ import annotations

from spacy.tokens import Span

from extractor.find.places.entity_parts import _last_spaced_dash
from extractor.nlp import parse

TOWN_DASHES, LIST_DASHES = ("–", "—", "--"), ("-", "–", "—")


def _whole(text: str) -> Span:
    doc = parse([text])[0]
    return Span(doc, 0, len(doc))


def test_the_town_after_a_venue_takes_an_en_dash_spaced_before_it():
    # eval webpages (an awards page's list of venues, tests/test_places_round15.py): 'Rialto Square Theatre – Joliet'
    ent = _whole("Rialto Square Theatre – Joliet")
    dash = _last_spaced_dash(ent, TOWN_DASHES, space_after=False)
    assert dash is not None and ent.doc[dash + 1 :].text == "Joliet"
    assert _last_spaced_dash(_whole("Rialto Square Theatre - Joliet"), TOWN_DASHES, space_after=False) is None


def test_the_list_of_states_takes_a_hyphen_spaced_on_both_sides():
    # news_gold tr_news tr-news:1020001: 'two states narrowly won by Mr Trump - Wisconsin and Pennsylvania'
    ent = _whole("Mr Trump - Wisconsin")
    dash = _last_spaced_dash(ent, LIST_DASHES, space_after=True)
    assert dash is not None and ent.doc[dash + 1 :].text == "Wisconsin"
    assert _last_spaced_dash(_whole("Mr Trump -Wisconsin"), LIST_DASHES, space_after=True) is None
