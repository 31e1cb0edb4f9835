"""Places on real news (issue 17, session 33's judged audit): a town named as the object of 'visit'.

'President Joe Biden is scheduled to visit Belvidere on Thursday ... in the northern Illinois town': the model tags
no entity there; a form of 'visit' (data: visit_verbs) before an untagged town's name says where the visit goes, as
a locative preposition would (untagged._after_locative): a guess resolve.in_context keeps only with the town's state
named or a place of the article near it.
"""

from __future__ import annotations

from conftest import text_facts, webpage_article

SENTENCE = (
    "President Joe Biden is scheduled to visit Belvidere on Thursday, celebrating the United Auto Workers’ contract "
    "agreement with Stellantis that includes the company’s vow to invest millions of dollars and reopen its "
    "manufacturing plant in the northern Illinois town for electric vehicles and creating an EV battery assembly."
)


def test_the_town_biden_visits_is_found():
    article = webpage_article("ct-biden-visit-to-belvidere-uaw")
    towns = [f for f in article.facts if f.kind == "place" and f.text == "Belvidere" and "to visit" in f.sentence]
    assert towns and towns[0].country_code == "US" and towns[0].lat is not None


def test_the_sentence_alone_with_its_state():
    found = {f.text: f for f in text_facts(SENTENCE, "place")}
    assert found["Belvidere"].name == "Belvidere" and found["Belvidere"].country_code == "US"


def test_no_town_without_its_state_nor_a_company_visited():
    alone = "President Joe Biden is scheduled to visit Belvidere on Thursday, celebrating the contract agreement."
    assert "Belvidere" not in {f.text for f in text_facts(alone, "place")}
    shops = "She plans to visit Walmart and Costco in Illinois next week."
    assert {f.text for f in text_facts(shops, "place")} == {"Illinois"}
