"""Places, round 38: a place that ends a private body's name is no place mention (audit guide, names inside names):
a members' body's or a charity's head word after another word of the name and 'of' ('The Vintners Federation of
Ireland' tagged whole: bodies._member_body; data: member_body_heads), and a group's 'Students for Justice in Palestine'
(not_places.in_group_name). A public
body's jurisdiction stays a place ('the Government of Ireland', 'the Secretary for Justice in Hong Kong'). Each test
reads a real page of ../shared/eval."""

from __future__ import annotations

from conftest import eval_facts, gold_article


def places_in(folder: str, name: str, snippet: str) -> list[str]:
    return [f["text"] for f in eval_facts(folder, name) if f["kind"] == "place" and snippet in f["sentence"]]


def test_a_trade_federations_country_is_no_place() -> None:
    # webpages 2fc951f9a1ecac76 (corkbeo.ie, Cork live blog): 'The Vintners Federation of Ireland has warned that
    # 50,000 jobs are now at risk.', tagged one organisation
    assert places_in("webpages", "2fc951f9a1ecac76", "The Vintners Federation of Ireland") == []


def test_a_students_groups_place_is_no_place() -> None:
    # webpages 75190c473e47b9e7 (huffpost.com): 'to shut down chapters of the Students for Justice in Palestine group
    # at public Florida universities': the group's name; Florida stays the place
    assert places_in("webpages", "75190c473e47b9e7", "Students for Justice in Palestine") == ["Florida"]


def test_a_leagues_country_and_a_public_bodys_jurisdiction_stay_places() -> None:
    # tr_news 1020015 'Mr Tubiana, honorary president of the Human Rights League of France': news_gold annotates the
    # country (a league is no member_body_heads word)
    facts = gold_article("tr_news.jsonl", "tr-news:1020015").facts or []
    assert any(f.kind == "place" and f.text == "France" and "Human Rights League" in f.sentence for f in facts)
    # geowebnews:238 'the Sustainable Energy Authority of Ireland': a public body's jurisdiction
    facts = gold_article("geowebnews.jsonl", "geowebnews:238").facts or []
    assert any(f.kind == "place" and f.text == "Ireland" and "Energy Authority of" in f.sentence for f in facts)
