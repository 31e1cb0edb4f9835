"""Counts, round 30 (issue 17, r30-counts).

- 'a very small number of two bedroomed flats': a number right before a noun made an adjective by -ed (data/
  count_values.json noun_ed_stems: 'bedroomed', 'legged', 'wheeled') counts that noun for each thing, as the
  hyphened 'two-bedroom flats' counts bedrooms, not the flats (count_nouns._noun_adjective); a participle ('two
  infected patients') still counts its noun.
- 'he has one from a Progressive Caucus member, one from the CBC, one from a member in a Trump district': a
  spelled-out 'one' before 'from' in a list of two or more such items counts the noun named before (endorsements)
  (counts._listed_item); 'the one from the US' and a lone 'one from' stay pronouns.

Each test reads a real page of ../shared/eval in place through the whole pipeline and fails without its rule.
"""

from __future__ import annotations

from test_counts_real import found, page_facts


def test_number_before_noun_made_adjective_counts_that_noun():
    # belfastlive.co.uk/news/belfast-news/dup-councillor-says-offensive-signs-28035373: "we had been considering using
    # a very small number of two bedroomed flats for short term accommodation."
    page = "dup-councillor-says-offensive-signs-28035373"
    assert page_facts(page, "two bedroomed flats", "count")["two"]["counted"] == "bedroomed"
    # the hyphened form counts bedrooms too; a doubled consonant is undone ('legged': leg)
    assert found("They rent two-bedroom flats.", kind="count")["two"]["counted"] == "bedroom"
    assert found("She sat on a three legged stool.", kind="count")["three"]["counted"] == "legged"
    # a participle is no noun of each thing: the patients are counted
    assert found("Doctors saw two infected patients.", kind="count")["two"]["counted"] == "infected patients"


def test_listed_one_from_counts_the_noun_named_before():
    # fivethirtyeight.com/features/the-2020-endorsement-race-is-getting-interesting: "He doesn't have a single
    # endorsement from the Hispanic Caucus members or the Blue Dogs; he has one from a Progressive Caucus member, one
    # from the CBC, one from a member in a Trump district and four among the New Democrats."
    page = "the-2020-endorsement-race-is-getting-interesting"
    facts = page_facts(page, "one from the CBC", "count")
    assert facts["one"]["value"] == 1 and "four" in facts
    # a determiner before it makes it a pronoun, as does a lone 'one from'
    assert "one" not in found("There will be no competing request to the one from the US.", kind="count")
    assert "one" not in found("He picked one from the shelf.", kind="count")
