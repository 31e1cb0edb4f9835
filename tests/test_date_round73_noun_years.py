"""Round 73 dates: on a page with no date at all, a year-less day whose phrase follows a noun its clause names by a
year is of that year (find/date_undated.noun_year: "for its 2018 ... Benefit ... on April 24"), the same day said
elsewhere in the text then too (story_year); a span of two years names none (its autumn and winter months are
read by span_season_year, round 102). A bare month inside a quoted title of a
work after a possessive name is a word of the title, no date (find/date_names.quoted_title_month); a quoted speech's
month stays a date."""

from __future__ import annotations

from conftest import gold_article, text_facts


def test_a_day_after_the_noun_its_clause_names_by_a_year_is_of_that_year():
    facts = gold_article("geowebnews.jsonl", "geowebnews:134").facts or []
    days = [(f.sentence[:20], f.value) for f in facts if f.kind == "date" and f.text == "April 24"]
    assert days == [("The event will run f", "2018-04-24"), ("The AWC, which suppo", "2018-04-24")]


def test_a_season_span_of_two_years_names_no_year_for_a_day():
    # noun_year reads no one year from a span; a spring month of it stays null (round 102: span_season_year reads
    # an autumn month in its first year, "from Nov. 3 to 6" 2016, tests/test_date_round102_seasonspan.py)
    facts = text_facts(
        "One of her most recent successes was being named to the 2016-17 Team Alberta junior development team at"
        " the Skate Canada Sectionals in Edmonton from May 3 to 6.",
        "date",
    )
    assert [(f.text, f.value) for f in facts if f.text == "May 3 to 6"] == [("May 3 to 6", None)]


def test_a_month_inside_a_quoted_title_after_an_author_is_no_date():
    facts = text_facts(
        "The other poems in “Sudden Strangeness” include dispatches from physician-poets (John Okrent's “Two Days"
        " in March,” Amit Majmudar's “An American Nurse Foresees her Death”), a meditation on grief and loneliness"
        " (Kamilah Aisha Moon's “Storm”) and a take on new parenthood during a time of social distance (Joshua"
        " Bennett's “Dad Poem”).",
        "date",
    )
    assert [f.text for f in facts] == []


def test_a_month_inside_a_quoted_speech_stays_a_date():
    facts = text_facts(
        "“Moreover, Russia also failed to fulfill its agreed cuts in November so far,” they said.", "date"
    )
    assert [f.text for f in facts] == ["November"]
