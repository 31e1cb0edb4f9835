"""Counts and amounts a careful reader marks that the extractor missed (recall sample of session 6, seed 6060 and
a scan of the article pages' uncovered numbers): vague multiples ('several hundred', 'a few thousand'), a count
before a country's name and a plural ('some 200 U.S. military personnel'), a hyphened percent ('80-percent').

Each test reads a real page of ../shared/eval in place through the whole pipeline (test_counts_real.page_facts),
fails without its rule or its data, and checks that the neighbouring non-facts stay out.
"""

from __future__ import annotations

from test_counts_real import page_facts

from extractor.normalize.numbers import find_numbers


def test_several_thousand_counts_its_noun():
    # "Indianapolis – Several thousand teachers wearing red surrounded the Indiana Statehouse ..."
    page = "detroitnews.com/story/news/nation/2019/11/19/thousands-teachers-pack-indiana-statehouse"
    fact = page_facts(page, "Several thousand teachers", "count")["Several thousand"]
    assert (fact["value"], fact["low"], fact["qualifier"], fact["counted"]) == (None, 3000, "approximate", "teachers")


def test_a_few_thousand_counts_its_noun():
    # "... nanoinfluencers (people with only a few thousand followers on Instagram at most), are now paid ..."
    fact = page_facts("wired.com/story/instagram-business-accounts-analytics", "a few thousand followers", "count")
    assert (fact["a few thousand"]["low"], fact["a few thousand"]["counted"]) == (2000, "followers")


def test_several_hundred_and_several_dozen_with_no_noun():
    # "... (which called it “immaterial”) and Gannett reportedly laid off several hundred."
    page = "latimes.com/business/story/2019-11-19/gannett-gatehouse-merger"
    assert page_facts(page, "laid off several hundred", "count")["several hundred"]["low"] == 300
    # "... where he was warmly greeted by a crowd of several dozen."
    page = "ctpost.com/news/article/Deval-Patrick-takes-nascent-2020-campaign"
    assert page_facts(page, "a crowd of several dozen", "count")["several dozen"]["low"] == 36


def test_vague_multiple_not_before_a_hyphen_nor_over_a_number():
    assert [n.vague for n in find_numbers("several hundred-year-old trees")] == []
    assert [(n.value, n.vague) for n in find_numbers("a few hundred thousand")] == [(200000.0, True)]


def test_count_before_a_country_name_and_a_plural():
    # "Some 200 U.S. military personnel are believed to remain at the al-Tanf base."
    page = "polygraph.info/a/fact-check-russia-us-al-tanf-rukban"
    fact = page_facts(page, "Some 200 U.S. military personnel", "count")["Some 200"]
    assert (fact["value"], fact["counted"]) == (200, "U.S. military personnel")
    # "... its popular 737 Max jet in less than five months that killed a total of 346 people." stays a model
    facts = page_facts("cnbc.com/2019/11/20/emirates-inks-order", "its popular 737 Max jet", "count")
    assert "737" not in facts and "346" in facts


def test_hyphened_percent():
    # "... suggesting that the Sportback 55 should be able to top up to 80-percent in under thirty minutes."
    page = "slashgear.com/2020-audi-e-tron-sportback-revealed"
    facts = page_facts(page, "80-percent", "amount")
    (fact,) = [f for t, f in facts.items() if "80-percent" in t]
    assert (fact["value"], fact["unit"]) == (80, "%")


def test_vague_multiple_before_a_unit_is_a_measure():
    # "... and without realizing it, we’ve consumed several hundred calories without even enjoying our food, ..."
    page = "beachbodyondemand.com/blog/ilana-muhlstein-game-day-snacks"
    facts = page_facts(page, "several hundred calories", "amount")
    fact = facts["several hundred calories"]
    assert (fact["value"], fact["low"], fact["unit"]) == (None, 300, "kcal")
    assert "several hundred" not in page_facts(page, "several hundred calories", "count")
