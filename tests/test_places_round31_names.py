"""Places, round 31 (issue 17, r31-places-names): a place's name that is a company's.

- 'the benefits Oneworld membership will bring to Alaska frequent flyers': a place's bare name before a noun only a
  company has is the short name of a company the article names as the place's name and a company's head word
  ('Alaska Airlines'; institutions.company_attributive; data: company_nouns_after).
- 'Record Label: Warner Bros. (Nashville)': a town alone in brackets after a company's name, in an article that closes
  other companies' names with the town ('RCA Records Nashville'), is the company's division (institutions.
  division_in_brackets).
- 'Díaz-Molina V, Tirado-Sánchez A, Ponce-Olivera R. Clinical ...': a name in the 'Surname Initials' author list a
  citation's line opens with is a surname's part (persons.in_author_list).

Each test reads a real page of ../shared/eval in place through the whole pipeline and fails without its rule.
"""

from __future__ import annotations

from test_counts_real import page_facts


def test_a_places_name_before_a_companys_noun_is_the_company_the_article_names() -> None:
    # thepointsguy.com, Alaska Airlines joining Oneworld: the airline's flyers, network and routes, not the state's
    page = "alaska-airlines-oneworld-membership-new-date"
    assert "Alaska" not in page_facts(page, "bring to Alaska frequent flyers", "place")
    assert "Alaska" not in page_facts(page, "have access to Alaska’s network and lounges", "place")
    facts = page_facts(page, "several of Alaska’s new routes from LAX", "place")
    assert "Alaska" not in facts
    assert facts["Boise"]["country_code"] == "US"  # the towns of the same sentence stay places


def test_a_town_in_brackets_after_a_company_is_its_division_where_the_article_names_divisions_so() -> None:
    # sanfrancisco.cbslocal.com 2020/09/16, the 55th ACM awards: labels' Nashville divisions
    page = "55th-acm-awards-winners-list"
    assert "Nashville" not in page_facts(page, "Record Label: Warner Bros. (Nashville)", "place")
    # a venue's town with its state after it stays the place
    facts = page_facts(page, "Losers Bar & Grill – Nashville, Tenn.", "place")
    assert round(facts["Nashville"]["lon"]) == -87


def test_a_name_in_a_citations_surname_and_initials_author_list_is_a_surname() -> None:
    # link.springer.com s11926-017-0626-z, a review's references
    page = "s11926-017-0626-z"
    assert "Ponce" not in page_facts(page, "Díaz-Molina V, Tirado-Sánchez A, Ponce-Olivera R.", "place")
    # a country in the title of another reference stays the place
    assert page_facts(page, "retrospective study in Thailand.", "place")["Thailand"]["country_code"] == "TH"
