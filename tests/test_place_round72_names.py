"""Places, round 72: a country's name with 'of the' written without the article ('the Democratic Republic of Congo':
normalize.places._of_without_article)."""

from conftest import text_facts


def _places(facts) -> dict[str, str | None]:
    return {f.text: f.country_code for f in facts if f.kind == "place"}


def test_country_of_without_article() -> None:
    text = "Three countries where the plague still circulates are the Democratic Republic of Congo (DRC), Madagascar, and Peru."
    places = _places(text_facts(text, "place"))
    assert places.get("the Democratic Republic of Congo") == "CD"
    assert places.get("DRC") == "CD"
