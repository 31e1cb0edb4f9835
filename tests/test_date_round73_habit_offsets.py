"""Round 73 dates: a count "later" or "earlier" on a verb of the simple present in a sentence of habit is a lag that
recurs, no date (find/date_generic.generic_offset; habit_words in dates.json: "time and time again"); a count told in
the past stays the story's date."""

from __future__ import annotations

from conftest import text_facts


def test_a_count_later_in_a_habit_of_the_present_is_no_date():
    facts = text_facts(
        "Omicron BA.2 has already been detected in 8.7 percent of sequences reported from South America, and the"
        " Director noted that “time and time again, we’ve seen how the infection dynamics in Europe are mirrored"
        " here just a few weeks later,” but we now “know what it takes to protect our people.”",
        "date",
    )
    assert [f.text for f in facts] == []


def test_a_count_later_told_in_the_past_stays_a_date():
    facts = text_facts("I opened a ticket and a few days later I created a pull request with the fix.", "date")
    assert [f.text for f in facts] == ["a few days later"]


def test_a_count_later_on_a_present_perfect_stays_a_date():
    # generic_offset's "no perfect": the pipeline runs no lemmatizer, so the check reads the auxiliary's own form (a
    # lemma test was never true and the perfect fell into the habit reading)
    facts = text_facts("Usually the company has published the results two weeks later.", "date")
    assert [f.text for f in facts] == ["two weeks later"]
