"""Places, round 70: a place's bare name before a lower-case publication noun that is a verb's subject names the
publication, no place (issue 17; institutions.publication_subject): 'On Tuesday, New York magazine first reported'.
An article before the name ('a New York magazine reported') keeps the place."""

from __future__ import annotations

from conftest import gold_article, place_facts, text_facts


def test_a_magazine_named_after_a_place_is_no_place() -> None:
    # 'On Tuesday, New York magazine first reported that a group of experts, led by voting-rights lawyer John
    # Bonifaz and J Alex Halderman, ... had contacted Mrs Clinton's campaign.'
    article = gold_article("tr_news.jsonl", "tr-news:1020001")
    new_york = [f for f in article.facts or [] if f.kind == "place" and f.text == "New York"]
    assert all(f.start_char != 695 for f in new_york)
    assert "Wisconsin" in place_facts(article)


def test_a_places_magazine_with_an_article_keeps_the_place() -> None:
    # the same sentence, the magazine a New York one
    facts = text_facts(
        "On Tuesday, a New York magazine first reported that a group of experts had contacted her.", "place"
    )
    assert [f.text for f in facts] == ["New York"]
