"""Dates of round 80, generic periods and the present age:
- "the week/month/day/year" as the subject of a verb of ending in a sentence of habit ("after the week has passed"
  with "weekly challenges") is any period of the cycle, and one that "is up" ("after the month was up") a term run
  out; "After the week ended, prices fell" keeps the story's week (find/date_generic.generic_period_end);
- a year-less quarter adjective ("first-quarter") in a sentence of a frame of repetition ("in recent years") is any
  year's quarter (find/date_generic.generic_quarter);
- "today" on a "would" in an "if"/"whether" clause under a present predicate ("I'm not sure if I would opt for a
  rewrite in Rust today") is the present age (find/date_figurative.open_question_today).
Pages are saved pages of ../shared/eval, read in place through the whole pipeline."""

from __future__ import annotations

from conftest import dates_reader, gold_article, text_facts

PAGES = {
    "rocket": ("webpages", "d72fb72c58a99503"),
    "cork": ("webpages", "2fc951f9a1ecac76"),
    "rust": ("webpages", "750955e516e256de"),
}

dates_in = dates_reader(PAGES)


def _texts(sentence: str) -> list[str]:
    return [f.text for f in text_facts(sentence, "date")]


def test_week_that_passes_in_a_weekly_cycle_is_no_date():
    assert dates_in("rocket", "after the week has passed") == []


def test_month_that_is_up_is_a_term_no_date():
    assert dates_in("cork", "after the month was up") == []


def test_period_ending_in_a_story_keeps_its_date():
    assert _texts("After the week ended, prices fell.") == ["the week"]
    assert _texts("As the year comes to an end, it's time to sit back and reflect.") == ["the year"]
    assert _texts("The bill will pass before the year is out.") == ["the year"]
    # no habit: a challenge of this week that passes
    assert _texts("The new challenges were inaccessible after the week had passed.") == ["the week"]


def test_quarter_adjective_of_recent_years_is_no_date():
    facts = gold_article("geowebnews.jsonl", "geowebnews:207").facts or []
    dates = [f.text for f in facts if f.kind == "date" and "first-quarter data in recent years" in (f.sentence or "")]
    assert "first-quarter" not in dates


def test_quarter_adjective_of_the_story_keeps_its_date():
    assert _texts("There was weaker first-quarter data and adverse weather, the ministry said.") == ["first-quarter"]
    assert "the first quarter" in _texts("In recent years, sales grew, and they rose in the first quarter.")


def test_today_of_a_choice_weighed_now_is_no_date():
    assert dates_in("rust", "I would opt for a rewrite in Rust today") == [("2020", "2020"), ("2014", "2014")]


def test_today_of_a_reported_will_keeps_its_day():
    assert _texts("He asked if I would come to the office today.") == ["today"]
    assert _texts("I'm not sure if he will come today.") == ["today"]
