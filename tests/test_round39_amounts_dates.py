"""Amounts and dates a careful reader would sign, round 39 (issue 17): 'plus' that adds an amount, and a holiday
that names a title's theme.

- "The promotion cuts $30 plus about $20 in service charges": 'plus' before another amount, even one opened by a
  qualifier word or 'another' (quantity_qualifiers.json sum_fillers and before), adds it, so the first amount is
  exact; 'salaries of $100,000 plus' (at the end) and '$100,000 plus benefits' (a noun after) stay at_least.
- "15-Minute Halloween Dance Workout": a holiday that modifies a run of capitalised nouns closing a line of its own
  (a video's, a product's, a guide's title with no verb) is the theme, no date (find/date_names.holiday_theme);
  a headline with a verb ("Daily Deals: More Black Friday Deals Are Live, ...") keeps its day.

Each test reads a real text of ../shared/eval in place and fails without the rule.
"""

from __future__ import annotations

from conftest import gold_article
from test_counts_real import page_facts

import extractor


def _amounts(text: str) -> dict[str, tuple]:
    facts = extractor.extract_text(text, "news").facts or []
    return {f.text: (f.qualifier, f.value) for f in facts if f.kind == "amount"}


def test_plus_before_a_qualified_amount_adds_it():
    # geowebnews:146: "The promotion cuts $30 plus about $20 in service charges from the current price of two-day
    # passes."
    facts = gold_article("geowebnews.jsonl", "geowebnews:146").facts or []
    amounts = {f.text: (f.qualifier, f.value, f.low) for f in facts if f.kind == "amount"}
    assert amounts["$30"] == ("exact", 30, None)
    assert amounts["about $20"] == ("approximate", 20, None)
    assert _amounts("Delivery costs $30 plus another $5 on weekends.")["$30"] == ("exact", 30)
    # 'plus' at the end or before a noun bounds from below
    assert _amounts("They earn salaries of $100,000 plus.")["$100,000 plus"] == ("at_least", 100000)
    assert _amounts("They earn $100,000 plus benefits.")["$100,000 plus"] == ("at_least", 100000)


def test_holiday_in_a_title_of_nouns_is_a_theme():
    # "These Halloween-themed workout videos ...\n\n15-Minute Halloween Dance Workout\n\nBrought to you by ..."
    page = "get-in-the-spooky-spirit-with-these-halloween-workouts"
    assert page_facts(page, "15-Minute Halloween Dance Workout", "date") == {}
    # a headline with a verb names the day's deals: "Daily Deals: More Black Friday Deals Are Live, Including ..."
    deals = page_facts("daily-deals-more-black-friday-deals-are-live", "More Black Friday Deals Are Live", "date")
    assert "Black Friday" in deals
