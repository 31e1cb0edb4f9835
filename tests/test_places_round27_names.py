"""Places, round 27 (issue 17, r27-places-names): a place's name used for no place, and a team town's namesake.

- 'Carlyle, which already held a stake in Ithaca': a name right after a word of owning or buying a company
  (company_phrases_before) is a company's (not_places.described_companies).
- 'What do you call a Buffalo that likes beef?': a town's name heading its own noun phrase after 'a' is a common
  noun, an animal's (uses.common_noun_with_article); 'a Forest Hill police sergeant' qualifies the next word.
- 'the paid ad-free versions of Spotify or Pandora': a small town joined only to names the gazetteer does not know,
  in an article with no place near it, is a brand (uses.listed_with_no_place); 'Belvoir and Milltown' in a story
  from Belfast and 'the University of Goethe, Frankfurt' (a big city) stay places.
- 'Minnesota beat Buffalo': the nearest namesake's tie-break goes to a much smaller town only near a town or a county
  of the article, not near a named state's centre alone, so Buffalo, N.Y., keeps its size (resolve._tie_break_fits).

Each test reads a real page of ../shared/eval in place through the whole pipeline and fails without its rule.
"""

from __future__ import annotations

from test_counts_real import page_facts


def test_a_name_after_a_stake_in_is_a_company() -> None:
    # dealbreaker.com opening bell 11-18-19, on Carlyle buying a music company
    facts = page_facts("dealbreaker.com/2019/11/opening-bell-11-18-19", "already held a stake in Ithaca", "place")
    assert "Ithaca" not in facts


def test_a_towns_name_heading_its_phrase_after_a_is_a_common_noun() -> None:
    # redtri.com best jokes for kids
    facts = page_facts("redtri.com/best-jokes-for-kids", "What do you call a Buffalo that likes beef", "place")
    assert "Buffalo" not in facts
    # nbcdfw.com, a kidnapped Fort Worth girl: the town's name qualifies the next word and stays the place
    facts = page_facts("565107452", "a Forest Hill police sergeant searched", "place")
    assert facts["Forest Hill"]["country_code"] == "US"


def test_a_small_town_listed_only_with_unknown_names_far_from_the_articles_places_is_a_brand() -> None:
    # ign.com daily deals 2019/11/18
    facts = page_facts("ign.com/articles/2019/11/18/daily-deals", "versions of Spotify or Pandora", "place")
    assert "Pandora" not in facts
    # belfastlive.co.uk: two neighbourhoods of the story's city, one the gazetteer does not know
    facts = page_facts("dup-councillor-says-offensive-signs", "Belvoir and Milltown have around 1800", "place")
    assert "Milltown" in facts
    # phys.org 2019-11 hibernating astronauts: a big city after a university's name the gazetteer does not know
    facts = page_facts("2019-11-hibernating-astronauts", "University of Goethe, Frankfurt", "place")
    assert facts["Frankfurt"]["country_code"] == "DE"


def test_a_named_states_own_point_does_not_pull_a_bare_city_to_a_small_namesake() -> None:
    # timesunion.com NHL roundup 2019/11: naming Minnesota once (a team) gave Buffalo, Minn. (16,000), nearest the
    # state's centre, the tie-break over Buffalo, N.Y. (258,000)
    facts = page_facts("Nelson-s-OT-goal-lifts-Isles", "Minnesota beat Buffalo", "place")
    assert facts["Buffalo"]["lat"] > 42.5 and facts["Buffalo"]["lon"] > -80
    assert facts["Minnesota"]["place_type"] == "admin1"
    # therepublic.com 2019/11/20 (Columbus, Ind.): the article's towns and county lie near Columbus, Ind. (46,000),
    # and the tie-break still gives it over Columbus, Ohio (913,000)
    facts = page_facts("cpd_arrests_six_in_drug_investigation", "Officers from the Columbus Police Department", "place")
    assert round(facts["Columbus"]["lon"]) == -86
