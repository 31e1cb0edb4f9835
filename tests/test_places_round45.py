"""Places, round 45: the leading place name of a law's name is the law's jurisdiction (bodies._held_in: 'California
Penal Code Section 11414'); a country's name alone in brackets the model's organisation cut off names the country the
name belongs to (entity_parts._bracketed_country: 'Daily Nation (Barbados)'); a state's code of three letters the
model tags no place is read by the article's country (areas.untagged_state_codes: 'NSW', 'the ACT'). Each test reads
a real sentence of ../shared/eval but those marked guards."""

from __future__ import annotations

from conftest import eval_facts, gold_doc, text_facts


def test_the_state_before_a_code_is_its_jurisdiction() -> None:
    # news_gold/geowebnews.jsonl, geowebnews:268: 'a secondary criminal investigation for California Penal Code
    # Section 11414-Intentional harassment' (tagged whole, past the section) gave no place; the gold marks California
    facts, _ = gold_doc("geowebnews.jsonl", "geowebnews:268")
    assert any(f.text == "California" and f.place_type == "admin1" for f in facts.values())


def test_a_country_alone_in_brackets_after_a_paper_is_a_place() -> None:
    # webpages/html/d58831380114da84.html.gz: 'Jeannette Layne-Clark; Minister on Stage; Daily Nation (Barbados); Mar
    # 20, 2005.' tagged 'Daily Nation (Barbados' one organisation gave no place
    facts = eval_facts("webpages", "d58831380114da84")
    assert any(f["kind"] == "place" and f["text"] == "Barbados" and f["country_code"] == "BB" for f in facts)


def test_a_three_letter_state_code_the_model_tags_no_place() -> None:
    # news_gold/geowebnews.jsonl, geowebnews:251: 'Boyd Carney and Kate Harrison, from NSW National Parks and Wildlife
    # Service' tagged 'NSW' a date and gave no place; the gold marks NSW (the service is the state's)
    facts, _ = gold_doc("geowebnews.jsonl", "geowebnews:251")
    assert any(f.text == "NSW" and f.name == "New South Wales" for f in facts.values())


def test_the_act_is_the_territory_in_an_australian_story() -> None:
    # news_gold/tr_news.jsonl, tr-news:1090004 (Queensland's road toll): 'double that of NSW' and 'no fatalities in
    # Tasmania or the ACT' gave neither
    facts, _ = gold_doc("tr_news.jsonl", "tr-news:1090004")
    assert {f.name for f in facts.values() if f.text in ("NSW", "ACT")} == {
        "New South Wales",
        "Australian Capital Territory",
    }


def test_the_act_test_in_an_american_story_is_no_place() -> None:
    # a constructed guard: 'the ACT' beside an American state is the test, no Australian territory
    facts = text_facts("Students in Ohio take the ACT and the SAT each spring.", "place")
    assert [f.text for f in facts] == ["Ohio"]
