"""Places, round 13b: common words, abbreviations and companies read as places (issue 17, precision).

A name right after a noun for a company ('apparel giant Patagonia', 'vehicle-maker Winnebago') is the company's, in that
sentence and alone elsewhere in the article (not_places.described_companies); a town's name before a nation's office
('Prome Minister', a slip for 'Prime') is no town (institutions.town_before_national_office); a month's name alone is
the month ('passed in May.' is no Maio, Cape Verde: uses.month_name); an address's unit word after a comma or before a
number is the apartment ('Bragg St., Apt.': uses.address_unit); a people's word after a leading name makes the name a
group's ('the Free Syrian Army' names no Maryland: bodies._people_word_after). Each test reads a real sentence from
../shared/eval (articles/ and webpages/ pages). A US state's name and 'State' is its university ('at Oklahoma State':
institutions.state_school); a common word and a designator are one unresolved name ('the Lake District':
records._whole_name); a town, a compass word and an athlete's noun name a school's athlete ('Salina South diver':
teams.school_athlete); a programming language's name in a page about code is the language ('as in Java':
uses.names_a_language)."""

from __future__ import annotations

import pytest
from conftest import text_facts

from extractor.pipeline import text_article
from extractor.sources import RawPage


def places_of(text: str) -> dict[str, tuple[str | None, str | None]]:
    """Each place's surface text -> (name, country_code), as the extractor resolves it."""
    return {f.text: (f.name, f.country_code) for f in text_facts(text, "place")}


def test_a_name_after_a_company_noun_is_the_company_throughout() -> None:
    places = places_of(
        "Outdoor apparel giant Patagonia has expanded its mission to clean up the clothing industry by opening a new"
        " repair centre in the English capital.\n\n"
        "They’ll initially repair clothes for Patagonia’s UK customers, with three more brands set to join the"
        " initiative over the coming year."
    )
    assert "Patagonia" not in places
    assert places["UK"] == ("United Kingdom", "GB")


def test_a_name_after_a_maker_compound_is_the_company() -> None:
    places = places_of(
        "In the meantime, Pepsi, Coca-Cola, Costco and the recreational vehicle-maker Winnebago are among retailers"
        " that said they raised prices as a result of the tariffs."
    )
    assert "Winnebago" not in places


def test_a_countrys_name_after_giant_stays_the_country() -> None:
    # the rule's guard: a country is never a company's short name
    places = places_of("Economic giant China said it would respond to the tariffs on Monday.")
    assert places["China"] == ("China", "CN")


@pytest.mark.parametrize(
    "sentence",
    [
        "Siman pasa Prome Minister tabata invita pa ta presente na International School of Aruba pa e “Trashion"
        " Fashion Show”.",
        "Durante e evento aki, Prome Minister a duna un discurso na unda el a gradici International School pa e"
        " invitacion na su persona.",
    ],
)
def test_a_towns_name_before_minister_is_no_town(sentence: str) -> None:
    assert "Prome" not in places_of(sentence)


def test_a_month_alone_is_no_place() -> None:
    places = places_of(
        "Republicans never took up Democrats' more than $3 trillion bill the House passed in May. The $300 billion"
        " offering by Republicans, considered a final attempt at any form of relief before the election, was blocked"
        " by Democrats Sept. 10."
    )
    assert not any(text.startswith("May") for text in places)


def test_an_address_unit_is_no_town() -> None:
    places = places_of(
        "The remaining 10 days will have an additional option of voting in-person, at 2344 Bragg St., Apt."
    )
    assert "Apt" not in places


def test_a_group_named_with_a_peoples_word_names_no_state() -> None:
    places = places_of(
        "The U.S. military in al-Tanf reportedly has been training the Syrian opposition forces known as Maghawir al"
        " Thawra, or MaT – formerly the Free Syrian Army."
    )
    assert "Free" not in places
    assert places["U.S."][1] == "US"


@pytest.mark.parametrize(
    "sentence, text, name",
    [
        (
            "Zoe had flown to New York to see her father on the day before the fitting and returned a week later to"
            " spend Christmas with her mother and two sisters in the Lake District.",
            "the Lake District",
            "Lake District",
        ),
        (
            "Another plan to convert a vacant building on the grounds of Jacobi Hospital into a supportive housing site"
            " for sick and disabled New Yorkers with criminal justice histories has remained another contentious issue"
            " in the area, with signs denouncing the proposals lining the tidy lawns outside homes in the neighboring"
            " Indian Village community.",
            "Indian Village",
            "Indian Village",
        ),
    ],
)
def test_a_common_word_and_a_designator_are_one_name(sentence: str, text: str, name: str) -> None:
    # not 'Lake' (resolved as Lac, Chad, or left a county) nor 'Indian': the whole name, unresolved
    article = text_article(RawPage(source="test", text=sentence), "test")
    found = {f.text: f for f in article.facts or [] if f.kind == "place"}
    assert (found[text].name, found[text].place_type, found[text].country_code) == (name, "other", None)


def test_a_us_states_name_and_state_is_its_university() -> None:
    assert "Oklahoma State" not in places_of("KIOW Iowa State University Football at Oklahoma State 12:30 PM")


def test_new_york_state_stays_the_state() -> None:
    # the rule's guard (data states_called_state); a real sentence of an audit page
    places = places_of(
        '"Here in Rockland County we have been working very closely with and in support of the actions taken by New'
        ' York State," Day said in a statement.'
    )
    assert places["New York State"] == ("New York", "US")


def test_a_town_and_a_compass_word_before_an_athlete_is_a_school() -> None:
    places = places_of(
        "Summary: 5-1A: Salina South diver Keetan Munsell (junior) won the state championship in the event with a"
        " score of 409.30."
    )
    assert "Salina" not in places


def test_a_programming_language_in_a_page_about_code_is_no_island() -> None:
    places = places_of(
        "One Python feature I almost entirely refuse is relative imports ( both implicit and explicit - everything is"
        " imported from the root package, as in Java )"
    )
    assert "Java" not in places
