"""Dates of news with no date of its own (round 33): the news_gold documents carry no publication date, so every
year-less day was null even where the story states its own days. A year-less day takes the year that puts it next to
a full day the article states (the last one before it, else the article's latest one), within story_anchor_days;
not when its sentence names another year, and not next to a day that closes a period of accounts
(find/date_undated.story_year). Each document is read in place from ../shared/eval/news_gold, run as an article with
no reference date."""

from __future__ import annotations

from functools import cache

from conftest import gold_article


@cache
def _dates(corpus: str, doc_id: str) -> tuple[tuple[str, str, str | None, bool], ...]:
    """(sentence, text, value, relative) of each date of one news_gold document."""
    dates = [f for f in gold_article(corpus, doc_id).facts or [] if f.kind == "date"]
    return tuple((f.sentence, f.text, f.value, f.relative) for f in dates)


def _found(corpus: str, doc_id: str, snippet: str) -> list[tuple[str, str | None, bool]]:
    return [(text, value, rel) for sentence, text, value, rel in _dates(corpus, doc_id) if snippet in sentence]


def test_a_yearless_day_takes_the_year_of_the_full_day_before_it():
    # geowebnews.jsonl, geowebnews:282: "On March 28, 2018, the Verkhovna Rada ... proposed to adopt the relevant
    # legislative amendments on April 3."
    assert _found("geowebnews.jsonl", "geowebnews:282", "amendments on April 3") == [("April 3", "2018-04-03", False)]


def test_a_yearless_day_before_any_full_day_takes_the_article_s_latest_one():
    # geowebnews:282: "... reads the statement published on the State Department website on March 30." comes first;
    # "As UNIAN reported earlier, ... on March 27, 2017, enacted" is background, "On March 28, 2018" the story's
    assert _found("geowebnews.jsonl", "geowebnews:282", "website on March 30") == [("March 30", "2018-03-30", False)]


def test_a_day_closing_a_fiscal_year_anchors_nothing():
    # geowebnews:271: "the fiscal year ending March 31, 2019" is an accounts' calendar; "the extraordinary general
    # shareholders meeting of Coincheck scheduled on April 16" is of the story's year, which the text does not state
    assert _found("geowebnews.jsonl", "geowebnews:271", "scheduled on April 16") == [("April 16", None, True)]


def test_a_sentence_naming_another_year_keeps_its_day_from_the_article_s_days():
    # tr_news.jsonl, tr-news:1030004: "1789 - President George Washington issues a proclamation naming November 26
    # a day of national thanksgiving." (the article states "In 2016, Thanksgiving is on November 24")
    found = _found("tr_news.jsonl", "tr-news:1030004", "naming November 26")
    assert found and all(value != "2016-11-26" for _, value, _ in found)


def test_the_year_after_an_undated_month_is_not_a_bio_s_year():
    # geowebnews:207: "... becoming an Official in the Gilt Edged and Money Market Division in 1994." (the author's
    # note), then "March was another volatile month ... double the subdued level seen at the start of the year."
    found = _found("geowebnews.jsonl", "geowebnews:207", "at the start of the year")
    assert [text for text, _, _ in found] == ["the start of the year"]
    assert found[0][1] is None


def test_a_weekday_ending_a_listed_name_is_no_day():
    # geowebnews:100: "They included Johnson & Johnson, Nestlé, Hulu, Jos. A. Bank, Jenny Craig, Ruby Tuesday and
    # Miracle-Ear." (advertisers); the same article's "In an interview with TMZ on Tuesday" stays a day
    assert _found("geowebnews.jsonl", "geowebnews:100", "Ruby Tuesday") == []
    assert [t for t, _, _ in _found("geowebnews.jsonl", "geowebnews:100", "TMZ on Tuesday")] == ["Tuesday"]


def test_listed_weekdays_and_a_name_s_weekday_with_a_verb_stay_days():
    # the limits of the listed name (made-up sentences of common news shapes, in a paragraph of running text)
    import extractor

    lead = "The council met after the storm, and the members spoke about the damage to the roads in the town. "
    for sentence, day in (
        ("The market is open Monday, Tuesday and Friday.", "Tuesday"),
        ("Gov. Jay Inslee Tuesday announced new rules for the schools.", "Tuesday"),
    ):
        found = [f.text for f in extractor.extract_text(lead + sentence).facts if f.kind == "date"]
        assert day in found, sentence


def test_the_year_after_undated_months_of_its_own_paragraph_keeps_the_anchor():
    # geowebnews:227: "2018 has already pulled the unit in numerous directions. 'In January and February we had
    # the honor of working at Super Bowl 52 ...' ... 'a trip to Thailand before the end of the year as well.'"
    found = _found("geowebnews.jsonl", "geowebnews:227", "before the end of the year")
    assert [(text, value) for text, value, _ in found] == [("the end of the year", "2018")]
