"""Places on real news (issue 17): a country's name opening a title-case headline the model tagged one name.

Class: 'Sweden Drops Its Investigation Into Rape Allegation Against Julian Assange' (an albawaba headline) was tagged
one organisation, so Sweden was read as a word of a name and missed (session 32's audit). A name never holds a
finite verb (VBZ, VBD) right after its leading words: a country's, a subdivision's or a large city's own name before
one is the headline's subject, a place (metonymy, audit guide), and the rest no name
(entity_parts._before_verb). A company's name opening with a state's ('Texas Instruments Reports ...': no verb
after 'Texas') stays a company's.
"""

from __future__ import annotations

from conftest import text_facts


def _names(text: str) -> list[str]:
    return [f.name for f in text_facts(text, "place")]


def test_a_country_before_a_headlines_verb_is_a_place():
    # albawaba.com, the page's title and headline
    assert _names("Sweden Drops Its Investigation Into Rape Allegation Against Julian Assange") == ["Sweden"]


def test_a_company_named_after_a_state_is_no_place():
    assert _names("Texas Instruments Reports Record Earnings") == []
