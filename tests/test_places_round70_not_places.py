"""Places, round 70: names that are no geographic place (issue 17). A well-known fictional place's full name the
gazetteer does not know (data: fictional_places; not_places.fictional_place): 'closer to Gotham City', 'lives in
Pelican Town'. An industry seat's name before one of the industry's nouns (data: industry_seats,
industry_nouns_after; uses.names_an_industry), now the music industry's too: 'timeless Motown tunes' is the record
label, not Detroit."""

from __future__ import annotations

from conftest import eval_facts, gold_article, place_facts

STARDEW_PAGE = "936ff4fe484cc870"  # a page about the video game Stardew Valley


def test_a_fictional_city_is_no_place() -> None:
    # '“We think of ourselves as Mayberry,” says Fred Smoller ..., “when we really are closer to Gotham City.”'
    places = place_facts(gold_article("geowebnews.jsonl", "geowebnews:197"))
    assert "Gotham City" not in places
    assert "Orange County" in places


def test_a_games_town_is_no_place() -> None:
    # 'Penny is a villager who lives in Pelican Town.', 'In Stardew Valley that's a very good omen.'
    texts = {f["text"] for f in eval_facts("webpages", STARDEW_PAGE) if f["kind"] == "place"}
    assert not texts & {"Pelican Town", "Stardew Valley"}


def test_motown_before_a_music_noun_is_the_label() -> None:
    # '... and timeless Motown tunes from the album Soulbook.'
    places = place_facts(gold_article("geowebnews.jsonl", "geowebnews:306"))
    assert "Motown" not in places
