"""Counts a careful news reader would sign, round 16 (issue 17): numbers that look like counts but say no 'how many'.

- "Spain's 14-day cumulative rate of cases per 100,000 of population has fallen below 400", "the air quality index
  in Delhi right now is 218": a number that counts no noun and is the value a rate or a rating scale's index takes
  (count_values._rate_value, data/count_values.json rate_nouns and rating_indexes) says how high, not how many. A
  stock index keeps its level: MEANTIME's readers mark "The index has not closed above 8,000".
- "I couldn't walk out my front door without a million paparazzi", "It can seem like there's a thousand choices",
  "I made things a billion times faster": a bare round "a million" with no hedge, after a word of a figure of
  speech or before "times" or a noun of an idiom, is an exaggeration (count_forms._hyperbole, data/count_forms.json
  hyperbole_*). A report keeps its count: "A million people have been displaced since December".
- "I highly recommend option 1. You always will get trouble with 2 or 3.": a bare one-digit number that counts no
  noun, in a block that has named a numbered option before it, names another option (count_labels._option_reference,
  data/count_labels.json option_nouns); "there seems to be 3 different approaches" on the same page still counts.

Each test reads a real page of ../shared/eval in place through the whole pipeline (test_counts_real.page_facts)
and fails without its rule or its words.
"""

from __future__ import annotations

from test_counts_real import corpus_line, found, page_facts


def test_the_value_of_a_rate_per_population_counts_nothing():
    # "Sánchez said Spain's 14-day cumulative rate of cases per 100,000 of population has fallen below 400."
    page = "hutchnews.com/ZZ/news/20201123/latest-germanys-curevac-signs-contract-for-new-vaccine"
    facts = page_facts(page, "cumulative rate of cases per 100,000", "count")
    assert not {"below 400", "400"} & set(facts)


def test_the_value_of_an_air_quality_index_counts_nothing():
    # "Also, in case you want to know, the air quality index in Delhi right now is 218, which is in 'poor' category."
    page = "newsnation.in/fact-check/news/fact-check-is-an-oxygen-bar-in-delhi-offering-fresh-air-for-rs-300-244592"
    assert "218" not in page_facts(page, "the air quality index in Delhi right now is", "count")
    # "... reported Wednesday that the air quality index reached 408, earning a rating of "hazardous.""
    page = "vox.com/science-and-health/2019/11/8/20948348/delhi-india-air-pollution-quality-cause"
    assert "408" not in page_facts(page, "the air quality index reached 408", "count")


def test_a_stock_index_keeps_its_level():
    # MEANTIME: "... ending the day at 8,017. The index has not closed above 8,000 since February."
    line = corpus_line("meantime_en_numbers.jsonl", "The index has not closed above 8,000")
    assert "above 8,000" in found(line, kind="count")


def test_a_bare_round_number_in_a_figure_of_speech_counts_nothing():
    # "Alley went on, "I couldn't walk out my front door without a million paparazzi just taking the worst pictures"
    page = "pawszilla.com/pop-culture/celebrities/fans-expressed-fears-celine-dions-appearance-savagely-responded/21"
    assert "a million" not in page_facts(page, "without a million paparazzi", "count")
    # ""It can seem like there's a thousand choices for where to put your money and where your audience might be"
    page = "spokesman.com/stories/2019/nov/19/meth-were-on-it-spokane-ad-agencies-divided-on-sou"
    assert "a thousand" not in page_facts(page, "a thousand choices", "count")
    # "Usually, this is the part of the post where I tell you I made things a billion times faster, but ..."
    page = "schneems.com/2018/10/09/pair-with-me-rubocop-cop-that-detects-duplicate-array-allocations"
    assert "a billion" not in page_facts(page, "a billion times faster", "count")


def test_a_bare_round_number_in_a_report_still_counts():
    # "A million people have been displaced since December near Turkey's southern border, causing what ..."
    page = "globalnews.ca/news/6620622/syria-turkey-strikes-conflict"
    facts = page_facts(page, "have been displaced since December", "count")
    assert (facts["A million"]["value"], facts["A million"]["counted"]) == (1000000, "people")


def test_a_bare_digit_after_a_numbered_option_names_an_option():
    # "I highly recommend option 1. You always will get trouble with 2 or 3."
    page = "reddit.com/r/Python/comments/1bbbwk/whats_your_opinion_on_what_to_include_in_init_py"
    assert not {"2 or 3", "2", "3"} & set(page_facts(page, "You always will get trouble with 2 or 3", "count"))
    # "Considering a package with multiple modules (and possibly sub-packages), there seems to be 3 different
    # approaches:"
    facts = page_facts(page, "there seems to be 3 different approaches", "count")
    assert (facts["3"]["value"], facts["3"]["counted"]) == (3, "different approaches")
