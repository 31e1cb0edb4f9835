"""Counts "later" with no date of their own, read from the date the story said last (find/date_frames.story_offset):
- a count of years later is the year that many after the last stated date of this paragraph or the one before
  (_years_later; dates.json _story_offset_years_comment), never before a date of its own, never "half a year";
- a vague count of weeks later after a whole or late month is the month after it (_weeks_after_month).
Pages are saved pages of ../shared/eval, read in place through the whole pipeline."""

from __future__ import annotations

from conftest import dates_reader, gold_article

PAGES = {
    "alley": ("webpages", "0cf59dcbcf504c49"),
    "belvidere": ("webpages", "f8d3aa10b3c81cf1"),
    "trump_health": ("articles", "ef4e67b66d63b5facef55c06a94d85f2ae01a0a1a4a3a1bcfe2499c8c8a7dacf"),
    "endorsements": ("webpages", "6b830942affe8097"),
    "nixon": ("webpages", "095da70304993703"),
    "duvet": ("articles", "7bb1ca90354313840329d2f569ea9fb3a582df2aa0a5e3669f8fc567eb6ea61b"),
}

dates_in = dates_reader(PAGES)


def _gold_dates(corpus: str, doc_id: str, snippet: str) -> list[tuple[str, str | None]]:
    facts = gold_article(corpus, doc_id).facts or []
    return [(f.text, f.value) for f in facts if f.kind == "date" and snippet in (f.sentence or "")]


def test_years_later_after_a_stated_year_is_that_year_on():
    # "His first electoral success came in 1978 ... Four years later, Carey stepped aside": 1982
    assert _gold_dates("tr_news.jsonl", "tr-news:1030003", "Carey stepped aside") == [("Four years later", "1982")]


def test_years_later_after_a_year_naming_a_thing():
    # "... since home state U.S. Sen. Barack Obama's 2008 victory. Voters in the county backed ... Romney ..., four
    # years later.": 2012
    assert dates_in("belvidere", "Mitt Romney of Utah, four years later") == [("four years later", "2012")]
    # "Back in 2005, for instance, she had a semi-autobiographical TV show ... And five years later she starred"
    assert dates_in("alley", "five years later she starred") == [("five years later", "2010")]


def test_a_year_later_after_a_stated_day_is_a_year():
    # "At the time of his 2018 physical, ... Sources told CNN that a year later, Trump had made only minor changes"
    assert dates_in("trump_health", "a year later, Trump had made") == [("a year later", "2019")]


def test_years_later_before_a_date_of_its_own_counts_from_nothing():
    # "... a Carnegie Library built in 1902. All this changed when Hurricane Betsy ... Five years later, in 1970":
    # the count is of the hurricane's year, which the text does not state; 1970 says the time
    found = _gold_dates("geowebnews.jsonl", "geowebnews:0", "Five years later, in 1970")
    assert found == [("1970", "1970")]


def test_half_a_year_later_is_no_count_of_a_year():
    # "on November 17, 1973. But half a year later the White House announced": not "a year later", 1974
    assert dates_in("nixon", "But half a year later") == []


def test_a_few_weeks_after_late_october_is_november():
    # "When Warren nearly caught up in polls with Biden in late October, ... Buttigieg surged in Iowa a few weeks
    # later" (a page of January 2020): November 2019, not null
    assert dates_in("endorsements", "Buttigieg surged in Iowa a few weeks later") == [("a few weeks later", "2019-11")]


def test_years_later_far_from_the_last_stated_date_is_no_year():
    # "But by December, they worsened" (2016) four paragraphs before "Regardless, by the time he was weaned off
    # treatment a year later, he was back to normal": a year after the treatment, which no date near it states; a
    # time of the story all the same, so a date of null value (round 84), never 2017
    assert dates_in("duvet", "weaned off treatment a year later") == [("a year later", None)]
