"""Places, round 98: a small town's name resolved to a namesake far from every other place a local story names
(issue 17; this session's judged sample of the news_gold texts, seed 20261598). news_gold geowebnews:305, a story of
a Dewsbury couple: 'They moved to Thornhill, before switching to Middlestown, and then finally their bungalow in
Overton'. The gazetteer lacks Dewsbury's Thornhill, and Thornhill, Cardiff won among its namesakes by its size, 254
km from the nearest of the story's places. Such a stray (resolve._strays) is a town of its country with no point
(records._in_country_only). Not where the article names the town's state (tr-news:1330001, 'taken in Edmonton' in a
Queensland Amber Alert), nor for a town known beyond its region (geowebnews:10, Charleston, West Virginia, the gold's
sense, in a northern Virginia story), nor where the story's places spread with no place where most of them lie."""

from __future__ import annotations

from conftest import gold_article, text_facts
from test_places_corpora import near_gold


def _places(corpus: str, doc_id: str, text: str) -> list:
    return [f for f in gold_article(corpus, doc_id).facts or [] if f.kind == "place" and f.text == text]


def test_a_small_town_far_from_a_local_storys_places_has_no_point() -> None:
    (thornhill,) = _places("geowebnews.jsonl", "geowebnews:305", "Thornhill")
    assert (thornhill.country_code, thornhill.lat, thornhill.lon, thornhill.gazetteer_id) == ("GB", None, None, None)
    (middlestown,) = _places("geowebnews.jsonl", "geowebnews:305", "Middlestown")
    assert middlestown.lat is not None  # the story's own places keep their points
    assert all(near_gold("geowebnews.jsonl", "geowebnews:305", "Dewsbury"))


def test_a_small_town_in_a_state_the_article_names_keeps_its_point() -> None:
    # 'taken in Edmonton by 27-year-old Justine Margaret Murphy' in 'A Queensland Amber Alert': 186 km from Ingham
    assert near_gold("tr_news.jsonl", "tr-news:1330001", "Edmonton") == [True]


def test_a_town_known_beyond_its_region_keeps_its_point() -> None:
    # 'the architecture in Charleston' among Manassas, Fairfax and Centreville: 66 alternate names in GeoNames
    assert near_gold("geowebnews.jsonl", "geowebnews:10", "Charleston") == [True]


_MOVES = (
    "They moved to Thornhill, before switching to Middlestown, and then finally their bungalow in Overton where they "
    "have spent the last 24 years."
)


def test_the_real_sentence_alone_strays_too() -> None:
    (thornhill,) = [f for f in text_facts(_MOVES, "place") if f.text == "Thornhill"]
    assert (thornhill.country_code, thornhill.lat) == ("GB", None)


def test_a_story_whose_places_spread_is_no_local_story() -> None:
    # half the places near Dewsbury, half by Norwich: no place where most of them lie, so no stray
    text = _MOVES + " Their daughters live in Great Yarmouth and Norwich."
    (thornhill,) = [f for f in text_facts(text, "place") if f.text == "Thornhill"]
    assert thornhill.lat is not None
