"""Counts and amounts a careful news reader would sign, round 24 (issue 17): multipliers, vague pairs, 'N-plus',
fractions of a percent.

- 'N times higher/lower/greater' compares two sizes of one thing, as 'N times more' does: a multiplier, no count
  (count_measures.json comparative_amounts). 'four times faster' stays a number: MEANTIME's readers mark it.
- 'one or two' whose 'one' is no count on its own is still one vague pair, not an exact two; 'the next NOUN or
  two' is one or two of the noun as 'a NOUN or two' is (count_values.either_or).
- 'a 700-plus-page tome': 'plus' hyphened between a number and its noun bounds it from below, as '700+' does
  (reading.qualifier_after).
- 'half a percent', 'half of a percentage point': a fraction word takes its percent after 'a' (amounts.py
  _fraction_of_a_percent).
- 'The Japanese yen strengthened ... at 108.55 per dollar': a bare number before 'per' and a currency is an amount
  of the one other currency the sentence names (amounts.py _quoted_currency); with none or several, no guess.

Each test reads a real page of ../shared/eval in place through the whole pipeline (test_counts_real.page_facts)
and fails without its rule.
"""

from __future__ import annotations

from test_counts_real import page_facts

_FLU = "doctors-offer-to-give-free-flu-shots"  # an nbcnews.com story as msn.com ran it
_MEIN_KAMPF = "villagevoice.com/party-like-its-1923"
_YIELDS = "f63794abaa5a1d87"


def test_times_higher_is_a_multiplier():
    # "in-feed ads generate the highest CTR ..., 2.5 times greater than ads in recommendation widgets and about 10
    # times higher than ads within in-ad units."
    assert "about 10" not in page_facts("my6sense.com/2018/02/15", "about 10 times higher", "count")
    # "the three deaths of detained children ... are nine times higher than the expected death rate"
    facts = page_facts(_FLU, "nine times higher", "count")
    assert "nine" not in facts and "three" in facts  # the deaths beside it stay counted
    # "Americans have gone to the polls four times this month": times that happened stay counted
    assert page_facts("nytimes.com/2019/11/19/opinion", "four times this month", "count")["four"]["counted"] == "times"


def test_one_or_two_is_one_vague_pair():
    # "I got into a routine of parrying one or two and blocking the rest."
    facts = page_facts("vg247.com/2019/11/20/star-wars-jedi", "parrying one or two", "count")
    assert "two" not in facts
    pair = facts["one or two"]
    assert (pair["low"], pair["high"], pair["qualifier"]) == (1, 2, "approximate")
    # "... may want to skip the next section or two."
    two = page_facts("750955e516e256de", "the next section or two", "count")["two"]
    assert (two["value"], two["high"], two["qualifier"], two["counted"]) == (None, 2, "approximate", "section")


def test_hyphened_plus_is_at_least():
    # "with the 700-plus-page tome becoming a de rigueur wedding gift across the country"
    page = page_facts(_MEIN_KAMPF, "700-plus-page tome", "count")["700-plus"]
    assert (page["low"], page["qualifier"], page["counted"]) == (700, "at_least", "page")
    # "the 1,000-plus-page RN: The Memoirs of Richard Nixon."
    assert page_facts(_MEIN_KAMPF, "1,000-plus-page", "count")["1,000-plus"]["qualifier"] == "at_least"


def test_fraction_of_a_percentage_point():
    # "if the tax were 50 basis points (or half of a percentage point), the annual yield ... would drop by more
    # than two percentage points"
    facts = page_facts(_YIELDS, "half of a percentage point", "amount")
    assert (facts["half of a percentage point"]["value"], facts["half of a percentage point"]["unit"]) == (0.5, "%")
    assert facts["50 basis points"]["value"] == 0.5 and facts["more than two percentage points"]["value"] == 2
    # "annual yields would still drop by just more than half of a percentage point."
    more = page_facts(_YIELDS, "just more than half of a percentage point", "amount")
    assert more["more than half of a percentage point"]["qualifier"] == "more_than"


def test_exchange_rate_per_dollar_is_in_the_named_currency():
    # "The Japanese yen strengthened 0.13% versus the greenback at 108.55 per dollar, while Sterling GBP= was last
    # trading at $1.2925, down 0.21% on the day."
    facts = page_facts("idUSKBN1XT00W", "108.55 per dollar", "amount")
    assert (facts["108.55"]["value"], facts["108.55"]["unit"]) == (108.55, "JPY")
    assert facts["$1.2925"]["unit"] == "USD"
