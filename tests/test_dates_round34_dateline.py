"""A plain text's own dateline or byline date as its publication date (round 34): a text handed in with no markup
and no reference date had no publication date, so every relative date in it ("next year", "Saturday") was null even
where the text opens with its date ("LOS ANGELES, April 05, 2018 (GLOBE NEWSWIRE) --"). pubdate.text_dateline_date
takes a full date in the text's opening that stands in a dateline's shape; never one inside a sentence of the story.
Each document is read in place from ../shared/eval/news_gold, run as an article with no reference date."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import gold_article, gold_record


def _found(corpus: str, doc_id: str, snippet: str) -> list[tuple[str, str | None]]:
    facts = gold_article(corpus, doc_id).facts or []
    return [(f.text, f.value) for f in facts if f.kind == "date" and snippet in f.sentence]


@pytest.mark.parametrize(
    ("corpus", "doc_id", "published"),
    [
        # "April 5, 2018 Honolulu Are there downsides to a low unemployment rate?": the text opens with its date
        ("geowebnews.jsonl", "geowebnews:194", "2018-04-05"),
        # "Cleve R. Wootson Jr., The Washington Post March 31, 2018 2:36 pm.": a name + publication byline
        ("geowebnews.jsonl", "geowebnews:100", "2018-03-31"),
        # "CTV Saskatoon Published Saturday, March 31, 2018 1:19PM CST"
        ("geowebnews.jsonl", "geowebnews:126", "2018-03-31"),
        # "LOS ANGELES, April 05, 2018 (GLOBE NEWSWIRE) --": a place dateline
        ("geowebnews.jsonl", "geowebnews:236", "2018-04-05"),
        # "... took place. 16:14, UK, Thursday 05 April 2018.": a stamp of its own after the standfirst
        ("geowebnews.jsonl", "geowebnews:249", "2018-04-05"),
        # "Edmonton, Ky. (November 28, 2016) – KSP Post 15 received a call on Sunday, November 27, 2016"
        ("tr_news.jsonl", "tr-news:1300001", "2016-11-28"),
        # "LOUISVILLE, KY--(Marketwire - December 23, 2010) -"
        ("tr_news.jsonl", "tr-news:1120001", "2010-12-23"),
        # "Northrop Grumman ... airtanker contract\n\nMarch 01, 2008\n\n": a line that is only the date
        ("meantime_en.jsonl", "meantime-en:100911", "2008-03-01"),
    ],
)
def test_a_dateline_or_byline_date_is_the_text_s_publication_date(corpus: str, doc_id: str, published: str):
    assert gold_article(corpus, doc_id).published == published


@pytest.mark.parametrize(
    ("corpus", "doc_id"),
    [
        # "... in the semifinals of the women's NCAA Final Four ..., Friday, March 30, 2018, in Columbus, Ohio.": a caption
        ("geowebnews.jsonl", "geowebnews:104"),
        # "The transaction was signed on March 29, 2018.": a date in a sentence of the story
        ("geowebnews.jsonl", "geowebnews:314"),
        # "Updated at 1:33 p.m. on Thursday, March 29, 2018.": an update is not the publication
        ("geowebnews.jsonl", "geowebnews:18"),
        # "By Trend Iran's mutual trade ... during the current fiscal year (started March 20, 2017)."
        ("geowebnews.jsonl", "geowebnews:12"),
        # "Jailed journalist Aziz Orujov released from prison, Baku, Azerbaijan, April 5, 2018.": a photo's caption
        ("geowebnews.jsonl", "geowebnews:257"),
        # "Riley Oliver Smith, 70, of Paris entered eternal rest, April 13, 2017, at Paris Regional Medical Center."
        ("tr_news.jsonl", "tr-news:1190001"),
        # "WASHINGTON, April 5 (Thomson Reuters Foundation) -": no year, no full date
        ("geowebnews.jsonl", "geowebnews:142"),
    ],
)
def test_a_date_inside_a_sentence_is_no_publication_date(corpus: str, doc_id: str):
    assert gold_article(corpus, doc_id).published is None


def test_relative_dates_resolve_against_the_dateline():
    # geowebnews:194 "April 5, 2018 Honolulu ..." then "economists forecast it could drop another half-point by next year."
    assert _found("geowebnews.jsonl", "geowebnews:194", "half-point by next year") == [("next year", "2019")]
    # geowebnews:100 byline "The Washington Post March 31, 2018 2:36 pm." then "... Easter vacation Saturday morning"
    assert _found("geowebnews.jsonl", "geowebnews:100", "Easter vacation Saturday morning") == [
        ("Saturday", "2018-03-31")
    ]
    # tr-news:1120001 "LOUISVILLE, KY--(Marketwire - December 23, 2010) - ... announced today that it completed"
    assert ("today", "2010-12-23") in _found("tr_news.jsonl", "tr-news:1120001", "announced today")


def test_a_given_reference_date_still_wins():
    # geowebnews:194 again, run with --reference-date 2020-01-01: the date the user gives resolves the relative dates;
    # the text's own date stays its publication date
    from extractor.pipeline import text_article
    from extractor.sources import RawPage

    doc = gold_record("geowebnews.jsonl", "geowebnews:194")
    article = text_article(RawPage(source="g", text=doc["text"]), "g", reference_date=dt.date(2020, 1, 1))
    assert article.published == "2018-04-05"
    nexts = [f for f in article.facts or [] if f.kind == "date" and f.text == "next year"]
    assert nexts and all(f.value == "2021" for f in nexts)
