"""Counts a careful news reader would sign, round 16 (issue 17): numbers that look like counts but say no 'how many'.

- "Spain's 14-day cumulative rate of cases per 100,000 of population has fallen below 400", "the air quality index
  in Delhi right now is 218": a number that counts no noun and is the value a rate or a rating scale's index takes
  (count_values._rate_value, data/count_values.json rate_nouns and rating_indexes) says how high, not how many. A
  stock index keeps its level: MEANTIME's readers mark "The index has not closed above 8,000".

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
