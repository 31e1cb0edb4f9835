"""Dates of round 67:
- a weekday followed by "last" or "next" ("on Thursday last", "Monday next": the British, Irish and Caribbean order)
  is that weekday shifted, read as "last Thursday" is (dates.json weekday atom);
- a month or season in a generic habitual statement in the simple present is no date of the story
  (find/date_generic, find/date_nonrefs.recurring_months);
- a rolling window of a year or longer in a page with no date is read from the story's present
  (find/date_undated._long_window).
Pages are saved pages of ../shared/eval, read in place through the whole pipeline."""

from __future__ import annotations

from conftest import dates_reader, gold_article, text_facts

PAGES = {
    "hunter": ("webpages", "d85c162b4c339280"),
    "bougainvillea": ("webpages", "9b235e0fa43f2255"),
}

dates_in = dates_reader(PAGES)


def test_weekday_then_last_is_last_weekday():
    # a page of Friday 2022-05-06: "Thursday last" is read as "last Thursday" is, the span takes the shift word
    # (the sentence's first "on Thursday" is the day the sister spoke; her "Thursday last", said on a Thursday, is the
    # one a week before: round 85, date_deictic.last_before_speech)
    assert dates_in("hunter", "on Thursday last to go hunting") == [
        ("Thursday", "2022-05-05"),
        ("Thursday last", "2022-04-28"),
    ]


def test_weekday_then_last_on_that_weekday_is_the_week_before():
    # "Friday last" on a Friday is the Friday before, not the page's own day (a page's Friday reads the same way
    # as "last Friday" does)
    facts = [(f.text, f.value) for f in text_facts("He left home on Friday last to go hunting.", "date")]
    assert facts == [("Friday last", None)]


def test_weekday_last_before_its_own_noun_is_no_shift():
    # "Thursday last year": "last" modifies "year", the weekday stands alone
    facts = [f.text for f in text_facts("The shop opened on Thursday last year.", "date")]
    assert "Thursday last" not in facts


def _gold_dates(corpus: str, doc_id: str, snippet: str) -> list[str]:
    facts = gold_article(corpus, doc_id).facts or []
    return [f.text for f in facts if f.kind == "date" and snippet in (f.sentence or "")]


def test_months_of_a_kind_of_things_recurrence_are_no_date():
    # "the majority of storms occur between mid-August and mid-October": every year's months, not this year's
    dates = _gold_dates("geowebnews.jsonl", "geowebnews:213", "the majority of storms occur")
    assert "mid-August" not in dates and "mid-October" not in dates


def test_months_of_one_set_of_things_keep_their_date():
    # "These storms occur in September", "Three storms occur in September": one set of storms keeps its month
    for sentence in ("These storms occur in September.", "Three storms occur in September."):
        assert [f.text for f in text_facts(sentence, "date")] == ["September"]


def test_season_called_an_activity_time_is_any_season():
    # "late winter might be peak bloom time": what any late winter is for, no season of the calendar
    assert dates_in("bougainvillea", "late winter might be peak bloom time") == []


def test_past_season_called_an_activity_time_keeps_it():
    assert [f.text for f in text_facts("Winter was peak bloom time.", "date")] == ["Winter"]


def test_long_window_of_an_undated_story_reads_from_its_present():
    # no publication date; the caption's "Friday, March 30, 2018" and the story's "Friday", "Saturday", "Sunday"
    # give the present: "fifth in the last eight years" is the eight years up to it, its near end within those days;
    # the final "on Sunday" the story looks ahead to ends the present (round 78: date_undated._story_present)
    found = [
        (f.text, f.value)
        for f in gold_article("geowebnews.jsonl", "geowebnews:104").facts or []
        if f.kind == "date" and "fifth in the last eight years" in (f.sentence or "")
    ]
    assert found == [("the last eight years", "2010-03-30/2018-04-01")]
