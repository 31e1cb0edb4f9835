"""Counts a careful news reader would sign, round 13 (issue 17): where the counted noun stops, and a part of a
duration named by a pronoun.

- The counted noun runs on over a coordinated noun only when the number counts it too: not a noun with its own
  quantity ("two shotguns and hundreds of rounds"), its own determiner ("two goals and an assist"), a name after a
  common noun ("made 30 saves and Minnesota beat Buffalo"), or a plural after "one" ("the juice of one lemon,
  spices, and fruit pectin").
- A singular noun with "a" before a number above one ("a 50 slip marina, gas docks, restaurants") has the number in
  a modifier: the list after it is not counted. Nor is a list after a comma with as many items as the number ("three
  elements, leadership styles, situational variables and the interrelationship"): it names the counted things.
- A modifier that is the unit of another number ("1 large or 1200 g whole chicken") is not part of the counted noun.
- "for 24 years, 14 of which he has spent working": a part of time units named by "of which" / "of them" is a
  duration, not a count.
- "cases have surpassed half a million": a number that counts no noun after a verb of passing a mark is more than
  that mark.

Each test reads a real page of ../shared/eval in place through the whole pipeline (test_counts_real.page_facts)
and fails without its rule or its words in extractor/data/count_values.json.
"""

from __future__ import annotations

from test_counts_real import page_facts


def test_a_singular_noun_after_a_and_a_number_keeps_no_list():
    # "We'll have a 50 slip marina, gas docks, restaurants, RV parking, cabins, it will be sort of a nice resort ..."
    page = "abc7news.com/camp-margaritaville-resort-napa-county-lake-berryessa"
    assert page_facts(page, "a 50 slip marina, gas docks", "count")["50"]["counted"] == "slip marina"


def test_a_conjunct_with_a_quantity_of_its_own_is_not_counted():
    # "... a loaded .45-caliber handgun, three rifles, two shotguns and hundreds of rounds of ammunition at his home"
    page = "nbcnews.com/news/us-news/new-york-man-pleads-guilty-threatening-kill-rep-ilhan-omar"
    assert page_facts(page, "two shotguns and hundreds of rounds", "count")["two"]["counted"] == "shotguns"


def test_a_conjunct_with_its_own_determiner_or_a_name_is_not_counted():
    # "Zach Parise scored twice, Alex Stalock made 30 saves and Minnesota beat Buffalo."
    page = "timesunion.com/sports/article/Nelson-s-OT-goal-lifts-Isles"
    assert page_facts(page, "made 30 saves and Minnesota beat", "count")["30"]["counted"] == "saves"
    # "Anthony Duclair had two goals and an assist, and Ottawa held on to beat Detroit."
    assert page_facts(page, "Anthony Duclair had two goals and an assist", "count")["two"]["counted"] == "goals"


def test_one_counts_no_plural_after_it():
    # "Add the juice of one lemon, spices, and fruit pectin."
    page = "theantijunecleaver.com/2017/12/spiced-honey-pear-jam-recipe"
    assert page_facts(page, "Add the juice of one lemon, spices", "count")["one"]["counted"] == "lemon"


def test_a_list_of_as_many_items_names_the_counted_things():
    # "Thus, this model is comprised of three elements, leadership styles, situational variables and the ..."
    page = "businessjargons.com/leadership-styles"
    assert page_facts(page, "comprised of three elements, leadership", "count")["three"]["counted"] == "elements"


def test_the_unit_of_another_number_is_not_counted():
    # "1 large or 1200 g whole chicken"
    page = "nestle-family.com/en/recipes/roasted-chicken-oriental-rice"
    assert page_facts(page, "1 large or 1200 g whole chicken", "count")["1"]["counted"] == "whole chicken"


def test_a_part_of_years_named_by_of_which_is_a_duration():
    # "Born in Ecuador, he has lived in the UK for 24 years, 14 of which he has spent working for Transport for ..."
    page = "laprensalatina.com/uncertain-future-for-britains-essential-workers-after-brexit"
    assert "14" not in page_facts(page, "24 years, 14 of which he has spent", "count")


def test_a_number_after_a_verb_of_passing_a_mark_is_more_than_it():
    # "Indonesia's confirmed coronavirus cases have surpassed half a million as the government of the world's ..."
    page = "hutchnews.com/ZZ/news/20201123/latest-germanys-curevac-signs-contract"
    fact = page_facts(page, "cases have surpassed half a million", "count")["half a million"]
    assert (fact["qualifier"], fact["low"]) == ("more_than", 500000)
    # "New data on Thursday showed unemployment claims had topped 6 million for the second week in a row, ..."
    page = "bbc.com/news/world-us-canada-52241221"
    assert page_facts(page, "claims had topped 6 million", "count")["6 million"]["qualifier"] == "more_than"
