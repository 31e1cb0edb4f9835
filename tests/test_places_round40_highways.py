"""Places, round 40: the country's short name right before a route's number names a numbered highway, not the
country ('parallel to US 1', 'the interchange with U.S. 29 and 40'; not_places.before_road_number; data:
road_number_heads, road_number_words, not_road_number_after). A number of the country's stays the country's ('U.S.
10-year Treasury yields', 'U.S. 2 Year Treasury Note'). Each test reads a real page of ../shared/eval or a real line
of one. An airport the article tags a facility is no person's name where the model calls it one in a list
(not_places.mostly_people counts a facility's tag as a place's)."""

from __future__ import annotations

from conftest import eval_facts, gold_article, text_as_article


def places_in(folder: str, name: str, snippet: str) -> list[str]:
    return [f["text"] for f in eval_facts(folder, name) if f["kind"] == "place" and snippet in f["sentence"]]


def test_us_before_a_route_number_is_a_highway() -> None:
    # webpages c713bd4bf402813f (miamitodaynews.com, South Dade transitway): 'The initial promise was a 60-minute ride
    # each way with signal preemption parallel to US 1.'
    assert places_in("webpages", "c713bd4bf402813f", "parallel to US 1") == []


def test_dotted_us_before_two_route_numbers_is_a_highway() -> None:
    # webpages fab52e6ca9ac8d28 (baltimoresun.com, Howard County permits): 'while the H-7 will be located at the
    # interchange with U.S. 29 and 40.'
    assert places_in("webpages", "fab52e6ca9ac8d28", "interchange with U.S. 29") == []


def test_a_number_of_the_countrys_keeps_the_country() -> None:
    # webpages b195722acdf9a136 (marketwatch.com, Treasury yields): its keywords read 'U.S. 2 Year Treasury Note',
    # 'U.S. 10 Yr'; a plural noun after the number counts the country's people
    for text in (
        "Traders sold the U.S. 2 Year Treasury Note on Monday.",
        "The U.S. 10-year Treasury yield rose on Monday.",
        "In the US 40 people died in the storm.",
    ):
        facts = text_as_article(text).facts or []
        assert [f.name for f in facts if f.kind == "place"] == ["United States of America"], text


def test_an_airport_the_article_tags_a_facility_is_no_persons_name() -> None:
    # tr_news 1020008 (fog at London airports): 'London City airport diverted all inbound flights on Saturday while
    # Heathrow and Gatwick also reported disruption.' (both tagged persons, a list of two one-word names) and
    # 'disruption at Heathrow', 'cabin crew based at Heathrow' (tagged facilities): the airport each time
    facts = gold_article("tr_news.jsonl", "tr-news:1020008").facts or []
    heathrow = [f for f in facts if f.kind == "place" and f.text == "Heathrow"]
    assert len(heathrow) == 3 and {f.name for f in heathrow} == {"London Heathrow Airport"}
