"""Places, round 16b: the level and the sense of a place on news pages (issue 17).

A name that is a state's and a big city's ('New York') takes one sense per article; a state's designator on one
mention ('The New York state attorney general') no longer makes the state of its bare mentions ('a co-working space
in New York'), which keep the city they mean when ranked alone (resolve._bare_levels). A sentence about a state's
own business (its governor, legislature, counties, 'upstate') makes the state of such a name (areas._statewide).
A town's name right before an agreement's noun ('the Kyoto protocol') names the treaty, no place
(uses.names_an_agreement); after a club's word ('Real Madrid') it is the club's (teams.after_club_word). A colonial
power's adjective before a region named by a compass word is a colony's whole name, unresolved
(widen._colony_name)."""

from __future__ import annotations

from conftest import eval_facts, rows_of, texts_of

from extractor.pipeline import text_article
from extractor.sources import RawPage

# the saved pages (../shared/eval): a tech newsletter that names 'The New York state attorney general' and a
# photo caption in New York; a BBC report on New York City's mass burials that names 'New York state' too
WEWORK = ("articles", "fde930b01859de8311c6a14f8aa8c72be0659b551367803deb6736cf3526cf2e")
BURIALS = ("webpages", "2e8b886defc8ae8d")
# an opinion piece on the EU's Green Deal
GREEN_DEAL = ("webpages", "e3fd73d75c09ae82")


def _places(page: tuple[str, str], snippet: str) -> list[tuple[str, str, str]]:
    return [
        (f["text"], f["place_type"], f["country_code"])
        for f in eval_facts(*page)
        if f["kind"] == "place" and snippet in f["sentence"]
    ]


def test_a_bare_name_is_the_city_though_another_mention_names_the_state() -> None:
    assert _places(WEWORK, "co-working space in New York") == [("New York", "city", "US")]
    assert _places(WEWORK, "state attorney general is investigating") == [("New York state", "admin1", "US")]


def test_the_bbc_report_keeps_the_city_and_the_state_apart() -> None:
    assert ("New York", "city", "US") in _places(BURIALS, "New York ramps up mass burials")
    assert _places(BURIALS, "BBC News, New York") == [("New York", "city", "US")]
    # a sentence about the governor's figures, a list of states: the state
    assert _places(BURIALS, "Governor Andrew Cuomo said") == [("New York", "admin1", "US")]
    assert ("New York", "admin1", "US") in _places(BURIALS, "Figures from Louisiana")


def test_a_statewide_sentence_makes_the_state_of_a_bare_name() -> None:
    # the BBC's sentence alone: nothing but its governor says the state is meant
    sentence = (
        'Governor Andrew Cuomo said he took "solace" from this fact, as well as the continued decline in the number'
        " of Covid-19 patients admitted to New York hospitals."
    )
    assert rows_of(sentence, "place", "place_type") == [("New York", "admin1")]
    assert rows_of(sentence.replace("Governor Andrew Cuomo", "Andrew Cuomo"), "place", "place_type") == [
        ("New York", "city")
    ]


def test_a_town_before_an_agreements_noun_is_no_place() -> None:
    assert not [p for p in _places(GREEN_DEAL, "such as the Kyoto protocol") if p[0] == "Kyoto"]
    sentence = (
        "Many attempts to limit greenhouses emission by non-binding agreements such as the Kyoto protocol have led"
        " to very poor results."
    )
    assert texts_of(sentence, "place") == []
    # the town itself, and a country that is a party, stay places
    assert texts_of(sentence.replace("the Kyoto protocol", "a meeting in Kyoto"), "place") == ["Kyoto"]
    assert texts_of("The Iran nuclear agreement collapsed after the talks.", "place") == ["Iran"]


# a DW story on Germany's colonial past (eval webpages 636e4f4f1dd51836)
def test_a_colonys_name_is_whole_and_unresolved() -> None:
    sentence = (
        "A conference in Brussels in 1890 determined that the German Empire would obtain the kingdoms of Rwanda and"
        " Burundi, connecting them to German East Africa."
    )
    article = text_article(RawPage(source="test", text=sentence), "test")
    (colony,) = [f for f in article.facts or [] if f.kind == "place" and "Africa" in f.text]
    assert (colony.text, colony.lat, colony.country_code) == ("German East Africa", None, None)
    # the region itself stays the region
    assert rows_of("Trade with East Africa grew.", "place", "place_type") == [("East Africa", "region")]


def test_a_town_after_a_clubs_word_is_no_place() -> None:
    # the judged sample's sentence, from a story on a football manager's career (eval articles)
    sentence = "He is renowned for his tactical prowess and has managed FC Porto, Inter Milan, Chelsea, Real Madrid"
    assert texts_of(sentence + " and Manchester United.", "place") == []
    # the town written as the town stays
    assert texts_of("Real Madrid beat the visitors in Madrid on Sunday.", "place") == ["Madrid"]
