"""Places, round 72, names the gazetteer or the model missed:
- a country's name with 'of the' written without the article ('the Democratic Republic of Congo':
  normalize.places._of_without_article);
- island groups: a subdivision whose ISO name opens with a designator ('Região Autónoma da Madeira': data
  gazetteer_suffixes), a plural name after 'the' the model calls a person's (rescue.plural_after_the: 'the Azores'),
  spelled unlike its own name (abroad._translated: Açores), a short English name (places_names.json
  subdivision_english_names: 'the Canaries'), an island group no subdivision holds (places.json regions: 'the Channel
  Islands')."""

from conftest import text_facts


def _places(facts) -> dict[str, str | None]:
    return {f.text: f.country_code for f in facts or [] if f.kind == "place"}


def test_country_of_without_article() -> None:
    text = (
        "Three countries where the plague still circulates are the Democratic Republic of Congo (DRC), Madagascar, "
        "and Peru."
    )
    places = _places(text_facts(text, "place"))
    assert places.get("the Democratic Republic of Congo") == "CD"
    assert places.get("DRC") == "CD"


def test_island_groups_madeira_and_the_azores() -> None:
    text = (
        "He added that Scotland will also align with other UK nations and add Madeira and the Azores to the list of "
        "destinations now exempt from quarantine requirement."
    )
    places = _places(text_facts(text, "place"))
    assert places.get("Madeira") == "PT"
    assert places.get("Azores") == "PT"


def test_channel_islands() -> None:
    text = "The south coast and the Channel Islands experienced heavy rain and gusts of up to 100mph."
    assert "Channel Islands" in _places(text_facts(text, "place"))
