"""Counts a careful news reader would sign, round 72 (issue 17): a number hyphened to the parts a thing has.

- "The new version gets a new 149 horsepower, 2-liter four-cylinder engine": by the audit guide's capacity
  compounds, a number hyphened to parts the thing has stays a count ("a 500-seat theatre"), so "four-cylinder",
  "a four-door coupe", "five-link suspension" count cylinders, doors and links (quantity_exclusions.json
  modifier_words no longer lists cylinder, door, valve, spoke, link; 'a 10-speed automatic transmission', its
  gearing, stays a kind).
- "the compact four-door has been redesigned from the ground-up": the compound heads its own noun phrase, no noun
  after it, and names the car by its parts, as "a two-seater" does: no count (counts._named_by_parts).
"""

from __future__ import annotations

from test_counts_real import page_facts

_SENTRA = "autoindustriya.com/auto-industry-news/all-new-2020-sentra-is-what-we-really-want-from-nissan"
_SPORTBACK = "slashgear.com/2020-audi-e-tron-sportback-revealed-as-electric-4-door-coupe"


def test_a_number_hyphened_to_an_engines_cylinders_counts_them():
    facts = page_facts("ctpost.com/news/us/article/New-SUVs", "2-liter four-cylinder engine", "count")
    assert (facts["four"]["value"], facts["four"]["counted"]) == (4, "cylinder")


def test_doors_and_links_hyphened_before_the_car_are_counted():
    facts = page_facts(_SPORTBACK, "More akin to a four-door coupe", "count")
    assert facts["four"]["counted"] == "door"
    assert page_facts(_SPORTBACK, "five-link suspension", "count")["five"]["counted"] == "link"


def test_a_compound_that_names_the_car_by_its_parts_counts_nothing():
    assert "four" not in page_facts(_SENTRA, "the compact four-door has been redesigned", "count")
    assert "10" not in page_facts(
        "autoindustriya.com/auto-industry-news/lexus-wants-you-to-go-topless", "10-speed automatic", "count"
    )
