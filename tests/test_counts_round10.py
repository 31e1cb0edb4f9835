"""Counts a careful news reader would sign, round 10 (issue 17): "one" as the indefinite article of an example,
and a page's counter run into the text.

Not counts: "one X after another" even after "than" ("other than one iteration after another"); an example
picked out ("one Instagram picture in particular", "In one episode of the show, for instance"); a sentence that
opens with "One" and its noun described by an appositive or a participle, then an active verb with an object or a
complement ("One drug routinely used, 17-beta oestradiol, is a known cause", "One renewable-energy plant—a
geothermal power station—was actually providing more power"); a number of reviews glued to a bare noun ("badge
55 reviews").

Each test reads a real page of ../shared/eval in place through the whole pipeline (test_counts_real.page_facts),
fails without its rule or its words in extractor/data, and checks that a true count beside it stays a count.
"""

from __future__ import annotations

from test_counts_real import page_facts

_CELINE = "pawszilla.com/pop-culture/celebrities/fans-expressed-fears-celine-dions-appearance"


def test_one_x_after_another_after_than():
    # "..., or anything else other than one iteration after another of attacking Trump."
    page = "nationalreview.com/2019/11/trump-impeachment-inquiry-adam-schiff"
    assert "one" not in page_facts(page, "other than one iteration after another", "count")


def test_one_picked_out_as_an_example():
    # "And one Instagram picture in particular appeared to draw a lot of attention."
    assert "one" not in page_facts(_CELINE, "one Instagram picture in particular", "count")
    # "In one episode of the show, for instance, she announces, “Turn on the TV, ...”"
    assert "one" not in page_facts(_CELINE, "In one episode of the show, for instance", "count")
    # "... to run a number of containers in parallel on one machine (for example, while building ...)": the example
    # is of the clause, "one machine" counts
    facts = page_facts("pluralsight.com/tech-blog/managing-python-environments", "in parallel on one machine", "count")
    assert facts["one"]["counted"] == "machine"


def test_one_opening_a_sentence_with_an_appositive_or_a_participle():
    # "... a practice banned by the EU since 1989. One drug routinely used, 17-beta oestradiol, is a known cause of
    # cancer in humans."
    facts = page_facts("dailymail.co.uk/news/article-8772683", "One drug routinely used", "count")
    assert "One" not in facts
    assert facts["up to a million"]["counted"] == "chickens"
    # "One renewable-energy plant—a geothermal power station—was actually providing more power than ..."
    page = "theatlantic.com/ideas/archive/2020/08/californias-disasters"
    assert "One" not in page_facts(page, "One renewable-energy plant", "count")
    # "One group of now mostly senior citizen organizers, known as The Reckoning Crew, initially endorsed Senator
    # Kamala Harris."
    page = "cbsnews.com/news/2020-presidential-election-south-carolina-black-voters"
    assert "One" not in page_facts(page, "One group of now mostly senior citizen organizers", "count")


def test_one_as_the_subject_of_a_passive_event_stays_a_count():
    # "One person was injured and hospitalized."
    page = "registerguard.com/news/20200413/second-suspect-in-shooting"
    facts = page_facts(page, "One person was injured and hospitalized", "count")
    assert facts["One"]["counted"] == "person"


def test_a_counter_of_reviews_glued_to_a_bare_noun():
    # "thumbs up i want badge 55 reviews I had earlier tried a few shots with a copy of the 45-175x ..."
    page = "optimussearch.com.ph/2020/06/02/no-membership-required"
    assert "55" not in page_facts(page, "i want badge 55 reviews", "count")
    # "Amazon has over 20,800 user reviews with a strong positive score and ..."
    page = "ign.com/articles/2019/11/18/daily-deals-more-black-friday-deals"
    assert page_facts(page, "Amazon has over 20,800 user reviews", "count")["over 20,800"]["counted"] == "user reviews"
