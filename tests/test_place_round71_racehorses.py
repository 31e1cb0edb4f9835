"""Places, round 71: a racehorse named like a place, with its trainer or jockey said beside it, is no place
(not_places.horse_name): 'South Bend, whose trainer', 'Treasure Beach (Mike de Kock)' on a results line of a story
that names trainers and jockeys. The race's places stay."""

from conftest import gold_article, text_facts


def _places(facts) -> list[str]:
    return [f.text for f in facts if f.kind == "place"]


def test_whose_trainer_is_a_horse() -> None:
    facts = text_facts("He was replaced by South Bend, whose trainer, Bill Mott, guided Country House.", "place")
    assert "South Bend" not in _places(facts)


def test_trained_by_is_a_horse_and_the_town_stays() -> None:
    facts = text_facts("Prince Bishop, trained by Saeed bin Suroor, won the race in Elmont, N.Y.", "place")
    assert "Elmont" in _places(facts)


def test_bracketed_trainer_on_results_line() -> None:
    places = _places(gold_article("geowebnews.jsonl", "geowebnews:120").facts or [])
    assert "Treasure Beach" not in places
    assert "Dubai" in places and "Kentucky" in places
