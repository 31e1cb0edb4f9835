"""Dates of round 80, occasions of the story missed:
- a holiday before a noun of a tally ("The national Easter road toll sits at 19") counts what happened over the
  story's holiday: a date though an adjective describes the tally and though spaCy tags the holiday alone as a
  place (find/date_matches.tallied_holiday, find/date_nonrefs.described_kind); "Easter Island" stays a place;
- "the summer season" is that season, no kind of thing (find/date_vetoes.the_season_season); "a standard feature of
  winter season" stays a kind.
Pages are saved pages of ../shared/eval, read in place through the whole pipeline."""

from __future__ import annotations

from conftest import dates_reader, gold_article, text_facts

PAGES = {"italy": ("webpages", "d6f9a66898b1c713")}

dates_in = dates_reader(PAGES)


def _texts(sentence: str) -> list[str]:
    return [f.text for f in text_facts(sentence, "date")]


def test_holiday_of_a_road_toll_is_the_story_holiday():
    facts = gold_article("tr_news.jsonl", "tr-news:1090004").facts or []
    dates = [f.text for f in facts if f.kind == "date" and "The national Easter road toll" in (f.sentence or "")]
    assert dates == ["Easter"]


def test_holiday_of_a_kind_or_a_name_stays_out():
    assert _texts("They sailed to Easter Island.") == []
    assert _texts("The simple Halloween spiders are ready!") == []


def test_the_summer_season_is_that_season():
    assert dates_in("italy", "if the summer season does not take off") == [("summer", "2020-SU")]


def test_season_season_without_the_is_a_kind():
    assert _texts("Sadly, Delhi pollution has become a standard feature of winter season.") == []
    assert _texts("The UK Met Office names storms each winter season.") == []
