"""Places, round 24c: places on the corpora with coordinates and wrong places judged on real pages (issue 17).
The classes: a place's name that is all a pair of quotation marks holds is a work's title (uses.quoted_alone); the
Asia-Pacific region is one region, not Asia and the Pacific Ocean (data: regions); a dateline after a photograph's
credit (words.DATELINE_AFTER_CREDIT); a dateline's state written as a postal code before a dash of two, or as a
dotless abbreviation before the station's bracket (words.POSTAL_AFTER, words.ABBREVIATION_AFTER); a US county whose
saint is spelled out ('Saint Croix County'; normalize.places._saint_spelled_out); a country's short code that is no
word of letters ('T&T'; data short_codes_ok, normalize.places._add_countries)."""

from __future__ import annotations

import pytest
from conftest import texts_of
from test_places_corpora import near_gold_in

from extractor.normalize.places import gazetteer

# ../shared/eval/articles/html/3d8f3404cf975af824d7866b7679bc45189c3eea6adb32f0a125a0904b1abbb2.html.gz (indiewire)
FARGO = (
    "Buckley, who phoned in from the Chicago set of “Fargo,” had a similar experience: “It was just that immediate "
    "feeling of ‘this is the song.’”"
)
NASHVILLE = (
    "Both accomplished songwriters who had previously written music for the television show “Nashville,” "
    "Steenburgen’s co-writers Caitlyn Smith and Kate York came to the project with a similar appreciation for the "
    "challenge of writing character-driven chords."
)


@pytest.mark.parametrize(
    "sentence, title, kept",
    [(FARGO, "Fargo", ["Chicago"]), (NASHVILLE, "Nashville", [])],
)
def test_a_name_quoted_alone_is_a_works_title(sentence: str, title: str, kept: list[str]) -> None:
    places = texts_of(sentence, "place")
    assert title not in places
    assert all(k in places for k in kept)


def test_a_quoted_passage_that_opens_with_a_name_keeps_the_place() -> None:
    # ../shared/eval/news_gold/geowebnews.jsonl, geowebnews:282: a quote that holds more than the name
    sentence = (
        "\"Ukraine's asset declaration system should hold public officials accountable and not place unnecessary "
        'burdens or pressures on civil society," reads the statement.'
    )
    assert "Ukraine" in texts_of(sentence, "place")


def test_asia_pacific_is_one_region() -> None:
    # ../shared/eval/articles/html/57d46c9d751e3fd3ffaf3ede7ac20cebd30eacb5ea78e1a6aa0a72059244e7ca.html.gz (reuters)
    places = texts_of(
        "MSCI’s broadest index of Asia-Pacific shares outside Japan .MIAPJ0000PUS closed 0.68% higher, while "
        "Japan’s Nikkei futures NKc1 lost 0.66%.",
        "place",
    )
    assert "Asia-Pacific" in places
    assert "Pacific" not in places and "Asia" not in places


def test_a_dateline_after_a_photographs_credit_is_a_place() -> None:
    # ../shared/eval/webpages/html/640aad2eb1a99fc9.html.gz (msn, a Getty Images caption)
    places = texts_of(
        "© Getty Images MANCHESTER, ENGLAND - SEPTEMBER 28: Isolating students peer out of their accommodation "
        "window as they are interviewed by a television crew on September 28, 2020 in Manchester, England.",
        "place",
    )
    assert places.count("MANCHESTER") == 1 and "ENGLAND" in places


@pytest.mark.parametrize(
    "doc_id, text, words",
    [
        ("tr-news:1120001", "KY", "LOUISVILLE, KY--(Marketwire"),
        ("tr-news:1100004", "Ky", "EDMONTON, Ky (WBKO)"),
    ],
)
def test_a_datelines_dotless_state_is_a_place(doc_id: str, text: str, words: str) -> None:
    assert near_gold_in("tr_news.jsonl", doc_id, text, words)


def test_a_postal_code_before_a_hyphenated_word_is_no_state() -> None:
    # 'TX-based' is one word: the hyphen keeps the code out (the dash of two lets it in)
    from extractor.find.places.areas import area_after

    gz = gazetteer()
    assert area_after("Austin, TX-based rivals", len("Austin"), gz) is None
    assert area_after("LOUISVILLE, KY--(Marketwire", len("LOUISVILLE"), gz) is not None


def test_a_county_with_its_saint_spelled_out_is_the_county() -> None:
    # geowebnews:281: 'this time-- in Saint Croix County due to pre-trial publicity' (Wisconsin), not St. Croix, VI
    assert near_gold_in("geowebnews.jsonl", "geowebnews:281", "Saint Croix County", "in Saint Croix County due")


@pytest.mark.parametrize(
    "words",
    ["on what position T&T should adopt", "all that T&T had done to support Dominica", "why T&T was not represented"],
)
def test_a_countrys_short_code_with_an_ampersand_is_the_country(words: str) -> None:
    # geowebnews:232: Trinidad and Tobago's government, the model's organisation
    assert near_gold_in("geowebnews.jsonl", "geowebnews:232", "T&T", words)
