"""Places on real news (issue 17, round 88): a bare dateline the model glued to the lede's first name.

'DETROIT The U.S. Transportation Department on Wednesday issued voluntary guidelines' (tr-news:1060004, TR-News marks
'U.S.'): the model tags 'DETROIT The U.S. Transportation Department' as one organisation, so the public body's
jurisdiction (audit guide, names inside names) was lost. Words in capitals at a line's start and a capitalised
article after them are a dateline and the lede's first word, no part of a name (entity_parts._after_bare_dateline):
the words after the article are the entity. The same words inside a line are left whole: capitals there may be a
name set in capitals.
"""

from __future__ import annotations

from conftest import gold_sentence_places, texts_of


def test_body_after_a_bare_dateline_gives_its_jurisdiction():
    places = gold_sentence_places("tr_news.jsonl", "tr-news:1060004", "The U.S. Transportation Department on Wed")
    assert places["U.S."].country_code == "US" and places["DETROIT"].name == "Detroit"


def test_capitals_and_an_article_inside_a_line_are_left_whole():
    text = "The deal was signed with DETROIT The U.S. Transportation Department on Wednesday."
    assert "U.S." not in texts_of(text, "place")


def test_body_without_a_dateline_still_gives_its_jurisdiction():
    assert texts_of("The U.S. Transportation Department on Wednesday issued voluntary guidelines.", "place") == ["U.S."]
