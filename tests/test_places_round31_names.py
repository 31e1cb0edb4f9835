"""Places, round 31 (issue 17, r31-places-names): a place's name that is a company's.

- 'the benefits Oneworld membership will bring to Alaska frequent flyers': a place's bare name before a noun only a
  company has is the short name of a company the article names as the place's name and a company's head word
  ('Alaska Airlines'; institutions.company_attributive; data: company_nouns_after).
- 'Record Label: Warner Bros. (Nashville)': a town alone in brackets after a company's name, in an article that closes
  other companies' names with the town ('RCA Records Nashville'), is the company's division (institutions.
  division_in_brackets).
- 'Henley' in a list of seats: a name whose every sense is a town much smaller than a town of the same country named
  'X-on-Y' after it is that town written short (name_kinds.short_form_towns); 'Tunbridge Wells' alone on its line is
  Royal Tunbridge Wells written short (name_kinds.town_written_short).
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


def test_a_short_form_of_a_bigger_towns_name_is_that_town() -> None:
    # dailymail.co.uk, a table of constituencies: the Henley seat is Henley-on-Thames, not Henley, Suffolk
    facts = page_facts("article-8772683", "Henley", "place")
    assert facts["Henley"]["gazetteer_id"] == "geonames:2647101"
    assert round(facts["Henley"]["lon"]) == -1
    # the same table: 'Tunbridge Wells' alone on its line is Royal Tunbridge Wells
    facts = page_facts("article-8772683", "Tunbridge Wells", "place")
    assert facts["Tunbridge Wells"]["gazetteer_id"] == "geonames:2639022"


def test_a_name_in_a_citations_surname_and_initials_author_list_is_a_surname() -> None:
    # link.springer.com s11926-017-0626-z, a review's references
    page = "s11926-017-0626-z"
    assert "Ponce" not in page_facts(page, "Díaz-Molina V, Tirado-Sánchez A, Ponce-Olivera R.", "place")
    # a country in the title of another reference stays the place
    assert page_facts(page, "retrospective study in Thailand.", "place")["Thailand"]["country_code"] == "TH"
