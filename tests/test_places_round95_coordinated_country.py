"""Places, round 95: a country's own name coordinated with a group's name in one place entity is a place
(entity_parts._coordinated_country).

'Starmer talks big about growth but the UK is predicted to have the lowest growth of the G7 plus India and China in
2024' (newsnet.scot, 'UK to have lowest growth in G7 in 2024'; a recall judge's miss): the model tags 'the G7 plus
India' one place, which the gazetteer does not know whole, and gave China alone. The country's own name after the
coordinator is a place of its own; 'the G7' before it is none. A name the gazetteer knows whole, a coordinator
inside it ('Trinidad and Tobago'), stays whole.
"""

from __future__ import annotations

from conftest import text_as_article
from test_places_round20 import named_on

GROWTH_PAGE = ("webpages", "b2cda758802f4ec5")


def _places(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.country_code) for f in text_as_article(text).facts or [] if f.kind == "place"]


def test_a_country_after_plus_in_one_place_entity_is_the_country() -> None:
    found = named_on(GROWTH_PAGE, "the lowest growth of the G7 plus India and China in 2024")
    assert ("India", "India", "country", "IN") in found
    assert ("China", "China", "country", "CN") in found
    assert not any(text.startswith(("the G7", "G7")) for text, *_ in found)


def test_a_country_whose_name_holds_and_stays_whole() -> None:
    # the near sentence: the coordinator inside a country's own name cuts nothing
    assert _places("Growth was lowest in Trinidad and Tobago in 2024.") == [("Trinidad and Tobago", "TT")]
