"""A plain text's wire sign-off date as its publication date (round 35): a text with no dateline at its opening and
no reference date had no publication date, though it ends with the agency's sign-off and date ("... of common
interest. MAP 05 April 2018"). pubdate.text_signoff_date takes a full date that ends the text after a few capitalized
words only; a date in the story's last sentence, or after a copyright or "Updated" label, is not taken.
Each document is read in place from ../shared/eval/news_gold, run as an article with no reference date."""

from __future__ import annotations

import pytest
from conftest import gold_article


@pytest.mark.parametrize(
    ("doc_id", "published"),
    [
        # "... in addition to other issues of common interest. MAP 05 April 2018": an agency code and its date
        ("geowebnews:136", "2018-04-05"),
        # '... the world economy," Wansleben said. (Xinhua News Agency April 6, 2018)': the agency's name in brackets
        ("geowebnews:269", "2018-04-06"),
    ],
)
def test_a_wire_sign_off_date_is_the_text_s_publication_date(doc_id: str, published: str):
    assert gold_article("geowebnews.jsonl", doc_id).published == published


@pytest.mark.parametrize(
    ("doc_id", "tail"),
    [
        # "... entered the fray to bid ... from April 15, 2018 to March 31, 2023.": a date in the story's last sentence
        ("geowebnews:299", "to March 31, 2023."),
        # "Verkhovna Rada Chairman Andriy Parubiy proposed to adopt ... on April 3.": no full date, lowercase words
        ("geowebnews:282", "on April 3."),
    ],
)
def test_a_date_in_the_story_s_last_sentence_is_not_a_sign_off(doc_id: str, tail: str):
    article = gold_article("geowebnews.jsonl", doc_id)
    assert article.text.rstrip().endswith(tail)
    assert article.published is None


def test_a_label_before_the_last_date_is_not_a_sign_off():
    from extractor.html.pubdate import text_signoff_date

    # the endings of geowebnews:136 and geowebnews:269 with a label in front of the date
    assert text_signoff_date("... of common interest. Updated 05 April 2018") is None
    assert text_signoff_date("... Wansleben said. (Copyright Xinhua April 6, 2018)") is None
    assert text_signoff_date("... of common interest. MAP 05 April 2018") is not None


def test_an_event_s_day_at_the_end_is_not_a_sign_off():
    from extractor.html.pubdate import text_signoff_date

    # geowebnews:136's ending with an event's day in place of its sign-off: a weekday or "Ends" before the date
    assert text_signoff_date("... of common interest. Sale Ends Saturday 07 April 2018") is None
    assert text_signoff_date("... of common interest. Concert Friday 06 April 2018") is None
