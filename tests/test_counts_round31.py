"""Counts, round 31 (issue 17, r31-counts).

- 'Glass was 20-of-24 passing': a stat line hyphened with 'of' is a record, as '2-for-10 shooting' is (data/
  quantity_exclusions.json modifier_words): no count whose counted noun is 'of-24'; the spaced 'won 12 of 13' counts.
- 'This article is part of a series — At 250, Who Will America Be?': 'At N,' opening a sentence before a clause in
  title case is an age or an anniversary in a title (count_loose._title_age); a clause in prose keeps the count.
- 'we should have used six from the beginning. six probably would have saved some work': a number word the page
  writes in lower case as a name (a sentence opens with it, or a line imports it) names it wherever it counts no
  noun on the page (count_labels.named_number_words); 'six people' there still counts.
- 'a completely 3 dimensinal world': a long modifier word typed with one slip is read as the word
  (counts._misspelt_modifier).
- '5 Chome-3-23 Minatocho': the last group of a hyphened chain a word opens is part of an address or an identifier
  (counts._LABEL_HYPHEN).
- 'Is he really worth the $10 billion he claims?' then 'We have him at about three and a half, four billion.': a
  bare scaled number ending its clause right after a sum with the same scale word is that money, across sentences
  and blocks (count_elided.elided_sums, round 24's rule beyond its sentence).

Each test reads a real page of ../shared/eval in place through the whole pipeline and fails without its rule.
"""

from __future__ import annotations

from test_counts_real import found, page_facts


def test_stat_line_hyphened_with_of_is_a_record():
    # detroitnews.com/story/sports/college/2019/11/19/tuesdays-college-football-eastern-michigan-routs-northern-
    # illinois-become-bowl-eligible: "Glass was 20-of-24 passing for 235 yards."
    facts = page_facts("eastern-michigan-routs-northern-illinois", "Glass was 20-of-24 passing", "count")
    assert "20" not in facts and "24" not in facts
    # as the 'for' form; the spaced 'N of M' still counts, and 'one-of-a-kind' names a kind as before
    assert "7" not in found("He was 7-of-12 from the field.", kind="count")
    assert "12" in found("The Lakers have won 12 of 13.", kind="count")


def test_at_n_before_a_title_case_clause_is_an_age_or_anniversary():
    # villagevoice.com/party-like-its-1923-will-donald-trump-write-his-own-mein-kampf-in-jail: "This article is part
    # of a series — At 250, Who Will America Be? — reporting on threats to American democracy."
    page = "party-like-its-1923-will-donald-trump"
    assert "250" not in page_facts(page, "At 250, Who Will America Be?", "count")
    # prose after the comma keeps the number to the other rules; 1,000 and more is no age
    assert "250" in found("At 250, the team had more than 300 players.", kind="count")
    assert "1,000" in found("At 1,000, Death Toll Climbs", kind="count")


def test_number_word_written_as_a_name_in_lower_case():
    # webpages 750955e516e256de (Mercurial's Journey to and Reflections on Python 3): "To be honest, I'm not sure if
    # we should have used six from the beginning. six probably would have saved some work." and "So I'm not sure six
    # would have saved enough effort to justify the baggage of integrating a 3rd party package into Mercurial."
    page = "750955e516e256de"
    assert "six" not in page_facts(page, "used six from the beginning", "count")
    assert "six" not in page_facts(page, "I'm not sure six would have saved", "count")
    # on that page a 'six' that counts a noun still counts; a page of lower-case prose is no evidence
    text = "We should have used six from the beginning. six probably would have saved work. We hired six people."
    assert found(text, kind="count")["six"]["counted"] == "people"
    assert "three" in found("we left early. three came back later. it was fine.", kind="count")


def test_misspelt_modifier_word():
    # optimussearch.com.ph/2020/06/02/no-membership-required-best-and-free-online-dating-websites-in-los-angeles:
    # "this is the first final fantasy game to be in a completely 3 dimensinal world and i mean entirely !"
    page = "no-membership-required-best-and-free-online-dating"
    assert "3" not in page_facts(page, "completely 3 dimensinal world", "count")
    # a noun two slips away still counts
    assert "three" in found("the three dimensions of space", kind="count")


def test_last_group_of_a_hyphened_address():
    # tofugu.com/travel/dezuka-suisan: a block "5 Chome-3-23 Minatocho" (a Japanese address)
    assert page_facts("tofugu.com/travel/dezuka-suisan", "5 Chome-3-23 Minatocho", "count") == {}
    # a model code and a name with digits keep their counts
    assert "300" in found("The A350-900 seats 300 people.", kind="count")


def test_bare_scaled_number_after_a_sum_with_the_same_scale_word_is_that_money():
    # weltwoche.ch/ausgaben/2019-4/artikel/forbes-die-weltwoche-ausgabe-4-2019 (an interview): "Is he really worth
    # the $10 billion he claims?" then "We have him at about three and a half, four billion. ... We’ve figured at
    # least three and half, four billion."
    page = "forbes-die-weltwoche-ausgabe-4-2019"
    for marker in ("We have him at about three and a half, four billion.", "We’ve figured at least three and half"):
        assert "four billion" not in page_facts(page, marker, "count")
        money = page_facts(page, marker, "amount")["four billion"]
        assert money["value"] == 4e9 and money["unit"] == "USD"
    # monroenews.com/ZZ/news/20200516/italy-seeks-to-boost-tourism-by-opening-borders-june-3: another scale word after
    # the sum ("$10.8 billion" then "French overnight stays in Italy hit 14 million last year") keeps the count
    facts = page_facts("italy-seeks-to-boost-tourism", "overnight stays in Italy hit 14 million", "count")
    assert facts["14 million"]["value"] == 14e6
