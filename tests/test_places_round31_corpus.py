"""Places, round 31 (issue 17, r31-places-corpus). A list after a lower-case plural designator and a word that
introduces its examples ('western states such as California or Washington') is a list of that designator's kind,
as 'the states of Mato Grosso and Paraná' is (plural_lists._of_pattern); a last item that ends its sentence
leaves the full stop out of its span. A guessed town with a word for its people or its local government right after
it ('Nelson residents') vouches for itself as a model's place tag would (resolve._vouched), so its other guessed
mentions stand in a story that names no other place; a part of a place ('the Copperfield area') or a capitalised
designator ('Pelican Town') does not vouch. A people's word the model tags NORP, listed with a country ('either
Canadian or US governments'), is no town listed with places (lists._people_word)."""

from __future__ import annotations

from conftest import text_facts

# ../shared/eval/news_gold/geowebnews.jsonl, geowebnews:194 (Hawaii's low jobless rate): the article names Utah,
# Colorado and Idaho, which lifted Washington, Utah (24,000) over the state
_HAWAII = (
    "Are there downsides to a low unemployment rate? In Hawaii, which has the United States' lowest jobless rate "
    "at a minuscule 2.1 percent, the answer is yes.\n\n"
    "Adam Kamins, a senior economist at Moody's Analytics, says the state has had little success in luring "
    "better-paying tech jobs from western states such as California or Washington, because of high housing and "
    "business costs. Tech firms are instead moving to cheaper states such as Utah, Colorado, and Idaho."
)


def _places(text: str) -> list:
    return [f for f in text_facts(text, "place")]


def test_a_list_after_states_such_as_is_of_states() -> None:
    places = {f.text: f for f in _places(_HAWAII)}
    assert places["Washington"].place_type == "admin1" and places["Washington"].country_code == "US"
    assert places["California"].place_type == "admin1"


def test_a_listed_name_that_ends_its_sentence_leaves_out_the_full_stop() -> None:
    texts = [f.text for f in _places(_HAWAII)]
    assert "Idaho" in texts and "Idaho." not in texts


# ../shared/eval/news_gold/geowebnews.jsonl, geowebnews:258 (a government office opens in Nelson, B.C.): the model
# tags every 'Nelson' a person and 'BC' an organisation, so no place vouched for the guessed town
_NELSON = (
    "Nelson residents will find it even easier to access government services with the official opening of a brand "
    "new FrontCounter BC office in their community, Michelle Mungall, MLA for Nelson-Creston, announced today on "
    "behalf of Doug Donaldson, Minister of Forests, Lands, Natural Resource Operations and Rural Development. "
    "\u201cThe opening of a FrontCounter BC in Nelson is great news,\u201d said Mungall. Instead of driving to "
    "Castlegar, people will be able to visit the Nelson office and get support with their natural resource "
    "enquiries."
)

# ../shared/eval/webpages/html/936ff4fe484cc870.html.gz (a Stardew Valley character): 'Town' is a designator here
_PELICAN = (
    "Penny is a villager who lives in Pelican Town. Many Saturdays in Spring and Fall she'll take them to the town "
    "playground."
)


def test_a_towns_people_after_a_guessed_town_vouch_for_it() -> None:
    nelson = [f for f in _places(_NELSON) if f.text == "Nelson"]
    assert len(nelson) >= 2 and all(f.country_code == "CA" for f in nelson)


def test_a_designator_after_a_guessed_name_does_not_vouch_for_it() -> None:
    assert not any(f.text == "Spring" for f in _places(_PELICAN))


def test_a_peoples_word_listed_with_a_country_is_no_town() -> None:
    # ../shared/eval/news_gold/meantime_en.jsonl, meantime-en:123881 and meantime-en:47720: 'Canadian' was read as
    # Canadian, Texas, a town listed with 'US'
    text = (
        "General Motors (GM) and Chrysler will receive bridge loans from the government of Canada and the "
        "provincial government of Ontario, however no more will be forthcoming from either Canadian or US "
        "governments unless the companies can reinvent themselves.\n\n"
        "Ford has announced sweeping cuts of 21% (168,000 units) in its US and Canadian production, resulting in "
        "the partial closure of ten of its plants during the fourth quarter."
    )
    places = _places(text)
    assert not any(f.text == "Canadian" for f in places)
    assert any(f.text == "US" and f.country_code == "US" for f in places)
