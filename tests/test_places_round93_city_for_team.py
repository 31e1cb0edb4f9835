"""Places, round 93: a world city's name tagged alone as an organisation, standing for its team (metonymy).

'For Hyderabad, the presence of Kane Williamson made a fragile middle-order ... look more solid.' (timesofindia.com,
IPL 2020 live blog: webpages f438321aa53939df): the model tags 'Hyderabad' an organisation, so it was a guess that
resolve.in_context keeps only near the article's places, and the page's only other place is Dubai. The audit guide
counts a place standing for its team as the place (rescue.world_city_role). The city inside the club's name
('Sunrisers Hyderabad') stays no place."""

from __future__ import annotations

from conftest import eval_facts, texts_of

PAGE = "f438321aa53939df"


def _places(sentence_part: str) -> list[dict]:
    return [f for f in eval_facts("webpages", PAGE) if f["kind"] == "place" and sentence_part in (f["sentence"] or "")]


def test_the_city_standing_for_its_team_is_the_city() -> None:
    facts = [f for f in _places("For Hyderabad, the presence of Kane Williamson") if f["text"] == "Hyderabad"]
    assert facts
    assert all(f["country_code"] == "IN" and f["place_type"] == "city" for f in facts)


def test_the_city_inside_a_clubs_name_is_no_place() -> None:
    assert not [f for f in _places("Sunrisers Hyderabad") if "Hyderabad" in f["text"]]
    assert "Hyderabad" not in texts_of("Sunrisers Hyderabad opt to bat against Chennai Super Kings.", "place")
