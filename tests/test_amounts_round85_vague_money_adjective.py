"""Amounts a careful news reader would sign, round 85 (issue 17): a vague sum of money with an adjective before
its currency name.

- "Oklahoma Republicans passed a tax hike for hundreds of millions of new dollars for public schools and teacher pay
  raises." (news_gold geowebnews): 'new' between the 'of' and 'dollars' hid the currency, so the finder counted
  'new dollars'. An adjective of currencies.json vague_money_adjectives may stand there ('billions of additional
  dollars', 'millions of taxpayer dollars'): the sum is money at least that large, its dollar the page's as for any
  bare 'dollars' (find/amounts._vague_money_name). With no currency after the adjective ('hundreds of new jobs')
  the count stays.
"""

from __future__ import annotations

from test_counts_real import corpus_line, found


def test_hundreds_of_millions_of_new_dollars_is_money():
    line = corpus_line("geowebnews.jsonl", "hundreds of millions of new dollars")
    facts = found(line)
    money = facts["hundreds of millions of new dollars"]
    assert money["kind"] == "amount"
    assert (money["low"], money["unit"]) == (200_000_000, "USD")
    assert "hundreds of millions" not in facts


def test_other_adjectives_before_dollars():
    facts = found("The city wasted millions of taxpayer dollars on the stadium.")
    assert facts["millions of taxpayer dollars"]["kind"] == "amount"


def test_an_adjective_before_a_noun_that_is_no_money_keeps_the_count():
    facts = found("The plant will create hundreds of new jobs in the county.")
    assert facts["hundreds"]["kind"] == "count"
    assert facts["hundreds"]["counted"] == "new jobs"
