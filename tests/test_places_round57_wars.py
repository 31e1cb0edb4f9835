"""Places, round 57: a war named after where it was fought says where it was ("the Falklands War", "the Iraq War"),
as an event's name says where it is held (bodies._event_held_in, data event_heads; audit guide: names inside names).
A run that ends inside a hyphened name is no place's span ("the Iran-Iraq War" gives Iran, not "Iran-"; since round
94 Iraq too, where the war was also fought: bodies._pair_places). Each test reads a real sentence of the audit pages."""

from __future__ import annotations

from conftest import text_facts


def test_a_war_named_after_its_place_gives_the_place() -> None:
    # sputniknews.com, 2019-11-18 (a recall judge's miss, sample 20261340)
    text = (
        "Andrew claims that when he flew Royal Navy helicopters during the Falklands War (1982) with Argentina, "
        "he came under intense enemy fire."
    )
    assert [(f.text, f.name) for f in text_facts(text, "place")] == [
        ("Falklands", "Falkland Islands"),
        ("Argentina", "Argentina"),
    ]


def test_the_iraq_war() -> None:
    # newrepublic.com, 'the collapse of neoliberalism'
    text = "In foreign policy, it was the disastrous Iraq War and ongoing chaos and uncertainty in the Middle East."
    assert [f.name for f in text_facts(text, "place")][:1] == ["Iraq"]


def test_a_run_ending_at_a_hyphen_is_no_span() -> None:
    places = text_facts("Both sides lost soldiers during the Iran-Iraq War.", "place")
    assert [f.text for f in places] == ["Iran", "Iraq"]


def test_a_war_named_by_an_adjective_gives_no_place() -> None:
    assert text_facts("Veterans of the Spanish Civil War and of the Cold War met.", "place") == []
