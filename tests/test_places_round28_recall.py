"""Place recall, round 28 (issue 17, r28-places-recall; recall sheet judged52, seed 20261252).

- 'the multiple strikes on the Jabalya camp': a camp after 'the' and a town's name is the camp named for the town
  (words.before_local_noun, data local_nouns_after), though the model tagged the name a person; a candidate's camp
  stays no place ('the Warren camp' beside 'Elizabeth Warren': not_places.persons_name, a check of the rule's reach).
- 'Houston Livestock Show & Rodeo – Houston, Texas' beside 'Kell Houston – Houston Productions': a town written with
  its state after a comma is no person's name, whatever else the article calls by it (not_places._area_follows).
- 'Cheyenne Frontier Days – Cheyenne, Wyo.' tagged one organisation but for the state's last dot: the town after the
  dash ends at the comma (entity_parts._town_after_dash).
- 'Bonaire, St Eustatius and Saba', 'in St Catherine', 'upper St Andrew': a saint's abbreviation the gazetteer knows
  only spelled out, as the own name of a country or a subdivision (name_kinds.spelled_saint, data
  saint_abbreviations): ISO 3166 gives no 'St' form.

Each test reads a real page of ../shared/eval in place through the whole pipeline and fails without its rule, but
test_a_persons_camp_is_no_place, which guards the camp rule's reach.
"""

from __future__ import annotations

from test_counts_real import _corpus
from test_places_round20 import named_on

from extractor import extract_text
from extractor.find.places.name_kinds import spelled_saint
from extractor.normalize.places import gazetteer

JABALYA_PAGE = ("webpages", "a164dc8d83f3aa18")  # huffingtonpost.co.uk 2023/11, CNN host and Netanyahu's adviser
RUKBAN_PAGE = (
    "articles",
    "1ee91d1fce65e09be8b8d2d29eab771546d98ca2ba5c862941e660e9fec12432",
)  # polygraph.info fact check, Russia, the US, al-Tanf and Rukban
QUARANTINE_PAGE = ("webpages", "845189fd225cf40a")  # standard.co.uk, Turkey, Poland and Caribbean islands quarantined
INSPECTOR_PAGE = ("webpages", "2ddc90954cfc1e1a")  # jamaicaobserver.com, a woman attacks an inspector with a stone
AICE_PAGE = ("webpages", "15de65eb256df2dd")  # jis.gov.jm, investment opportunities at AICE 2022
ACM_PAGE = ("webpages", "75f3c30580d27270")  # sanfrancisco.cbslocal.com 2020/09/16, the 55th ACM Awards' winners


def test_a_camp_after_a_towns_name_is_the_town() -> None:
    found = named_on(JABALYA_PAGE, "were killed in the multiple strikes on the Jabalya camp")
    assert ("Jabalya", "Jabālyā", "city", "PS") in found
    found = named_on(RUKBAN_PAGE, "sources in the Rukban camp told Polygraph.info")
    assert ("Rukban", "Rukban", "region", "SY") in found  # the camp in Syria (places.json regions)


def test_a_persons_camp_is_no_place() -> None:
    # the Jabalya page's sentence, the camp a candidate's whom the text names in full (no saved page has one)
    text = (
        "Elizabeth Warren spoke in Iowa on Monday. "
        "A senior adviser declines to say how many voters the Warren camp believes were lost in Ohio."
    )
    places = [f.text for f in extract_text(text, "warren-camp").facts or [] if f.kind == "place"]
    assert places == ["Iowa", "Ohio"]


def test_a_saints_abbreviation_without_its_dot_names_the_island() -> None:
    found = named_on(QUARANTINE_PAGE, "we need to remove Turkey, Poland, and Bonaire, St Eustatius and Saba")
    assert ("St Eustatius", "Sint Eustatius", "admin1", "NL") in found


def test_a_saints_abbreviation_names_a_jamaican_parish() -> None:
    found = named_on(INSPECTOR_PAGE, "in front of the Spanish Town Police Station in St Catherine")
    assert ("St Catherine", "Saint Catherine", "admin1", "JM") in found
    found = named_on(AICE_PAGE, "Nestled in the cool hills of upper St Andrew")
    assert ("St Andrew", "Saint Andrew", "admin1", "JM") in found


def test_a_saint_is_spelled_out_only_for_a_country_or_a_subdivision() -> None:
    gz = gazetteer()
    assert spelled_saint("St Lucia", gz) == "Saint Lucia"
    assert spelled_saint("St. Louis", gz) == "St. Louis"  # a town's own name as written
    assert spelled_saint("St. Vincent", gz) == "St. Vincent"  # 'Saint Vincent' is Sao Vicente's alternate name only
    assert spelled_saint("Stoke", gz) == "Stoke"


def test_a_town_with_its_state_after_it_is_no_persons_name() -> None:
    found = named_on(ACM_PAGE, "Houston Livestock Show & Rodeo – Houston, Texas")
    assert ("Houston", "Houston", "city", "US") in found


def test_a_persons_name_before_a_countrys_title_stays_the_person() -> None:
    # geowebnews:252 (NAFTA talks), which names Chrystia Freeland: 'U.S.' after her comma opens a title
    text = next(t for t in _corpus("geowebnews.jsonl") if "Freeland, U.S. Trade Representative" in t)
    places = [f.text for f in extract_text(text, "geowebnews:252").facts or [] if f.kind == "place"]
    assert "Freeland" not in places


def test_a_town_after_a_venues_dash_ends_at_its_comma() -> None:
    found = named_on(ACM_PAGE, "Cheyenne Frontier Days – Cheyenne, Wyo.")
    assert ("Cheyenne", "Cheyenne", "city", "US") in found
    assert ("Wyo.", "Wyoming", "admin1", "US") in found
