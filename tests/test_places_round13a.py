"""Places, round 13a: the article's own country as evidence for a homonym (issue 17; resolve._home). The
publication's country counts towards the article's home as a country named HOME_TIMES times, and the point of a
country the article names stands for its towns' whereabouts when the country is small enough: a Jamaican site's
'Port Royal' is Jamaica's, not South Carolina's bigger town. Tested on a real page read whole from ../shared/eval."""

from __future__ import annotations

from conftest import eval_facts, km

JAMAICA_PAGE = "15de65eb256df2dd"  # a Jamaican government site's story: Jamaica eight times, other countries once


def _places(page: str, text: str) -> list[dict]:
    return [f for f in eval_facts("webpages", page) if f["kind"] == "place" and f["text"] == text]


def test_a_small_home_countrys_namesake_wins() -> None:
    # 'the British garrison was stationed on the plain at Up Park Camp, Stony Hill, Fort Augusta and Port Royal.'
    port_royal = _places(JAMAICA_PAGE, "Port Royal")
    assert port_royal and all(km(f["lat"], f["lon"], 17.94, -76.84) <= 50 for f in port_royal)


def test_a_big_city_abroad_stays_itself_in_a_home_story() -> None:
    # the same story's 'London' ('the War Office in London') stays England's: the home bonus moves close calls only
    london = _places(JAMAICA_PAGE, "London")
    assert london and all(f["country_code"] == "GB" for f in london)
