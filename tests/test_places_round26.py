"""Places and counts, round 26 (issue 17, r26-places-counts).

- 'Born and raised in rural south Georgia' in a story from Los Angeles: nothing the article names lies near the
  country Georgia, so the home country's state of the name is meant (resolve._home, weight home_far).
- 'a recent University of California, Berkeley graduate': round 26 read a place after the comma of 'University of X,'
  as the campus's name; the guide settled it the other way in session 38 (GeoWebNews marks such a town a core place),
  and round 100 follows it: the town says where the campus stands, also when the model tags it ORG.
- 'acquired by St. Martin's, published': a saint's name with a possessive and nothing or a body's head word after it
  is a publisher's, a church's or a school's name, not the island (not_places.saints_possessive).
- 'The most notorious of the three is Carl Peters': a number after 'of the' with a verb or punctuation next points
  back, like a pronoun: no count (count_forms._partitive_pronoun).

Each test reads a real page of ../shared/eval in place through the whole pipeline and fails without its rule.
"""

from __future__ import annotations

from test_counts_real import page_facts
from test_places_round20 import named_on

SPOTLIGHT_PAGE = ("webpages", "8cd71899784232a5")  # github.blog leader spotlight, a software engineer from Georgia
INFANT_PAGE = ("webpages", "30f249ac9efe0394")  # salon.com 2023/11/09, infant mortality in the United States
BOLIVIA_PAGE = ("webpages", "b80d5731fd3773ba")  # Bay Area travelers stranded in Bolivia
FORD_PAGE = (
    "articles",
    "851498a2b9f4f0b578ac9700c245253dbc147a06c0fb3499adebf1c2d5663c29",
)  # slate.com 2019/11, John Ford's science fiction books


def test_a_states_name_in_an_american_story_that_names_nothing_near_the_country_is_the_state() -> None:
    found = named_on(SPOTLIGHT_PAGE, "Born and raised in rural south Georgia, she is a Choctaw and Chickasaw mother")
    assert ("Georgia", "Georgia", "admin1", "US") in found
    found = named_on(INFANT_PAGE, "an OBGYN based in Georgia told Salon")
    assert ("Georgia", "Georgia", "admin1", "US") in found


def test_the_country_stays_among_its_neighbours() -> None:
    # cbssports.com Euro 2020 qualifying: "Path D: Georgia, North Macedonia, Kosovo, Belarus"
    facts = page_facts("cbssports.com/soccer/news/uefa-euro-2020-qualify", "Path D: Georgia", "place")
    assert facts["Georgia"]["country_code"] == "GE"


def test_a_campus_after_the_comma_of_university_of_is_where_it_stands() -> None:
    found = named_on(BOLIVIA_PAGE, "and Hannah Phalen, a recent University of California, Berkeley graduate")
    assert [(f[0], f[3]) for f in found] == [("Bolivia", "BO"), ("San Jose", "US"), ("Berkeley", "US")]


def test_a_saints_possessive_before_a_comma_is_a_publishers_name() -> None:
    found = named_on(FORD_PAGE, "Instead, Tor, which had been recently acquired by St. Martin")
    assert found == []


def test_a_number_after_of_the_with_a_verb_next_is_no_count() -> None:
    # dw.com, Berlin confronts Germany's colonial past: "The most notorious of the three is Carl Peters, ..."
    facts = page_facts("636e4f4f1dd51836", "The most notorious of the three is Carl Peters", "count")
    assert "three" not in facts
    # the same page: "All three places now being renamed are in Wedding's so-called African Quarter" counts
    facts = page_facts("636e4f4f1dd51836", "All three places now being renamed", "count")
    assert "three" in facts
