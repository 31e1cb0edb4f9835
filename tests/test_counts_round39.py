"""Counts, round 39 (issue 17, r39-counts).

- 'in the best position of the five to benefit', 'No one on TV covered all three more diligently than CNN': a number
  word right after 'the' or 'all' that quantifies no noun, with a preposition (not 'of'), an infinitive's 'to' or an
  adverb next, points back to things named before (the candidates, the topics), like a pronoun: no count
  (count_forms._article_pronoun). A number with its noun ('the five candidates') and 'all three of the house salsas'
  still count.
- 'pixel density going from 220 to 226ppi': after a verb of change the two ends are the old and the new level,
  read apart (reading.changed_from); a bare old level written before the unit takes the new level's unit
  (amounts._old_level), no count of nothing. ppi is a unit (units.json). 'go from zero to 60 mph' stays a sprint.
- 'thousands upon thousands of sellers': a vague plural said twice for weight is one vague number that counts
  what follows it (normalize/numbers.vague_regex); the first 'thousands' counted 'thousands'.

Each test reads a real page of ../shared/eval in place through the whole pipeline and fails without its rule.
"""

from __future__ import annotations

from test_counts_real import _article, page_facts


def test_the_number_before_a_preposition_points_back():
    # newsweek.com/gop-primary-debate-2024-who-won-miami-trump-1842168: "... and he's therefore in the best position
    # of the five to benefit from his performance this evening."
    page = "newsweek.com/gop-primary-debate-2024-who-won-miami-trump-1842168"
    assert "five" not in page_facts(page, "in the best position of the five to benefit", "count")
    # abcnews.go.com/Politics/nikki-haley-battles-ramaswamy-desantis-4-republican-debate: "The moderators from NBC
    # News and the Salem Radio Network pressed the five on where they stood on Social Security ..."
    page = "abcnews.go.com/Politics/nikki-haley-battles-ramaswamy-desantis-4-republican-debate"
    assert "five" not in page_facts(page, "pressed the five on where they stood", "count")


def test_all_and_a_number_with_no_noun_points_back():
    # baltimoresun.com/opinion/columnists/zurawik/bs-ed-zontv-media-year-20201223-...: "No one on TV covered all
    # three more diligently than CNN." (the three stories named before)
    page = "baltimoresun.com/opinion/columnists/zurawik/bs-ed-zontv-media-year-20201223"
    assert "three" not in page_facts(page, "covered all three more diligently", "count")


def test_the_number_with_its_noun_or_of_still_counts():
    # nytimes.com/2019/11/18/business/trump-trade-war-china.html: "The two sides continue to negotiate and could
    # finalize an agreement in the next few weeks, ..."
    facts = page_facts("nytimes.com/2019/11/18/business/trump-trade-war-china", "The two sides continue", "count")
    assert facts["two"]["counted"] == "sides"
    # oregonlive.com/advice/2019/11/dear-abby-husband-springs-fo...: "... make clear that the two of you either sit
    # together or he'll be sitting first-class in the doghouse." ('of' next: left to round 96, which reads 'the two
    # of you' as the group already named, no count: test_counts_round96_group_pronoun)
    page = "oregonlive.com/advice/2019/11/dear-abby-husband-springs"
    assert "two" not in page_facts(page, "the two of you either sit together", "count")


def test_a_bare_old_level_takes_the_new_levels_unit():
    # appleinsider.com/articles/19/11/18/16-inch-macbook-pro-review-...: "... an ever-so-slightly elevated pixel
    # density going from 220 to 226ppi." (the old and the new density, both in ppi; 220 was a count of nothing)
    page = "appleinsider.com/articles/19/11/18/16-inch-macbook-pro-review"
    marker = "pixel density going from 220 to 226ppi"
    assert "220" not in page_facts(page, marker, "count")
    amounts = page_facts(page, marker, "amount")
    assert (amounts["220"]["value"], amounts["220"]["unit"]) == (220, "ppi")
    assert (amounts["226ppi"]["value"], amounts["226ppi"]["unit"]) == (226, "ppi")
    # ctpost.com/news/us/article/New-SUVs-and-electric-vehicles-highlight-L-A-14848164.php: "... will be able to go
    # from zero to 60 mph (97 kph) in five seconds" (a sprint: the zero is no amount)
    page = "ctpost.com/news/us/article/New-SUVs-and-electric-vehicles-highlight-L-A-14848164"
    assert "zero" not in page_facts(page, "The all-wheel-drive version will be able to go from zero", "amount")


def test_a_vague_plural_said_twice_counts_what_its_repetition_counts():
    # californiaglobe.com/section-2/amazon-liable-for-defective-third-party-products-rules-ca-appelate-court: "That
    # means company verification of these products, and with thousands upon thousands of sellers, ..."
    page = "californiaglobe.com/section-2/amazon-liable-for-defective-third-party-products"
    art = _article(page)
    said = [f for f in art.facts or [] if f.kind == "count" and "thousands upon thousands of sellers" in f.sentence]
    assert [(f.text, f.counted) for f in said] == [("thousands upon thousands", "sellers")]
