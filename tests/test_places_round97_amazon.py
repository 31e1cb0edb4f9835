"""Places, round 97: a region's short name that is also a company's (article_regions.py; data: regions' article_names).

'The Amazon' closing a noun phrase after a preposition, or a title's subject, is the Amazon rainforest: "He’d read that
there were fires in the Amazon, but didn’t think he’d be affected." and the title "The Amazon Is on Fire and the Smoke
Can Be Seen from Space" (webpages: vice.com, 'The Amazon Is on Fire', an audit page). The same word before a noun or
without 'the' is the company, no place: 'attracted Bolger to the Amazon website' (californiaglobe.com), 'inside the
Amazon App' (engadget.com), 'a return to the Amazon all-time low price' (9to5mac.com), all real audit pages."""

from __future__ import annotations

from test_counts_real import page_facts

_FIRE = "the-amazon-is-on-fire"


def _region(page: str, marker: str, text: str = "Amazon") -> str | None:
    fact = page_facts(page, marker, "place").get(text)
    return fact["name"] if fact else None


def test_the_amazon_after_a_preposition_is_the_forest() -> None:
    assert _region(_FIRE, "there were fires in the Amazon, but") == "Amazon rainforest"
    assert _region(_FIRE, "The humidity of the Amazon has") == "Amazon rainforest"


def test_the_amazon_opening_a_title_before_its_verb_is_the_forest() -> None:
    assert _region(_FIRE, "The Amazon Is on Fire and the Smoke") == "Amazon rainforest"


def test_the_amazon_before_rainforest_is_the_forest_by_its_whole_name() -> None:
    text = "Amazon rainforest"
    assert _region(_FIRE, "an added stressor for the Amazon rainforest", text) == "Amazon rainforest"


def test_the_state_of_amazonas_stays_the_state() -> None:
    fact = page_facts(_FIRE, "have been detected in Amazonas", "place")["Amazonas"]
    assert (fact["name"], fact["place_type"]) == ("Amazonas", "admin1")


def test_the_amazon_before_a_noun_is_the_company() -> None:
    assert _region("californiaglobe.com/section-2/amazon-liable", "attracted Bolger to the Amazon website") is None
    assert _region("engadget.com/amazon-luxury-stores", "inside the Amazon App") is None


def test_the_amazon_before_a_determiner_is_the_company() -> None:
    # 'all' is no noun, but it opens the rest of the noun phrase 'the Amazon all-time low price'
    assert _region("9to5mac.com/2019/11/18/macbook-deals", "a return to the Amazon all-time low price") is None
